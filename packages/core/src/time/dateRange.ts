import { InvalidRangeError } from '../errors.ts'
import { assertNever } from '../internal/assertNever.ts'
import { shiftBucket } from './bucket.ts'
import {
  addDays,
  addMonths,
  dateKeyOfInstant,
  daysBetweenInclusive,
  isDateKey,
  monthIndexOf,
  type DateKey,
} from './dateKey.ts'
import type { Granularity } from './granularity.ts'

/** A range of UTC calendar days, both ends inclusive. */
export interface DateRange {
  readonly from: DateKey
  readonly to: DateKey
}

export type DateRangePreset =
  | 'last7Days'
  | 'last30Days'
  | 'last90Days'
  | 'monthToDate'
  | 'quarterToDate'
  | 'yearToDate'
  | 'last12Months'
  | 'previousMonth'
  | 'previousQuarter'
  | 'previousYear'

/**
 * Each preset as the bucket it starts in, counted back from today's (`[granularity, steps]`),
 * and whether it ends with that bucket instead of today.
 */
const PRESETS: { readonly [P in DateRangePreset]: readonly [Granularity, number, 1?] } = {
  last7Days: ['day', -6],
  last30Days: ['day', -29],
  last90Days: ['day', -89],
  monthToDate: ['month', 0],
  quarterToDate: ['quarter', 0],
  yearToDate: ['year', 0],
  last12Months: ['month', -11],
  previousMonth: ['month', -1, 1],
  previousQuarter: ['quarter', -1, 1],
  previousYear: ['year', -1, 1],
}

export const DATE_RANGE_PRESETS = Object.keys(PRESETS) as readonly DateRangePreset[]

/** A preset, resolved against `now` when used, or a fixed custom range. */
export type DateRangeSelection =
  | { readonly preset: DateRangePreset }
  | { readonly preset: 'custom'; readonly from: DateKey; readonly to: DateKey }

export function isDateRangePreset(value: unknown): value is DateRangePreset {
  return typeof value === 'string' && (DATE_RANGE_PRESETS as readonly string[]).includes(value)
}

/** Whether a value is a valid range (`from` ≤ `to`, both valid `YYYY-MM-DD` dates). */
export function isDateRange(value: unknown): value is DateRange {
  if (typeof value !== 'object' || value === null) return false
  const { from, to } = value as { from?: unknown; to?: unknown }
  return isDateKey(from) && isDateKey(to) && from <= to
}

/** Throws `InvalidRangeError` unless `range` is a valid range. */
export function assertDateRange(range: unknown): asserts range is DateRange {
  if (!isDateRange(range)) {
    throw new InvalidRangeError(
      `Invalid date range ${JSON.stringify(range)}: expected YYYY-MM-DD from <= to`,
    )
  }
}

/**
 * Resolves a selection to concrete days. Presets are computed on the UTC calendar (the calendar
 * of Lago's buckets), from `now` — never from the process clock or time zone. "Last N days"
 * and "…to date" include today, whose figures stay partial until the next refresh
 * (`isPartialPeriod`). "Last 12 months" is the current month and the 11 before it.
 */
export function resolveDateRange(selection: DateRangeSelection, options: { now: Date }): DateRange {
  if (selection.preset === 'custom') {
    const range = { from: selection.from, to: selection.to }
    assertDateRange(range)
    return range
  }
  if (Number.isNaN(options.now.getTime())) throw new InvalidRangeError('`now` is an invalid Date')
  const today = dateKeyOfInstant(options.now)
  const [granularity, steps, whole] = PRESETS[selection.preset]
  const first = shiftBucket(today, granularity, steps)
  return { from: first.start, to: whole === 1 ? first.end : today }
}

/**
 * How to step back one period:
 * - `days`: the same number of days immediately before (last 30 days → the 30 days before);
 * - `calendar`: the same number of calendar months, keeping day-of-month, when the range starts
 *   on the 1st (March 1–15 → February 1–15; Q2 → Q1; a month ending on its last day maps to the
 *   previous month's last day);
 * - `auto` (default): `calendar` for ranges made of whole months, else `days`.
 */
export type PeriodAlignment = 'auto' | 'days' | 'calendar'

function isFirstOfMonth(key: DateKey): boolean {
  return key.endsWith('-01')
}

function isLastOfMonth(key: DateKey): boolean {
  return isFirstOfMonth(addDays(key, 1))
}

/** The period before `range` (see `PeriodAlignment`). */
export function previousPeriod(
  range: DateRange,
  options: { alignment?: PeriodAlignment } = {},
): DateRange {
  assertDateRange(range)
  const alignment = options.alignment ?? 'auto'
  const calendar =
    isFirstOfMonth(range.from) &&
    (alignment === 'calendar' || (alignment === 'auto' && isLastOfMonth(range.to)))
  if (calendar) {
    const months = monthIndexOf(range.to) - monthIndexOf(range.from) + 1
    return {
      from: addMonths(range.from, -months),
      to: addMonths(range.to, -months, { keepMonthEnd: true }),
    }
  }
  const days = daysBetweenInclusive(range.from, range.to)
  return { from: addDays(range.from, -days), to: addDays(range.from, -1) }
}

/**
 * The same calendar days one year earlier. February 29 maps to February 28; for ranges starting
 * on the 1st, a month's last day maps to that month's last day (Feb 1–28, 2025 → Feb 1–29, 2024).
 */
export function samePeriodLastYear(range: DateRange): DateRange {
  assertDateRange(range)
  return {
    from: addMonths(range.from, -12),
    to: addMonths(range.to, -12, { keepMonthEnd: isFirstOfMonth(range.from) }),
  }
}

/** Alignment that fits a selection: calendar for month/quarter/year-based presets. */
export function alignmentOf(selection: DateRangeSelection): PeriodAlignment {
  const preset = selection.preset
  if (preset === 'custom') return 'auto'
  if (!isDateRangePreset(preset)) return assertNever(selection as never)
  return PRESETS[preset][0] === 'day' ? 'days' : 'calendar'
}

/** Number of days in a range (inclusive). */
export function rangeLengthInDays(range: DateRange): number {
  assertDateRange(range)
  return daysBetweenInclusive(range.from, range.to)
}
