import { InvalidDateError } from '../errors.ts'
import { assertNever } from '../internal/assertNever.ts'
import {
  daysInMonth,
  dayNumberOf,
  formatDateKey,
  fromDayNumber,
  parseDateKey,
  type DateKey,
} from './dateKey.ts'
import { assertDateRange, type DateRange } from './dateRange.ts'
import type { Granularity } from './granularity.ts'

/** One time bucket: a whole UTC calendar period, both ends inclusive (`YYYY-MM-DD`). */
export interface Bucket {
  readonly start: DateKey
  readonly end: DateKey
}

function parts(key: DateKey): { year: number; month: number; day: number } {
  const parsed = parseDateKey(key)
  if (parsed === null) throw new InvalidDateError(key)
  return parsed
}

/** First day of the bucket containing `key`. ISO weeks start on Monday, as Lago's do. */
export function bucketStart(key: DateKey, granularity: Granularity): DateKey {
  const { year, month, day } = parts(key)
  switch (granularity) {
    case 'day':
      return key
    case 'week': {
      const n = dayNumberOf(year, month, day)
      const weekday = (((n + 3) % 7) + 7) % 7 // 0 = Monday
      return fromDayNumber(n - weekday)
    }
    case 'month':
      return formatDateKey(year, month, 1)
    case 'quarter':
      return formatDateKey(year, month - ((month - 1) % 3), 1)
    case 'year':
      return formatDateKey(year, 1, 1)
    default:
      return assertNever(granularity)
  }
}

/** Last day (inclusive) of the bucket containing `key`. */
export function bucketEnd(key: DateKey, granularity: Granularity): DateKey {
  const start = bucketStart(key, granularity)
  const { year, month, day } = parts(start)
  switch (granularity) {
    case 'day':
      return start
    case 'week':
      return fromDayNumber(dayNumberOf(year, month, day) + 6)
    case 'month':
      return formatDateKey(year, month, daysInMonth(year, month))
    case 'quarter':
      return formatDateKey(year, month + 2, daysInMonth(year, month + 2))
    case 'year':
      return formatDateKey(year, 12, 31)
    default:
      return assertNever(granularity)
  }
}

/** The bucket containing `key`. */
export function bucketOf(key: DateKey, granularity: Granularity): Bucket {
  return { start: bucketStart(key, granularity), end: bucketEnd(key, granularity) }
}

/** The bucket after (`steps` > 0) or before (`steps` < 0) the one containing `key`. */
export function shiftBucket(key: DateKey, granularity: Granularity, steps: number): Bucket {
  const start = bucketStart(key, granularity)
  const { year, month, day } = parts(start)
  let next: DateKey
  switch (granularity) {
    case 'day':
      next = fromDayNumber(dayNumberOf(year, month, day) + steps)
      break
    case 'week':
      next = fromDayNumber(dayNumberOf(year, month, day) + 7 * steps)
      break
    case 'month':
    case 'quarter': {
      const index = year * 12 + month - 1 + (granularity === 'month' ? steps : 3 * steps)
      const y = Math.floor(index / 12)
      next = formatDateKey(y, index - y * 12 + 1, 1)
      break
    }
    case 'year':
      next = formatDateKey(year + steps, 1, 1)
      break
    default:
      return assertNever(granularity)
  }
  return bucketOf(next, granularity)
}

/**
 * Every bucket that overlaps the range, in order: whole calendar periods, so the first and last
 * may extend beyond the range (see `Bucket` and `isClipped`).
 */
export function bucketsInRange(range: DateRange, granularity: Granularity): Bucket[] {
  assertDateRange(range)
  const buckets: Bucket[] = []
  let bucket = bucketOf(range.from, granularity)
  while (bucket.start <= range.to) {
    buckets.push(bucket)
    bucket = shiftBucket(bucket.start, granularity, 1)
  }
  return buckets
}

/** Whether the range cuts the bucket (the bucket starts before or ends after it). */
export function isClipped(bucket: Bucket, range: DateRange): boolean {
  return bucket.start < range.from || bucket.end > range.to
}
