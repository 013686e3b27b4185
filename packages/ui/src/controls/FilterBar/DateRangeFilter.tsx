import {
  DATE_RANGE_PRESETS,
  resolveDateRange,
  type DateKey,
  type DateRangePreset,
  type DateRangeSelection,
} from '@lago-analytics/core'
import { forwardRef, useId, useState, type ComponentPropsWithoutRef, type ReactNode } from 'react'
import type { DateRange as DayRange } from 'react-day-picker'
import { lazyModule } from '../lazy/lazyModule.ts'
import { popupTriggerAttributes, useLazyTrigger } from '../lazy/useLazyTrigger.tsx'
import { useFilterBar } from './FilterBarContext.ts'
import { FilterField } from './FilterField.tsx'
import { formatRange, localDate } from './dateRangeFormat.ts'

/** The popover (Radix Popover + react-day-picker), in its own chunk: loaded on first use. */
const popover = /* @__PURE__ */ lazyModule(() => import('./DateRangePopover.tsx'))

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

/**
 * The date range: preset buttons and an accessible calendar (react-day-picker, keyboard
 * navigable) for a custom range, in a Radix Popover (focus moved in and restored by Radix). The
 * popover loads on first use: until then a light trigger with the same element stands in.
 */
export const DateRangeFilter = /* @__PURE__ */ forwardRef<HTMLDivElement, DateRangeFilterProps>(
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
    const lazy = useLazyTrigger({ module: popover, open, setOpen })
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
    const Part = lazy.part

    return (
      <FilterField ref={ref} {...rest} fields={['range']} label={label} slot="filter-date-range">
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
            </button>
            {Part ? (
              <Part.DateRangePopover
                bridge={lazy.bridge}
                open={open}
                onOpenChange={setOpen}
                portalContainer={bar.portalContainer}
                label={typeof label === 'string' ? label : 'Date range'}
                words={words}
                names={names}
                presets={presets}
                selected={selection.preset}
                allowCustom={allowCustom}
                apply={apply}
                draft={draft}
                onDraftChange={setDraft}
                today={today}
                locale={bar.locale}
              />
            ) : null}
          </>
        )}
      </FilterField>
    )
  },
)
