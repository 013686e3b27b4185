import {
  DATE_RANGE_PRESETS,
  instantOfDateKey,
  resolveDateRange,
  type DateKey,
  type DateRangePreset,
  type DateRangeSelection,
} from '@lago-analytics/core'
import * as Popover from '@radix-ui/react-popover'
import { forwardRef, useId, useState, type ComponentPropsWithoutRef, type ReactNode } from 'react'
import { DayPicker, type DateRange as DayRange } from 'react-day-picker'
import { useFilterBar } from './FilterBarContext.ts'
import { FilterField } from './FilterField.tsx'

export const DATE_RANGE_PRESET_LABELS: Readonly<Record<DateRangePreset, string>> = {
  last7Days: 'Last 7 days',
  last30Days: 'Last 30 days',
  last90Days: 'Last 90 days',
  monthToDate: 'Month to date',
  quarterToDate: 'Quarter to date',
  yearToDate: 'Year to date',
  last12Months: 'Last 12 months',
  previousMonth: 'Previous month',
  previousQuarter: 'Previous quarter',
  previousYear: 'Previous year',
}

export interface DateRangeFilterLabels {
  presets: string
  custom: string
  apply: string
  /** Shown until both ends of a custom range are picked. */
  pickRange: string
}

const DEFAULT_LABELS: DateRangeFilterLabels = {
  presets: 'Presets',
  custom: 'Custom range',
  apply: 'Apply',
  pickRange: 'Pick the first and last day',
}

export interface DateRangeFilterProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  label?: ReactNode
  /** Offered presets (default: all of core's `DATE_RANGE_PRESETS`). */
  presets?: readonly DateRangePreset[] | undefined
  presetLabels?: Partial<Record<DateRangePreset, string>> | undefined
  /** Offer the calendar for a custom range. Default true. */
  allowCustom?: boolean | undefined
  labels?: Partial<DateRangeFilterLabels> | undefined
  open?: boolean | undefined
  defaultOpen?: boolean | undefined
  onOpenChange?: ((open: boolean) => void) | undefined
}

/** A calendar day as a local `Date` (what the calendar shows), and back. */
function localDate(key: DateKey): Date {
  const [year, month, day] = key.split('-').map(Number) as [number, number, number]
  return new Date(year, month - 1, day)
}

function dateKey(date: Date): DateKey {
  const pad = (value: number) => String(value).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` as DateKey
}

function formatRange(locale: string, from: DateKey, to: DateKey): string {
  const format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' })
  return from === to
    ? format.format(instantOfDateKey(from))
    : format.formatRange(instantOfDateKey(from), instantOfDateKey(to))
}

/**
 * The date range: preset buttons and an accessible calendar (react-day-picker, keyboard
 * navigable) for a custom range, in a Radix Popover (focus trapped and restored by Radix).
 */
export const DateRangeFilter = forwardRef<HTMLDivElement, DateRangeFilterProps>(
  function DateRangeFilter(
    {
      label = 'Date range',
      presets = DATE_RANGE_PRESETS,
      presetLabels,
      allowCustom = true,
      labels,
      open: openProp,
      defaultOpen = false,
      onOpenChange,
      ...rest
    },
    ref,
  ) {
    const bar = useFilterBar('DateRange')
    const words = { ...DEFAULT_LABELS, ...labels }
    const names = { ...DATE_RANGE_PRESET_LABELS, ...presetLabels }
    const valueId = useId()
    const selection = bar.filters.range
    const [ownOpen, setOwnOpen] = useState(defaultOpen)
    const [draft, setDraft] = useState<DayRange | undefined>(undefined)
    const open = openProp ?? ownOpen
    const setOpen = (next: boolean) => {
      if (openProp === undefined) setOwnOpen(next)
      onOpenChange?.(next)
      if (next) {
        setDraft(
          selection.preset === 'custom'
            ? { from: localDate(selection.from), to: localDate(selection.to) }
            : undefined,
        )
      }
    }
    const apply = (next: DateRangeSelection) => {
      if (bar.set('range', next)) setOpen(false)
    }

    let resolved: string | null = null
    try {
      const range = resolveDateRange(selection, { now: bar.now })
      resolved = formatRange(bar.locale, range.from, range.to)
    } catch {
      resolved = null
    }
    const summary = selection.preset === 'custom' ? words.custom : names[selection.preset]
    const today = localDate(bar.now.toISOString().slice(0, 10) as DateKey)
    const dayFormat = new Intl.DateTimeFormat(bar.locale, { dateStyle: 'full' })
    const draftComplete = draft?.from !== undefined && draft.to !== undefined

    return (
      <FilterField ref={ref} {...rest} fields={['range']} label={label} slot="filter-date-range">
        {(control) => (
          <Popover.Root open={open} onOpenChange={setOpen}>
            <Popover.Trigger
              id={control.controlId}
              type="button"
              disabled={bar.disabled}
              aria-labelledby={`${control.labelId} ${valueId}`}
              className="lago-analytics-filter__trigger"
              data-slot="filter-date-range-trigger"
              data-preset={selection.preset}
              {...control.aria}
            >
              <span id={valueId}>
                <span data-slot="filter-date-range-label">{summary}</span>
                {resolved ? (
                  <span className="lago-analytics-filter__hint" data-slot="filter-date-range-dates">
                    {` · ${resolved}`}
                  </span>
                ) : null}
              </span>
            </Popover.Trigger>
            <Popover.Portal container={bar.portalContainer ?? undefined}>
              <Popover.Content
                align="start"
                sideOffset={4}
                className="lago-analytics lago-analytics-popover lago-analytics-date-range"
                data-slot="filter-date-range-content"
                aria-label={typeof label === 'string' ? label : 'Date range'}
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
                      aria-pressed={selection.preset === preset}
                      className="lago-analytics-button lago-analytics-date-range__preset"
                      data-slot="filter-date-range-preset"
                      data-state={selection.preset === preset ? 'on' : 'off'}
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
                      onSelect={setDraft}
                      weekStartsOn={1}
                      today={today}
                      defaultMonth={draft?.from ?? today}
                      className="lago-analytics-calendar"
                      formatters={{
                        formatCaption: (month) =>
                          new Intl.DateTimeFormat(bar.locale, {
                            month: 'long',
                            year: 'numeric',
                          }).format(month),
                        formatWeekdayName: (day) =>
                          new Intl.DateTimeFormat(bar.locale, { weekday: 'narrow' }).format(day),
                      }}
                      labels={{
                        labelDayButton: (day, modifiers) =>
                          `${dayFormat.format(day)}${modifiers.selected ? ' (selected)' : ''}`,
                      }}
                    />
                    <div className="lago-analytics-date-range__footer">
                      <span aria-live="polite" data-slot="filter-date-range-draft">
                        {draftComplete && draft?.from && draft.to
                          ? formatRange(bar.locale, dateKey(draft.from), dateKey(draft.to))
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
        )}
      </FilterField>
    )
  },
)
