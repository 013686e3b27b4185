import * as Popover from '@radix-ui/react-popover'
import { Command } from 'cmdk'
import { BridgeSlot, type TriggerBridge } from '../lazy/useLazyTrigger.tsx'
import type { FilterOption } from './FilterSelect.tsx'

/** Props of the lazily loaded part of the combobox filters (cmdk in a Radix Popover). */
export interface ComboboxPopoverProps {
  bridge: TriggerBridge
  open: boolean
  onOpenChange: (open: boolean) => void
  portalContainer: HTMLElement | null | undefined
  /** Accessible name of the popover and the command list. */
  label: string
  slot: string
  search: string
  onSearchChange: (search: string) => void
  searchPlaceholder: string
  emptyText: string
  allLabel: string
  /** The search, trimmed and lower-cased (`''`: no search, "all" is offered). */
  query: string
  shown: readonly FilterOption[]
  /** Matches not rendered (over `maxResults`). */
  more: number
  selected: string | null
  choose: (value: string | null) => void
}

/** The searchable list of the customer and subscription filters. */
export function ComboboxPopover({
  bridge,
  open,
  onOpenChange,
  portalContainer,
  label,
  slot,
  search,
  onSearchChange,
  searchPlaceholder,
  emptyText,
  allLabel,
  query,
  shown,
  more,
  selected,
  choose,
}: ComboboxPopoverProps) {
  return (
    <Popover.Root open={open} onOpenChange={onOpenChange}>
      <Popover.Trigger asChild>
        <BridgeSlot bridge={bridge} />
      </Popover.Trigger>
      <Popover.Portal container={portalContainer ?? undefined}>
        <Popover.Content
          align="start"
          sideOffset={4}
          className="lago-analytics lago-analytics-popover lago-analytics-combobox"
          data-slot={`${slot}-content`}
          aria-label={label}
        >
          <Command shouldFilter={false} loop label={label}>
            <Command.Input
              value={search}
              onValueChange={onSearchChange}
              placeholder={searchPlaceholder}
              aria-label={searchPlaceholder}
              className="lago-analytics-combobox__input"
              data-slot="filter-combobox-input"
            />
            <Command.List
              className="lago-analytics-combobox__list"
              data-slot="filter-combobox-list"
            >
              <Command.Empty className="lago-analytics-combobox__empty">{emptyText}</Command.Empty>
              {query === '' ? (
                <Command.Item
                  value="__lago_analytics_all__"
                  onSelect={() => choose(null)}
                  className="lago-analytics-option"
                  data-slot="filter-option"
                  data-checked={selected === null ? '' : undefined}
                >
                  {allLabel}
                </Command.Item>
              ) : null}
              {shown.map((option) => (
                <Command.Item
                  key={option.value}
                  value={`option:${option.value}`}
                  onSelect={() => choose(option.value)}
                  className="lago-analytics-option"
                  data-slot="filter-option"
                  data-checked={selected === option.value ? '' : undefined}
                >
                  <span className="lago-analytics-option__label">{option.label}</span>
                  {option.label !== option.value ? (
                    <span className="lago-analytics-option__hint">{option.value}</span>
                  ) : null}
                </Command.Item>
              ))}
            </Command.List>
            {more > 0 ? (
              <p className="lago-analytics-combobox__more" data-slot="filter-combobox-more">
                {more} more — refine the search
              </p>
            ) : null}
          </Command>
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  )
}
