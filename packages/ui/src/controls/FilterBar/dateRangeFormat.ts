import { instantOfDateKey, type DateKey } from '@lago-analytics/core'

/** A calendar day as a local `Date` (what the calendar shows). */
export function localDate(key: DateKey): Date {
  const [year, month, day] = key.split('-').map(Number) as [number, number, number]
  return new Date(year, month - 1, day)
}

/** A local `Date` of the calendar back to its calendar day. */
export function dateKey(date: Date): DateKey {
  const pad = (value: number) => String(value).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` as DateKey
}

export function formatRange(locale: string, from: DateKey, to: DateKey): string {
  const format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' })
  return from === to
    ? format.format(instantOfDateKey(from))
    : format.formatRange(instantOfDateKey(from), instantOfDateKey(to))
}
