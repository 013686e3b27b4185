import { InvalidDateError } from '../errors.ts'

/**
 * Calendar dates are `YYYY-MM-DD` strings ("date keys"): the bucket keys of every Lago dataset.
 * Calendar math works on day numbers (days since 1970-01-01) and month indices
 * (`year × 12 + month − 1`), in integers, through UTC only: exact and independent of the process
 * time zone.
 */
export type DateKey = string

export const MS_PER_DAY = 86_400_000

/** Days in a month of the proleptic Gregorian calendar (`month` 1–12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

/**
 * Day number (days since 1970-01-01) of a civil date. `month` (1-based) and `day` may overflow:
 * month 13 is the next January, day 0 the previous month's last day.
 */
export function dayNumberOf(year: number, month: number, day: number): number {
  // `setUTCFullYear` has no two-digit-year quirk (unlike `Date.UTC`).
  return new Date(0).setUTCFullYear(year, month - 1, day) / MS_PER_DAY
}

/** The number in `key` from `from` to `to` (exclusive); `NaN` unless all ASCII digits. */
function digits(key: string, from: number, to: number): number {
  let value = 0
  for (let i = from; i < to; i++) {
    const digit = key.charCodeAt(i) - 48
    value = digit >= 0 && digit <= 9 ? value * 10 + digit : NaN
  }
  return value
}

/** Parses a strict `YYYY-MM-DD` key, or returns `null` (no allocation but the result). */
export function parseDateKey(key: unknown): { year: number; month: number; day: number } | null {
  if (typeof key !== 'string' || key.length !== 10 || key[4] !== '-' || key[7] !== '-') return null
  const year = digits(key, 0, 4)
  const month = digits(key, 5, 7)
  const day = digits(key, 8, 10)
  return year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
    ? { year, month, day }
    : null
}

/** The parts of a valid key; `InvalidDateError` otherwise. */
export function partsOf(key: unknown): { year: number; month: number; day: number } {
  const parts = parseDateKey(key)
  if (parts === null) throw new InvalidDateError(key)
  return parts
}

/** Whether a value is a valid `YYYY-MM-DD` calendar date. */
export function isDateKey(value: unknown): value is DateKey {
  return parseDateKey(value) !== null
}

/** Throws `InvalidDateError` unless `value` is a valid `YYYY-MM-DD` calendar date. */
export function assertDateKey(value: unknown): asserts value is DateKey {
  partsOf(value)
}

/** Day number (days since 1970-01-01, UTC) of a date key. */
export function toDayNumber(key: DateKey): number {
  const { year, month, day } = partsOf(key)
  return dayNumberOf(year, month, day)
}

/** Date key of a day number (0000-01-01 to 9999-12-31). */
export function fromDayNumber(dayNumber: number): DateKey {
  if (!Number.isSafeInteger(dayNumber))
    throw new InvalidDateError(dayNumber, 'not an integer day number')
  // 0000-01-01 and 9999-12-31.
  if (dayNumber < -719_528 || dayNumber > 2_932_896) {
    throw new InvalidDateError(dayNumber, 'year out of 0000–9999')
  }
  return new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10)
}

/** The first day of a month index (`year × 12 + month − 1`). */
export function monthStart(index: number): DateKey {
  return fromDayNumber(dayNumberOf(0, index + 1, 1))
}

/** The last day of a month index. */
export function monthEnd(index: number): DateKey {
  return fromDayNumber(dayNumberOf(0, index + 2, 0))
}

/** The month index (`year × 12 + month − 1`) of a date key. */
export function monthIndexOf(key: DateKey): number {
  const { year, month } = partsOf(key)
  return year * 12 + month - 1
}

/** Calendar year of a day number. */
export function yearOf(dayNumber: number): number {
  return new Date(dayNumber * MS_PER_DAY).getUTCFullYear()
}

/** The date key `days` days after (or before, when negative) `key`. */
export function addDays(key: DateKey, days: number): DateKey {
  return fromDayNumber(toDayNumber(key) + days)
}

/** ISO weekday of a day number, 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday). */
export function weekdayOf(dayNumber: number): number {
  return (((dayNumber + 3) % 7) + 7) % 7
}

/** ISO weekday of a date key: 1 = Monday … 7 = Sunday. */
export function isoWeekday(key: DateKey): number {
  return weekdayOf(toDayNumber(key)) + 1
}

/**
 * Adds calendar months, clamping the day to the target month's length (`2024-03-31` − 1 month
 * = `2024-02-29`). With `keepMonthEnd`, a month's last day maps to the target month's last day
 * (`2023-02-28` + 1 month = `2023-03-31`).
 */
export function addMonths(
  key: DateKey,
  months: number,
  options: { keepMonthEnd?: boolean } = {},
): DateKey {
  const { year, month, day } = partsOf(key)
  const index = year * 12 + month - 1 + months
  const last = monthEnd(index)
  return options.keepMonthEnd === true && day === daysInMonth(year, month)
    ? last
    : fromDayNumber(dayNumberOf(0, index + 1, Math.min(day, Number(last.slice(8)))))
}

/** The UTC calendar day of an instant, as a date key. Never uses the process time zone. */
export function dateKeyOfInstant(instant: Date): DateKey {
  const ms = instant.getTime()
  if (Number.isNaN(ms)) throw new InvalidDateError(instant, 'invalid Date')
  return fromDayNumber(Math.floor(ms / MS_PER_DAY))
}

/** 00:00 UTC of a date key, as a `Date`. */
export function instantOfDateKey(key: DateKey): Date {
  return new Date(toDayNumber(key) * MS_PER_DAY)
}

/** Inclusive number of days from `from` to `to` (`1` when equal; `0` or less when reversed). */
export function daysBetweenInclusive(from: DateKey, to: DateKey): number {
  return toDayNumber(to) - toDayNumber(from) + 1
}
