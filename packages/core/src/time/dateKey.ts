import { InvalidDateError } from '../errors.ts'

/**
 * Calendar dates are `YYYY-MM-DD` strings ("date keys"): the bucket keys of every Lago dataset.
 * All calendar math here is integer arithmetic on day numbers (days since 1970-01-01), so it is
 * exact, allocation-free and independent of the process time zone.
 */
export type DateKey = string

const MS_PER_DAY = 86_400_000

function digit(key: string, index: number): number {
  const code = key.charCodeAt(index) - 48
  return code >= 0 && code <= 9 ? code : -1
}

/** Days in a month of the proleptic Gregorian calendar (`month` 1–12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

/** Day number (days since 1970-01-01) of a civil date. Howard Hinnant's `days_from_civil`. */
export function dayNumberOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146_097 + doe - 719_468
}

/** Parses a strict `YYYY-MM-DD` key, or returns `null`. */
export function parseDateKey(key: unknown): { year: number; month: number; day: number } | null {
  if (typeof key !== 'string' || key.length !== 10) return null
  if (key.charCodeAt(4) !== 45 || key.charCodeAt(7) !== 45) return null
  const y0 = digit(key, 0)
  const y1 = digit(key, 1)
  const y2 = digit(key, 2)
  const y3 = digit(key, 3)
  const m0 = digit(key, 5)
  const m1 = digit(key, 6)
  const d0 = digit(key, 8)
  const d1 = digit(key, 9)
  if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) < 0) return null
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3
  const month = m0 * 10 + m1
  const day = d0 * 10 + d1
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null
  return { year, month, day }
}

/** Whether a value is a valid `YYYY-MM-DD` calendar date. */
export function isDateKey(value: unknown): value is DateKey {
  return parseDateKey(value) !== null
}

/** Throws `InvalidDateError` unless `value` is a valid `YYYY-MM-DD` calendar date. */
export function assertDateKey(value: unknown): asserts value is DateKey {
  if (parseDateKey(value) === null) throw new InvalidDateError(value)
}

/** Day number (days since 1970-01-01, UTC) of a date key. */
export function toDayNumber(key: DateKey): number {
  const parts = parseDateKey(key)
  if (parts === null) throw new InvalidDateError(key)
  return dayNumberOf(parts.year, parts.month, parts.day)
}

function pad2(value: number): string {
  return value < 10 ? `0${value}` : String(value)
}

/** `YYYY-MM-DD` of civil date parts. */
export function formatDateKey(year: number, month: number, day: number): DateKey {
  if (year < 0 || year > 9999)
    throw new InvalidDateError(`${year}-${month}-${day}`, 'year out of 0000–9999')
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`
}

/** Date key of a day number. Howard Hinnant's `civil_from_days`. */
export function fromDayNumber(dayNumber: number): DateKey {
  if (!Number.isSafeInteger(dayNumber))
    throw new InvalidDateError(dayNumber, 'not an integer day number')
  const z = dayNumber + 719_468
  const era = Math.floor(z / 146_097)
  const doe = z - era * 146_097
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  )
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1
  const month = mp < 10 ? mp + 3 : mp - 9
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0)
  return formatDateKey(year, month, day)
}

/** The date key `days` days after (or before, when negative) `key`. */
export function addDays(key: DateKey, days: number): DateKey {
  return fromDayNumber(toDayNumber(key) + days)
}

/** ISO weekday of a date key: 1 = Monday … 7 = Sunday. */
export function isoWeekday(key: DateKey): number {
  // 1970-01-01 was a Thursday (ISO 4).
  return ((((toDayNumber(key) + 3) % 7) + 7) % 7) + 1
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
  const parts = parseDateKey(key)
  if (parts === null) throw new InvalidDateError(key)
  const index = parts.year * 12 + (parts.month - 1) + months
  const year = Math.floor(index / 12)
  const month = index - year * 12 + 1
  const last = daysInMonth(year, month)
  const isMonthEnd = parts.day === daysInMonth(parts.year, parts.month)
  const day = options.keepMonthEnd === true && isMonthEnd ? last : Math.min(parts.day, last)
  return formatDateKey(year, month, day)
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
