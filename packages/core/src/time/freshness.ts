import { InvalidDateError } from '../errors.ts'
import { fromDayNumber, type DateKey } from './dateKey.ts'
import type { Bucket } from './bucket.ts'

const MS_PER_DAY = 86_400_000
const MS_PER_MINUTE = 60_000

export interface FreshnessOptions {
  /**
   * Minutes after 00:00 UTC by which the daily refresh is assumed done. Default 15. Lago
   * refreshes the Data API datasets daily around 00:00 UTC and keys its legacy caches by UTC day.
   */
  marginMinutes?: number | undefined
}

function parts(now: Date, options: FreshnessOptions): { ms: number; margin: number } {
  const ms = now.getTime()
  if (Number.isNaN(ms)) throw new InvalidDateError(now, 'invalid Date')
  const minutes = options.marginMinutes ?? 15
  if (!Number.isFinite(minutes) || minutes < 0 || minutes >= 24 * 60) {
    throw new RangeError(`marginMinutes must be within [0, 1440), got ${String(minutes)}`)
  }
  return { ms, margin: minutes * MS_PER_MINUTE }
}

/** The day number of the last refresh that has completed at `now`. */
function lastRefreshDay(now: Date, options: FreshnessOptions): number {
  const { ms, margin } = parts(now, options)
  return Math.floor((ms - margin) / MS_PER_DAY)
}

/**
 * When the data can next have changed: the next 00:00 UTC plus the margin, strictly after `now`
 * (at 00:05 UTC with the default margin, that is 00:15 the same day). Use it as a cache's
 * expiry (`staleTime = nextRefreshAt(now) - now`).
 */
export function nextRefreshAt(now: Date, options: FreshnessOptions = {}): Date {
  const { margin } = parts(now, options)
  return new Date((lastRefreshDay(now, options) + 1) * MS_PER_DAY + margin)
}

/** Milliseconds from `now` until `nextRefreshAt(now)` (always > 0). */
export function msUntilNextRefresh(now: Date, options: FreshnessOptions = {}): number {
  return nextRefreshAt(now, options).getTime() - now.getTime()
}

/**
 * The cut-off of the data visible at `now`: 00:00 UTC of the day of the last completed refresh.
 * Days before it are complete; that day and later ones are partial.
 */
export function dataAsOf(now: Date, options: FreshnessOptions = {}): Date {
  return new Date(lastRefreshDay(now, options) * MS_PER_DAY)
}

/** The last complete UTC day at `now` (the day before `dataAsOf`). */
export function lastCompleteDay(now: Date, options: FreshnessOptions = {}): DateKey {
  return fromDayNumber(lastRefreshDay(now, options) - 1)
}

/**
 * Whether a bucket's figures can still change: it ends on or after the data-as-of day (today's
 * bucket, the current month, any future bucket). Charts draw these dashed or flagged.
 */
export function isPartialPeriod(
  bucket: Bucket,
  now: Date,
  options: FreshnessOptions = {},
): boolean {
  return bucket.end > lastCompleteDay(now, options)
}
