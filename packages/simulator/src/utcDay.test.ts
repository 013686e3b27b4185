import { describe, expect, it } from 'vitest'
import {
  dayFromParts,
  dayOf,
  dayToIso,
  dayToTimestamp,
  isoWeekday,
  monthEndDay,
  monthOfDay,
  monthStartDay,
  parseIsoDay,
  weekStartDay,
} from './utcDay'

describe('utcDay', () => {
  it('round-trips ISO dates and truncates instants to the UTC day', () => {
    const day = parseIsoDay('2026-02-28')!
    expect(dayToIso(day)).toBe('2026-02-28')
    expect(dayToTimestamp(day)).toBe('2026-02-28T00:00:00.000Z')
    expect(dayOf(new Date('2026-02-28T23:59:59.999Z'))).toBe(day)
    expect(dayOf(new Date('2026-03-01T00:00:00.000Z'))).toBe(day + 1)
    expect(dayFromParts(2026, 1, 28)).toBe(day)
  })

  it('rejects malformed and impossible dates', () => {
    for (const bad of [
      '2026-02-30',
      '2026-13-01',
      '26-01-01',
      '2026-1-1',
      '2026-01-01T00:00:00Z',
      '',
    ]) {
      expect(parseIsoDay(bad)).toBeUndefined()
    }
    expect(parseIsoDay('2024-02-29')).toBeDefined()
  })

  it('knows months and ISO weeks', () => {
    const day = parseIsoDay('2026-01-15')!
    const month = monthOfDay(day)
    expect(dayToIso(monthStartDay(month))).toBe('2026-01-01')
    expect(dayToIso(monthEndDay(month))).toBe('2026-01-31')
    expect(dayToIso(monthEndDay(month + 1))).toBe('2026-02-28')
    expect(isoWeekday(parseIsoDay('2026-01-05')!)).toBe(1) // a Monday
    expect(isoWeekday(parseIsoDay('2026-01-04')!)).toBe(7) // a Sunday
    expect(dayToIso(weekStartDay(parseIsoDay('2026-01-04')!))).toBe('2025-12-29')
    expect(dayToIso(weekStartDay(parseIsoDay('1969-12-31')!))).toBe('1969-12-29')
  })
})
