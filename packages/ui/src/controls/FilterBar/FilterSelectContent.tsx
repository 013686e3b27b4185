import * as Select from '@radix-ui/react-select'
import { BridgeSlot, type TriggerBridge } from '../lazy/useLazyTrigger.tsx'
import type { FilterOption } from './FilterSelect.tsx'

/** Props of the lazily loaded part of `FilterSelect` (Radix Select). */
export interface FilterSelectContentProps {
  bridge: TriggerBridge
  open: boolean
  onOpenChange: (open: boolean) => void
  /** The Radix value: an option's, `allValue`, or `''` for none. */
  value: string
  onValueChange: (value: string) => void
  options: readonly FilterOption[]
  /** The "no filter" item (Radix needs a non-empty value for it), when offered. */
  all: FilterOption | undefined
  disabled: boolean
  slot: string
  portalContainer: HTMLElement | null | undefined
}

/** Radix Select for `FilterSelect`: its trigger is the light button (through the bridge). */
export function FilterSelectContent({
  bridge,
  open,
  onOpenChange,
  value,
  onValueChange,
  options,
  all,
  disabled,
  slot,
  portalContainer,
}: FilterSelectContentProps) {
  return (
    <Select.Root
      open={open}
      onOpenChange={onOpenChange}
      value={value}
      onValueChange={onValueChange}
      disabled={disabled}
    >
      <Select.Trigger asChild>
        <BridgeSlot bridge={bridge} />
      </Select.Trigger>
      <Select.Portal container={portalContainer ?? undefined}>
        <Select.Content
          position="popper"
          sideOffset={4}
          className="lago-analytics lago-analytics-popover lago-analytics-select"
          data-slot={`${slot}-content`}
        >
          <Select.Viewport className="lago-analytics-select__viewport">
            {all ? (
              <Select.Item
                value={all.value}
                className="lago-analytics-option"
                data-slot="filter-option"
              >
                <Select.ItemText>{all.label}</Select.ItemText>
              </Select.Item>
            ) : null}
            {options.map((option) => (
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
