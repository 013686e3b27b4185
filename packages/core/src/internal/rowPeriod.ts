import { monthEnd, monthIndexOf, type DateKey } from '../time/dateKey.ts'

/** A row of any Lago time series: Data API periods or legacy month buckets. */
export type BucketedRow =
  | { readonly startOfPeriodDt: DateKey; readonly endOfPeriodDt: DateKey }
  | { readonly month: DateKey }

/** First day of a row's period. */
export function rowStart(row: BucketedRow): DateKey {
  return 'startOfPeriodDt' in row ? row.startOfPeriodDt : row.month
}

/** Last day (inclusive) of a row's period: `endOfPeriodDt`, or the end of a legacy row's month. */
export function rowEnd(row: BucketedRow): DateKey {
  return 'startOfPeriodDt' in row ? row.endOfPeriodDt : monthEnd(monthIndexOf(row.month))
}
