/**
 * Calendar-aligned UTC time buckets for the Data API datasets: days, ISO weeks (Monday to
 * Sunday) and months. Bucket bounds are whole calendar periods even when the requested range
 * starts or ends inside one; only days inside the range contribute data.
 */
import { dayFromParts, dayToIso, MS_PER_DAY, weekStartDay } from '../utcDay'

export type Granularity = 'daily' | 'weekly' | 'monthly'

export const GRANULARITIES: readonly Granularity[] = ['daily', 'weekly', 'monthly']

export interface Bucketing {
  readonly granularity: Granularity
  /** First and last day of data (inclusive). */
  readonly fromDay: number
  readonly toDay: number
  /** Calendar start/end day of each bucket, ascending. */
  readonly starts: readonly number[]
  readonly ends: readonly number[]
  /** The same bounds as `YYYY-MM-DD`. */
  readonly startDates: readonly string[]
  readonly endDates: readonly string[]
  readonly count: number
  /** Bucket of each day of [fromDay, toDay], indexed by `day - fromDay`. */
  readonly lookup: Int32Array
  /** Bucket of a day, or -1 outside [fromDay, toDay]. */
  index(day: number): number
}

function periodOf(granularity: Granularity, day: number): [number, number] {
  switch (granularity) {
    case 'daily':
      return [day, day]
    case 'weekly': {
      const start = weekStartDay(day)
      return [start, start + 6]
    }
    case 'monthly': {
      const date = new Date(day * MS_PER_DAY)
      const year = date.getUTCFullYear()
      const month = date.getUTCMonth()
      return [dayFromParts(year, month, 1), dayFromParts(year, month + 1, 1) - 1]
    }
    default: {
      const exhaustive: never = granularity
      throw new Error(`unknown granularity ${String(exhaustive)}`)
    }
  }
}

export function createBucketing(
  granularity: Granularity,
  fromDay: number,
  toDay: number,
): Bucketing {
  const starts: number[] = []
  const ends: number[] = []
  const length = Math.max(0, toDay - fromDay + 1)
  const lookup = new Int32Array(length)
  let day = fromDay
  while (day <= toDay) {
    const [start, end] = periodOf(granularity, day)
    const bucket = starts.length
    starts.push(start)
    ends.push(end)
    const last = Math.min(end, toDay)
    for (let d = day; d <= last; d++) lookup[d - fromDay] = bucket
    day = last + 1
  }
  return {
    granularity,
    fromDay,
    toDay,
    starts,
    ends,
    startDates: starts.map(dayToIso),
    endDates: ends.map(dayToIso),
    count: starts.length,
    lookup,
    index: (d) => (d < fromDay || d > toDay ? -1 : (lookup[d - fromDay] ?? -1)),
  }
}
