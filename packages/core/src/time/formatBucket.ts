import { assertNever } from '../internal/assertNever.ts'
import { intlFormat } from '../internal/intl.ts'
import { dayNumberOf, instantOfDateKey, toDayNumber, weekdayOf, yearOf } from './dateKey.ts'
import type { Bucket } from './bucket.ts'
import type { Granularity } from './granularity.ts'

export interface FormatBucketOptions {
  /** BCP 47 locale(s); explicit, never the runtime's default. */
  locale: string | readonly string[]
  /** `short` for axes (`Jan 26`), `long` for tooltips and tables (`January 2026`). */
  style?: 'short' | 'long' | undefined
}

/**
 * A human label for a bucket, in the given locale: `Mar 5, 2026` (day), `Mar 2 – 8, 2026`
 * (week, Monday to Sunday), `March 2026` (month), `Q1 2026`, `2026`. Bucket dates are calendar
 * days, so the label never depends on a display time zone (nor on the process one).
 */
export function formatBucket(
  bucket: Bucket,
  granularity: Granularity,
  options: FormatBucketOptions,
): string {
  // Buckets are calendar days: always formatted in UTC, whatever the display time zone.
  const format = (parts: Intl.DateTimeFormatOptions): Intl.DateTimeFormat =>
    intlFormat(Intl.DateTimeFormat, options.locale, { ...parts, year: 'numeric', timeZone: 'UTC' })
  const month = options.style === 'long' ? 'long' : 'short'
  const start = instantOfDateKey(bucket.start)
  switch (granularity) {
    case 'day':
      return format({ month, day: 'numeric' }).format(start)
    case 'week':
      return format({ month: 'short', day: 'numeric' }).formatRange(
        start,
        instantOfDateKey(bucket.end),
      )
    case 'month':
      return format({ month }).format(start)
    case 'quarter':
      return `Q${Math.floor((Number(bucket.start.slice(5, 7)) - 1) / 3) + 1} ${format({}).format(start)}`
    case 'year':
      return format({}).format(start)
    default:
      return assertNever(granularity)
  }
}

/** ISO 8601 week label of a date key: `2026-W01` (the ISO week-numbering year may differ). */
export function isoWeekLabel(key: string): string {
  const day = toDayNumber(key)
  // An ISO week belongs to the year of its Thursday, and week 1 holds that year's first Thursday.
  const thursday = day - weekdayOf(day) + 3
  const year = yearOf(thursday)
  const week = Math.floor((thursday - dayNumberOf(year, 1, 1)) / 7) + 1
  return `${year}-W${String(week).padStart(2, '0')}`
}

export interface FormatInstantOptions {
  locale: string | readonly string[]
  /** IANA zone for display (e.g. the viewer's). Default `UTC`. Buckets never shift with it. */
  timeZone?: string | undefined
  dateStyle?: 'full' | 'long' | 'medium' | 'short' | undefined
  timeStyle?: 'full' | 'long' | 'medium' | 'short' | undefined
}

/**
 * Formats an instant (data-as-of, next refresh) in a display time zone:
 * `formatInstant(dataAsOf(now), { locale: 'en-GB', timeZone: 'Europe/Paris' })`.
 */
export function formatInstant(instant: Date, options: FormatInstantOptions): string {
  return intlFormat(Intl.DateTimeFormat, options.locale, {
    dateStyle: options.dateStyle ?? 'medium',
    timeStyle: options.timeStyle ?? 'short',
    timeZone: options.timeZone ?? 'UTC',
  }).format(instant)
}
