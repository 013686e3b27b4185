import * as Select from '@radix-ui/react-select'
import { useFilterBar } from './FilterBarContext.ts'
import type { FieldControl } from './FilterField.tsx'

/** An option of a filter: `value` is sent to Lago, `label` is shown (user data: rendered as text). */
export interface FilterOption {
  value: string
  label: string
}

/** Radix Select needs non-empty item values: "no filter" gets a sentinel. */
const ALL = '__lago_analytics_all__'

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

/** A Radix Select bound to one filter (keyboard, typeahead and focus handled by Radix). */
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
  const list =
    value !== null && !options.some((option) => option.value === value)
      ? [...options, { value, label: value }]
      : options
  return (
    <Select.Root
      value={value ?? (allLabel !== undefined ? ALL : '')}
      onValueChange={(next) => onChange(next === ALL ? null : next)}
      disabled={bar.disabled || disabled === true}
    >
      <Select.Trigger
        id={control.controlId}
        className="lago-analytics-filter__trigger"
        data-slot={`${slot}-trigger`}
        {...control.aria}
      >
        <Select.Value />
        <Select.Icon className="lago-analytics-filter__icon">
          <Chevron />
        </Select.Icon>
      </Select.Trigger>
      <Select.Portal container={bar.portalContainer ?? undefined}>
        <Select.Content
          position="popper"
          sideOffset={4}
          className="lago-analytics lago-analytics-popover lago-analytics-select"
          data-slot={`${slot}-content`}
        >
          <Select.Viewport className="lago-analytics-select__viewport">
            {allLabel !== undefined ? (
              <Select.Item value={ALL} className="lago-analytics-option" data-slot="filter-option">
                <Select.ItemText>{allLabel}</Select.ItemText>
              </Select.Item>
            ) : null}
            {list.map((option) => (
              <Select.Item
                key={option.value}
                value={option.value}
                className="lago-analytics-option"
                data-slot="filter-option"
              >
                <Select.ItemText>{option.label}</Select.ItemText>
                <Select.ItemIndicator className="lago-analytics-option__check">
                  <svg
                    viewBox="0 0 16 16"
                    width="12"
                    height="12"
                    aria-hidden="true"
                    focusable="false"
                  >
                    <path d="M3 8.5l3 3 7-7" fill="none" stroke="currentColor" strokeWidth="2" />
                  </svg>
                </Select.ItemIndicator>
              </Select.Item>
            ))}
          </Select.Viewport>
        </Select.Content>
      </Select.Portal>
    </Select.Root>
  )
}
