/**
 * UTC calendar arithmetic on "day numbers" (whole days since 1970-01-01 UTC). The ledger stores
 * every date as a day number; months are `year * 12 + monthIndex`.
 */

export const MS_PER_DAY = 86_400_000

/** Day number of an instant (UTC). */
export function dayOf(instant: Date | number): number {
  const ms = typeof instant === 'number' ? instant : instant.getTime()
  return Math.floor(ms / MS_PER_DAY)
}

/** Day number of a UTC calendar date; `month` is 0-based and may overflow (Date.UTC rules). */
export function dayFromParts(year: number, month: number, date: number): number {
  return Math.floor(Date.UTC(year, month, date) / MS_PER_DAY)
}

/** `YYYY-MM-DD` of a day number. */
export function dayToIso(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10)
}

/** ISO timestamp of the first instant of a day: `2026-07-01T00:00:00.000Z`. */
export function dayToTimestamp(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString()
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** Parses a strict `YYYY-MM-DD` calendar date; `undefined` when malformed or not a real date. */
export function parseIsoDay(text: string): number | undefined {
  const match = ISO_DATE.exec(text)
  if (!match) return undefined
  const year = Number(match[1])
  const month = Number(match[2]) - 1
  const date = Number(match[3])
  const day = dayFromParts(year, month, date)
  const check = new Date(day * MS_PER_DAY)
  if (
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month ||
    check.getUTCDate() !== date
  )
    return undefined
  return day
}

/** Month number (`year * 12 + month0`) of a day number. */
export function monthOfDay(day: number): number {
  const date = new Date(day * MS_PER_DAY)
  return date.getUTCFullYear() * 12 + date.getUTCMonth()
}

/** First day number of a month number. */
export function monthStartDay(month: number): number {
  return dayFromParts(Math.floor(month / 12), month % 12, 1)
}

/** Last day number of a month number. */
export function monthEndDay(month: number): number {
  return monthStartDay(month + 1) - 1
}

/** ISO weekday, 1 = Monday … 7 = Sunday. Day 0 (1970-01-01) was a Thursday. */
export function isoWeekday(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1
}

/** Day number of the Monday that starts the ISO week containing `day`. */
export function weekStartDay(day: number): number {
  return day - isoWeekday(day) + 1
}
