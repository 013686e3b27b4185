import type { FilterKey } from '@lago-analytics/core/filters'
import {
  forwardRef,
  useId,
  useMemo,
  useState,
  type ComponentPropsWithoutRef,
  type ReactNode,
} from 'react'
import { lazyModule } from '../lazy/lazyModule.ts'
import { popupTriggerAttributes, useLazyTrigger } from '../lazy/useLazyTrigger.tsx'
import { useFilterBar } from './FilterBarContext.ts'
import { FilterField } from './FilterField.tsx'
import type { FilterOption } from './FilterSelect.tsx'

/** cmdk in a Radix Popover, in its own chunk: loaded when a combobox is first opened. */
const popover = /* @__PURE__ */ lazyModule(() => import('./ComboboxPopover.tsx'))

type IdFilterKey = 'externalCustomerId' | 'externalSubscriptionId'

export interface ComboboxFilterProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  label?: ReactNode
  /** `{ value, label }` (e.g. external id and name). Labels are user data, rendered as text. */
  options: readonly FilterOption[]
  allLabel?: string | undefined
  searchPlaceholder?: string | undefined
  emptyText?: string | undefined
  /** Most matches rendered at once (narrow the search for more). Default 100. */
  maxResults?: number | undefined
  /** Controlled open state of the popover. */
  open?: boolean | undefined
  defaultOpen?: boolean | undefined
  onOpenChange?: ((open: boolean) => void) | undefined
}

interface ComboboxSettings {
  key: IdFilterKey & FilterKey
  part: string
  slot: string
  label: string
  allLabel: string
  searchPlaceholder: string
  emptyText: string
}

function matches(option: FilterOption, query: string): boolean {
  return (
    option.label.toLocaleLowerCase().includes(query) ||
    option.value.toLocaleLowerCase().includes(query)
  )
}

function createComboboxFilter(settings: ComboboxSettings) {
  const Part = forwardRef<HTMLDivElement, ComboboxFilterProps>(function ComboboxFilter(
    {
      label = settings.label,
      options,
      allLabel = settings.allLabel,
      searchPlaceholder = settings.searchPlaceholder,
      emptyText = settings.emptyText,
      maxResults = 100,
      open: openProp,
      defaultOpen = false,
      onOpenChange,
      ...rest
    },
    ref,
  ) {
    const bar = useFilterBar(settings.part)
    const valueId = useId()
    const [ownOpen, setOwnOpen] = useState(defaultOpen)
    const [search, setSearch] = useState('')
    const open = openProp ?? ownOpen
    const setOpen = (next: boolean) => {
      if (openProp === undefined) setOwnOpen(next)
      onOpenChange?.(next)
      if (!next) setSearch('')
    }
    const selected = bar.filters[settings.key]
    const selectedLabel =
      selected === null
        ? allLabel
        : (options.find((option) => option.value === selected)?.label ?? selected)
    const query = search.trim().toLocaleLowerCase()
    const found = useMemo(
      () => (query === '' ? options : options.filter((option) => matches(option, query))),
      [options, query],
    )
    const shown = found.slice(0, Math.max(1, maxResults))
    const choose = (value: string | null) => {
      if (bar.set(settings.key, value)) setOpen(false)
    }
    const lazy = useLazyTrigger({ module: popover, open, setOpen })
    const Loaded = lazy.part
    const name = typeof label === 'string' ? label : settings.label
    return (
      <FilterField ref={ref} {...rest} fields={[settings.key]} label={label} slot={settings.slot}>
        {(control) => (
          <>
            <button
              {...lazy.triggerProps({
                attributes: popupTriggerAttributes('dialog', open),
                onClick: () => lazy.request(!open, 'pointer'),
              })}
              id={control.controlId}
              type="button"
              disabled={bar.disabled}
              aria-labelledby={`${control.labelId} ${valueId}`}
              className="lago-analytics-filter__trigger"
              data-slot={`${settings.slot}-trigger`}
              {...control.aria}
            >
              <span id={valueId}>{selectedLabel}</span>
              <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false">
                <path d="M4 6l4 4 4-4" fill="none" stroke="currentColor" strokeWidth="1.5" />
              </svg>
            </button>
            {Loaded ? (
              <Loaded.ComboboxPopover
                bridge={lazy.bridge}
                open={open}
                onOpenChange={setOpen}
                portalContainer={bar.portalContainer}
                label={name}
                slot={settings.slot}
                search={search}
                onSearchChange={setSearch}
                searchPlaceholder={searchPlaceholder}
                emptyText={emptyText}
                allLabel={allLabel}
                query={query}
                shown={shown}
                more={found.length - shown.length}
                selected={selected}
                choose={choose}
              />
            ) : null}
          </>
        )}
      </FilterField>
    )
  })
  Part.displayName = `FilterBar.${settings.part}`
  return Part
}

/**
 * Searchable customer picker (cmdk in a Radix Popover, loaded on first use); filters by
 * `external_customer_id`.
 */
export const CustomerFilter = /* @__PURE__ */ createComboboxFilter({
  key: 'externalCustomerId',
  part: 'Customer',
  slot: 'filter-customer',
  label: 'Customer',
  allLabel: 'All customers',
  searchPlaceholder: 'Search customers…',
  emptyText: 'No customer found',
})

/** Searchable subscription picker; filters by `external_subscription_id`. */
export const SubscriptionFilter = /* @__PURE__ */ createComboboxFilter({
  key: 'externalSubscriptionId',
  part: 'Subscription',
  slot: 'filter-subscription',
  label: 'Subscription',
  allLabel: 'All subscriptions',
  searchPlaceholder: 'Search subscriptions…',
  emptyText: 'No subscription found',
})
