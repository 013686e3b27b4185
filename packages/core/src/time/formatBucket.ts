import { assertNever } from '../internal/assertNever.ts'
import { dayNumberOf, instantOfDateKey, toDayNumber, weekdayOf, yearOf } from './dateKey.ts'
import type { Bucket } from './bucket.ts'
import type { Granularity } from './granularity.ts'

export interface FormatBucketOptions {
  /** BCP 47 locale(s); explicit, never the runtime's default. */
  locale: string | readonly string[]
  /** `short` for axes (`Jan 26`), `long` for tooltips and tables (`January 2026`). */
  style?: 'short' | 'long' | undefined
}

const cache = new Map<string, Intl.DateTimeFormat>()

function dateFormat(locales: string[], options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = JSON.stringify([locales, options])
  let format = cache.get(key)
  if (format === undefined) {
    // Buckets are calendar days: always formatted in UTC, whatever the display time zone.
    format = new Intl.DateTimeFormat(locales, { ...options, timeZone: 'UTC' })
    if (cache.size > 200) cache.clear()
    cache.set(key, format)
  }
  return format
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
  const locales = typeof options.locale === 'string' ? [options.locale] : [...options.locale]
  const long = options.style === 'long'
  const start = instantOfDateKey(bucket.start)
  switch (granularity) {
    case 'day':
      return dateFormat(locales, {
        year: 'numeric',
        month: long ? 'long' : 'short',
        day: 'numeric',
      }).format(start)
    case 'week':
      return dateFormat(locales, { year: 'numeric', month: 'short', day: 'numeric' }).formatRange(
        start,
        instantOfDateKey(bucket.end),
      )
    case 'month':
      return dateFormat(locales, { year: 'numeric', month: long ? 'long' : 'short' }).format(start)
    case 'quarter': {
      const year = dateFormat(locales, { year: 'numeric' }).format(start)
      return `Q${Math.floor((Number(bucket.start.slice(5, 7)) - 1) / 3) + 1} ${year}`
    }
    case 'year':
      return dateFormat(locales, { year: 'numeric' }).format(start)
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
  const locales = typeof options.locale === 'string' ? [options.locale] : [...options.locale]
  return new Intl.DateTimeFormat(locales, {
    dateStyle: options.dateStyle ?? 'medium',
    timeStyle: options.timeStyle ?? 'short',
    timeZone: options.timeZone ?? 'UTC',
  }).format(instant)
}
