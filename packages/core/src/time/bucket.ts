import { assertNever } from '../internal/assertNever.ts'
import {
  dayNumberOf,
  fromDayNumber,
  monthEnd,
  monthStart,
  partsOf,
  weekdayOf,
  type DateKey,
} from './dateKey.ts'
import { assertDateRange, type DateRange } from './dateRange.ts'
import type { Granularity } from './granularity.ts'

/** One time bucket: a whole UTC calendar period, both ends inclusive (`YYYY-MM-DD`). */
export interface Bucket {
  readonly start: DateKey
  readonly end: DateKey
}

/**
 * Length of a bucket: months for calendar granularities, and minus the number of days for days
 * and weeks. A bucket is then addressed by its first month index or first day number.
 */
const SPAN: { readonly [G in Granularity]: number } = {
  day: -1,
  week: -7,
  month: 1,
  quarter: 3,
  year: 12,
}

/**
 * The bucket containing `key` as `[index, span]`: its first month index (months, quarters, years)
 * or first day number (days, weeks), and the span (see `SPAN`).
 */
function locate(key: DateKey, granularity: Granularity): [number, number] {
  const { year, month, day } = partsOf(key)
  const span = SPAN[granularity] as unknown
  if (typeof span !== 'number') return assertNever(granularity as never)
  if (span > 0) {
    const index = year * 12 + month - 1
    return [index - (index % span), span]
  }
  const dayNumber = dayNumberOf(year, month, day)
  // ISO weeks start on Monday, as Lago's do.
  return [span === -1 ? dayNumber : dayNumber - weekdayOf(dayNumber), span]
}

/** The first day of the bucket at `index`. */
function startAt(index: number, span: number): DateKey {
  return span > 0 ? monthStart(index) : fromDayNumber(index)
}

function bucketAt(index: number, span: number): Bucket {
  return {
    start: startAt(index, span),
    end: span > 0 ? monthEnd(index + span - 1) : fromDayNumber(index - span - 1),
  }
}

/** The bucket containing `key`. */
export function bucketOf(key: DateKey, granularity: Granularity): Bucket {
  return bucketAt(...locate(key, granularity))
}

/** First day of the bucket containing `key`. ISO weeks start on Monday, as Lago's do. */
export function bucketStart(key: DateKey, granularity: Granularity): DateKey {
  return startAt(...locate(key, granularity))
}

/** Last day (inclusive) of the bucket containing `key`. */
export function bucketEnd(key: DateKey, granularity: Granularity): DateKey {
  return bucketOf(key, granularity).end
}

/** The bucket after (`steps` > 0) or before (`steps` < 0) the one containing `key`. */
export function shiftBucket(key: DateKey, granularity: Granularity, steps: number): Bucket {
  const [index, span] = locate(key, granularity)
  return bucketAt(index + steps * Math.abs(span), span)
}

/**
 * Every bucket that overlaps the range, in order: whole calendar periods, so the first and last
 * may extend beyond the range (see `Bucket` and `isClipped`).
 */
export function bucketsInRange(range: DateRange, granularity: Granularity): Bucket[] {
  assertDateRange(range)
  const buckets: Bucket[] = []
  const [first, span] = locate(range.from, granularity)
  for (let index = first; ; index += Math.abs(span)) {
    const bucket = bucketAt(index, span)
    if (bucket.start > range.to) return buckets
    buckets.push(bucket)
  }
}

/** Whether the range cuts the bucket (the bucket starts before or ends after it). */
export function isClipped(bucket: Bucket, range: DateRange): boolean {
  return bucket.start < range.from || bucket.end > range.to
}
