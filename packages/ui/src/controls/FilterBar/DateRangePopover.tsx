import type { DateRangePreset, DateRangeSelection } from '@lago-analytics/core'
import * as Popover from '@radix-ui/react-popover'
import { DayPicker, type DateRange as DayRange } from 'react-day-picker'
import { BridgeSlot, type TriggerBridge } from '../lazy/useLazyTrigger.tsx'
import type { DateRangeFilterLabels } from './DateRangeFilter.tsx'
import { dateKey, formatRange } from './dateRangeFormat.ts'

/** Props of the lazily loaded part of `FilterBar.DateRange` (Radix Popover + react-day-picker). */
export interface DateRangePopoverProps {
  bridge: TriggerBridge
  open: boolean
  onOpenChange: (open: boolean) => void
  portalContainer: HTMLElement | null | undefined
  /** Accessible name of the popover. */
  label: string
  words: DateRangeFilterLabels
  names: Readonly<Record<DateRangePreset, string>>
  presets: readonly DateRangePreset[]
  selected: DateRangeSelection['preset']
  allowCustom: boolean
  apply: (next: DateRangeSelection) => void
  draft: DayRange | undefined
  onDraftChange: (draft: DayRange | undefined) => void
  today: Date
  locale: string
}

/** The popover of the date range: preset buttons and the keyboard-navigable calendar. */
export function DateRangePopover({
  bridge,
  open,
  onOpenChange,
  portalContainer,
  label,
  words,
  names,
  presets,
  selected,
  allowCustom,
  apply,
  draft,
  onDraftChange,
  today,
  locale,
}: DateRangePopoverProps) {
  const dayFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'full' })
  const draftComplete = draft?.from !== undefined && draft.to !== undefined
  return (
    <Popover.Root open={open} onOpenChange={onOpenChange}>
      <Popover.Trigger asChild>
        <BridgeSlot bridge={bridge} />
      </Popover.Trigger>
      <Popover.Portal container={portalContainer ?? undefined}>
        <Popover.Content
          align="start"
          sideOffset={4}
          className="lago-analytics lago-analytics-popover lago-analytics-date-range"
          data-slot="filter-date-range-content"
          aria-label={label}
        >
          <div
            role="group"
            aria-label={words.presets}
            className="lago-analytics-date-range__presets"
            data-slot="filter-date-range-presets"
          >
            {presets.map((preset) => (
              <button
                key={preset}
                type="button"
                aria-pressed={selected === preset}
                className="lago-analytics-button lago-analytics-date-range__preset"
                data-slot="filter-date-range-preset"
                data-state={selected === preset ? 'on' : 'off'}
                onClick={() => apply({ preset })}
              >
                {names[preset]}
              </button>
            ))}
          </div>
          {allowCustom ? (
            <div
              role="group"
              aria-label={words.custom}
              className="lago-analytics-date-range__custom"
              data-slot="filter-date-range-custom"
            >
              <DayPicker
                mode="range"
                selected={draft}
                onSelect={onDraftChange}
                weekStartsOn={1}
                today={today}
                defaultMonth={draft?.from ?? today}
                className="lago-analytics-calendar"
                formatters={{
                  formatCaption: (month) =>
                    new Intl.DateTimeFormat(locale, {
                      month: 'long',
                      year: 'numeric',
                    }).format(month),
                  formatWeekdayName: (day) =>
                    new Intl.DateTimeFormat(locale, { weekday: 'narrow' }).format(day),
                }}
                labels={{
                  labelDayButton: (day, modifiers) =>
                    `${dayFormat.format(day)}${modifiers.selected ? ' (selected)' : ''}`,
                }}
              />
              <div className="lago-analytics-date-range__footer">
                <span aria-live="polite" data-slot="filter-date-range-draft">
                  {draftComplete && draft?.from && draft.to
                    ? formatRange(locale, dateKey(draft.from), dateKey(draft.to))
                    : words.pickRange}
                </span>
                <button
                  type="button"
                  className="lago-analytics-button lago-analytics-button--primary"
                  data-slot="filter-date-range-apply"
                  disabled={!draftComplete}
                  onClick={() => {
                    if (draft?.from && draft.to) {
                      apply({
                        preset: 'custom',
                        from: dateKey(draft.from),
                        to: dateKey(draft.to),
                      })
                    }
                  }}
                >
                  {words.apply}
                </button>
              </div>
            </div>
          ) : null}
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  )
}
