import { InvalidDateError } from '../errors.ts'
import { daysInMonth, formatDateKey, parseDateKey, type DateKey } from '../time/dateKey.ts'

/** A row of any Lago time series: Data API periods or legacy month buckets. */
export type BucketedRow =
  | { readonly startOfPeriodDt: DateKey; readonly endOfPeriodDt: DateKey }
  | { readonly month: DateKey }

const monthEnds = new Map<DateKey, DateKey>()

function endOfMonthKey(key: DateKey): DateKey {
  let end = monthEnds.get(key)
  if (end === undefined) {
    const parts = parseDateKey(key)
    if (parts === null) throw new InvalidDateError(key)
    end = formatDateKey(parts.year, parts.month, daysInMonth(parts.year, parts.month))
    if (monthEnds.size > 10_000) monthEnds.clear()
    monthEnds.set(key, end)
  }
  return end
}

/** First day of a row's period. */
export function rowStart(row: BucketedRow): DateKey {
  return 'startOfPeriodDt' in row ? row.startOfPeriodDt : row.month
}

/** Last day (inclusive) of a row's period: `endOfPeriodDt`, or the end of a legacy row's month. */
export function rowEnd(row: BucketedRow): DateKey {
  return 'startOfPeriodDt' in row ? row.endOfPeriodDt : endOfMonthKey(row.month)
}
