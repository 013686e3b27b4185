import { createTimeline } from '../internal/timeline.ts'
import { rowEnd, rowStart, type BucketedRow } from '../internal/rowPeriod.ts'
import type { Bucket } from './bucket.ts'
import type { DateRange } from './dateRange.ts'
import type { Granularity } from './granularity.ts'

export interface FillBucketsOptions<Row> {
  range: DateRange
  granularity: Granularity
  /**
   * The typed zero row of an empty bucket. `previous` is the last row of the bucket before (or
   * `undefined`), so balances such as MRR can carry forward instead of dropping to zero. See
   * `zeroRow` for ready-made factories.
   */
  zero: (bucket: Bucket, previous: Row | undefined) => Row
}

/**
 * Gap-fills a time series: every bucket of the range gets at least one row, in time order, with
 * `zero(bucket)` where the data has none (Lago omits empty periods). Rows keep their input order
 * within a bucket (several rows per bucket are fine, e.g. one per billable metric); rows whose
 * period does not overlap the range are dropped. Rows are bucketed by their start date
 * (`startOfPeriodDt`, or `month` for legacy rows); a row longer than its bucket raises
 * `InvalidGranularityError`.
 */
export function fillBuckets<Row extends BucketedRow>(
  rows: readonly Row[],
  options: FillBucketsOptions<Row>,
): Row[] {
  const timeline = createTimeline(options.range, options.granularity)
  const grouped: Row[][] = timeline.buckets.map(() => [])
  for (const row of rows) {
    const index = timeline.indexOf(rowStart(row), rowEnd(row))
    if (index >= 0) (grouped[index] as Row[]).push(row)
  }
  const out: Row[] = []
  let previous: Row | undefined
  timeline.buckets.forEach((bucket, index) => {
    const group = grouped[index] as Row[]
    if (group.length === 0) {
      previous = options.zero(bucket, previous)
      out.push(previous)
    } else {
      for (const row of group) out.push(row)
      previous = group[group.length - 1]
    }
  })
  return out
}
