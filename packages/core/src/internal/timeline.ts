import { InvalidGranularityError } from '../errors.ts'
import { bucketStart, bucketsInRange, isClipped, type Bucket } from '../time/bucket.ts'
import { assertDateRange, type DateRange } from '../time/dateRange.ts'
import type { DateKey } from '../time/dateKey.ts'
import type { Granularity } from '../time/granularity.ts'

export interface Timeline {
  readonly range: DateRange
  readonly granularity: Granularity
  readonly buckets: readonly Bucket[]
  /**
   * Index of the bucket holding a row whose period is `start`–`end`; `-1` when the period does
   * not overlap the range. Throws when the period is longer than its bucket (rows coarser than
   * the granularity, or weeks across a month boundary).
   */
  indexOf(start: DateKey, end: DateKey): number
  clipped(index: number): boolean
}

/** The buckets of a range, with a memoised row → bucket lookup (no Date objects per row). */
export function createTimeline(range: DateRange, granularity: Granularity): Timeline {
  assertDateRange(range)
  const buckets = bucketsInRange(range, granularity)
  const byStart = new Map<DateKey, number>()
  buckets.forEach((bucket, index) => byStart.set(bucket.start, index))
  const cache = new Map<DateKey, number>()
  const { from, to } = range
  return {
    range,
    granularity,
    buckets,
    indexOf(start, end) {
      if (start > to || end < from) return -1
      let index = cache.get(start)
      if (index === undefined) {
        index = byStart.get(bucketStart(start, granularity)) ?? -1
        cache.set(start, index)
      }
      if (index >= 0 && end > (buckets[index] as Bucket).end) {
        throw new InvalidGranularityError(
          `A row for ${start}–${end} is longer than its ${granularity} bucket (weeks never nest in months)`,
        )
      }
      return index
    },
    clipped(index) {
      const bucket = buckets[index]
      return bucket !== undefined && isClipped(bucket, range)
    },
  }
}
