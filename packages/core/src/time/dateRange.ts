import { utc } from '@date-fns/utc'
import {
  endOfMonth,
  endOfQuarter,
  endOfYear,
  startOfMonth,
  startOfQuarter,
  startOfYear,
  subDays,
  subMonths,
  subQuarters,
  subYears,
} from 'date-fns'
import { InvalidRangeError } from '../errors.ts'
import { assertNever } from '../internal/assertNever.ts'
import {
  addDays,
  addMonths,
  dateKeyOfInstant,
  daysBetweenInclusive,
  isDateKey,
  parseDateKey,
  type DateKey,
} from './dateKey.ts'

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

export const DATE_RANGE_PRESETS: readonly DateRangePreset[] = [
  'last7Days',
  'last30Days',
  'last90Days',
  'monthToDate',
  'quarterToDate',
  'yearToDate',
  'last12Months',
  'previousMonth',
  'previousQuarter',
  'previousYear',
]

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
      `Invalid date range ${JSON.stringify(range)}: expected { from, to } as YYYY-MM-DD with from <= to`,
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
  const now = utc(options.now)
  const today = dateKeyOfInstant(now)
  const key = dateKeyOfInstant
  switch (selection.preset) {
    case 'last7Days':
      return { from: key(subDays(now, 6)), to: today }
    case 'last30Days':
      return { from: key(subDays(now, 29)), to: today }
    case 'last90Days':
      return { from: key(subDays(now, 89)), to: today }
    case 'monthToDate':
      return { from: key(startOfMonth(now)), to: today }
    case 'quarterToDate':
      return { from: key(startOfQuarter(now)), to: today }
    case 'yearToDate':
      return { from: key(startOfYear(now)), to: today }
    case 'last12Months':
      return { from: key(startOfMonth(subMonths(now, 11))), to: today }
    case 'previousMonth': {
      const month = subMonths(now, 1)
      return { from: key(startOfMonth(month)), to: key(endOfMonth(month)) }
    }
    case 'previousQuarter': {
      const quarter = subQuarters(now, 1)
      return { from: key(startOfQuarter(quarter)), to: key(endOfQuarter(quarter)) }
    }
    case 'previousYear': {
      const year = subYears(now, 1)
      return { from: key(startOfYear(year)), to: key(endOfYear(year)) }
    }
    default:
      return assertNever(selection)
  }
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

function monthIndex(key: DateKey): number {
  const parts = parseDateKey(key)
  if (parts === null) throw new InvalidRangeError(`Invalid date ${key}`)
  return parts.year * 12 + parts.month - 1
}

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
    const months = monthIndex(range.to) - monthIndex(range.from) + 1
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
  switch (selection.preset) {
    case 'last7Days':
    case 'last30Days':
    case 'last90Days':
      return 'days'
    case 'monthToDate':
    case 'quarterToDate':
    case 'yearToDate':
    case 'last12Months':
    case 'previousMonth':
    case 'previousQuarter':
    case 'previousYear':
      return 'calendar'
    case 'custom':
      return 'auto'
    default:
      return assertNever(selection)
  }
}

/** Number of days in a range (inclusive). */
export function rangeLengthInDays(range: DateRange): number {
  assertDateRange(range)
  return daysBetweenInclusive(range.from, range.to)
}
