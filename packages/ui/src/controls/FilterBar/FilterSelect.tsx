import { useEffect, useRef, useState } from 'react'
import { lazyModule } from '../lazy/lazyModule.ts'
import { useLazyTrigger } from '../lazy/useLazyTrigger.tsx'
import { useFilterBar } from './FilterBarContext.ts'
import type { FieldControl } from './FilterField.tsx'

/** An option of a filter: `value` is sent to Lago, `label` is shown (user data: rendered as text). */
export interface FilterOption {
  value: string
  label: string
}

/** Radix Select needs non-empty item values: "no filter" gets a sentinel. */
const ALL = '__lago_analytics_all__'

/** Radix Select, in its own chunk: loaded when a select is first opened (or hovered). */
const content = /* @__PURE__ */ lazyModule(() => import('./FilterSelectContent.tsx'))

export interface FilterSelectProps {
  control: FieldControl
  value: string | null
  options: readonly FilterOption[]
  onChange: (value: string | null) => void
  /** Label of the "no filter" option; omit for a required choice. */
  allLabel?: string | undefined
  disabled?: boolean | undefined
  slot: string
}

function Chevron() {
  return (
    <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false">
      <path d="M4 6l4 4 4-4" fill="none" stroke="currentColor" strokeWidth="1.5" />
    </svg>
  )
}

const OPEN_KEYS = [' ', 'Enter', 'ArrowUp', 'ArrowDown']

/** Radix Select's typeahead on a closed trigger: the next item whose text starts with `search`. */
function findNextItem(
  items: readonly FilterOption[],
  search: string,
  current: FilterOption | undefined,
): FilterOption | undefined {
  const repeated = search.length > 1 && Array.from(search).every((char) => char === search[0])
  const normalized = (repeated ? search[0] : search)?.toLowerCase() ?? ''
  const start = Math.max(current ? items.indexOf(current) : -1, 0)
  let wrapped = items.map((_, index) => items[(start + index) % items.length] as FilterOption)
  if (normalized.length === 1) wrapped = wrapped.filter((item) => item !== current)
  const next = wrapped.find((item) => item.label.toLowerCase().startsWith(normalized))
  return next !== current ? next : undefined
}

/**
 * A Radix Select bound to one filter (keyboard, typeahead and focus handled by Radix). Until it is
 * first opened, a light trigger with the same element and ARIA stands in (Radix loads on demand).
 */
export function FilterSelect({
  control,
  value,
  options,
  onChange,
  allLabel,
  disabled,
  slot,
}: FilterSelectProps) {
  const bar = useFilterBar('Select')
  const [open, setOpen] = useState(false)
  const lazy = useLazyTrigger({ module: content, open, setOpen })
  const pointerType = useRef('touch')
  const search = useRef('')
  const searchTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  useEffect(() => () => clearTimeout(searchTimer.current), [])

  const isDisabled = bar.disabled || disabled === true
  const list =
    value !== null && !options.some((option) => option.value === value)
      ? [...options, { value, label: value }]
      : options
  const all = allLabel !== undefined ? { value: ALL, label: allLabel } : undefined
  const selectValue = value ?? (all ? ALL : '')
  const items = all ? [all, ...list] : list
  const selected = items.find((item) => item.value === selectValue)
  const select = (next: string) => onChange(next === ALL ? null : next)

  const openSelect = (by: 'pointer' | 'keyboard') => {
    if (isDisabled) return
    lazy.request(true, by)
    search.current = ''
    clearTimeout(searchTimer.current)
  }

  const Part = lazy.part
  return (
    <>
      <button
        {...lazy.triggerProps({
          attributes: {
            type: 'button',
            role: 'combobox',
            'aria-expanded': open,
            'aria-autocomplete': 'none',
            dir: 'ltr',
            'data-state': open ? 'open' : 'closed',
            disabled: isDisabled,
            'data-disabled': isDisabled ? '' : undefined,
            'data-placeholder': selectValue === '' ? '' : undefined,
          },
          onPointerDown: (event) => {
            pointerType.current = event.pointerType
            const target = event.target as HTMLElement
            if (target.hasPointerCapture?.(event.pointerId)) {
              target.releasePointerCapture(event.pointerId)
            }
            if (event.button === 0 && !event.ctrlKey && event.pointerType === 'mouse') {
              openSelect('pointer')
              event.preventDefault()
            }
          },
          onClick: (event) => {
            if (pointerType.current === 'mouse') return
            event.currentTarget.focus()
            openSelect('pointer')
          },
          onKeyDown: (event) => {
            const typingAhead = search.current !== ''
            if (!event.ctrlKey && !event.altKey && !event.metaKey && event.key.length === 1) {
              const next = search.current + event.key
              search.current = next
              clearTimeout(searchTimer.current)
              searchTimer.current = setTimeout(() => {
                search.current = ''
              }, 1000)
              const found = findNextItem(items, next, selected)
              if (found) select(found.value)
            }
            if (typingAhead && event.key === ' ') return
            if (OPEN_KEYS.includes(event.key)) {
              openSelect('keyboard')
              event.preventDefault()
            }
          },
        })}
        id={control.controlId}
        className="lago-analytics-filter__trigger"
        data-slot={`${slot}-trigger`}
        {...control.aria}
      >
        <span style={{ pointerEvents: 'none' }}>{selected?.label}</span>
        <span aria-hidden="true" className="lago-analytics-filter__icon">
          <Chevron />
        </span>
      </button>
      {Part ? (
        <Part.FilterSelectContent
          bridge={lazy.bridge}
          open={open}
          onOpenChange={setOpen}
          value={selectValue}
          onValueChange={select}
          options={list}
          all={all}
          disabled={isDisabled}
          slot={slot}
          portalContainer={bar.portalContainer}
        />
      ) : null}
    </>
  )
}
