import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { InvalidDateError } from '../errors.ts'
import {
  addDays,
  addMonths,
  dateKeyOfInstant,
  daysBetweenInclusive,
  fromDayNumber,
  instantOfDateKey,
  isDateKey,
  isoWeekday,
  toDayNumber,
} from './dateKey.ts'

const MS_PER_DAY = 86_400_000
/** Day numbers from 1900-01-01 to 2199-12-31. */
const dayNumbers = fc.integer({ min: -25_567, max: 84_005 })

describe('date keys', () => {
  it('agree with Date.UTC on every day (property)', () => {
    fc.assert(
      fc.property(dayNumbers, (n) => {
        const key = fromDayNumber(n)
        expect(key).toBe(new Date(n * MS_PER_DAY).toISOString().slice(0, 10))
        expect(toDayNumber(key)).toBe(n)
        expect(isoWeekday(key)).toBe(((new Date(n * MS_PER_DAY).getUTCDay() + 6) % 7) + 1)
      }),
    )
  })

  it.each([
    '2026-02-29',
    '2026-13-01',
    '2026-00-10',
    '2026-1-01',
    '26-01-01',
    '2026-01-01T00:00',
    20260101,
  ])('rejects %j', (value) => {
    expect(isDateKey(value)).toBe(false)
    expect(() => toDayNumber(value as string)).toThrow(InvalidDateError)
  })

  it('accepts leap days', () => {
    expect(isDateKey('2024-02-29')).toBe(true)
    expect(isDateKey('2000-02-29')).toBe(true)
    expect(isDateKey('1900-02-29')).toBe(false)
  })

  it('adds days and months on the calendar', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29')
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31')
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29')
    expect(addMonths('2024-01-31', 13)).toBe('2025-02-28')
    expect(addMonths('2023-02-28', 1)).toBe('2023-03-28')
    expect(addMonths('2023-02-28', 1, { keepMonthEnd: true })).toBe('2023-03-31')
    expect(addMonths('2026-01-15', -14)).toBe('2024-11-15')
    expect(daysBetweenInclusive('2026-01-01', '2026-12-31')).toBe(365)
  })

  it('reads the UTC day of an instant, whatever the local zone', () => {
    expect(dateKeyOfInstant(new Date('2026-03-01T23:59:59.999-08:00'))).toBe('2026-03-02')
    expect(dateKeyOfInstant(new Date('2026-03-01T00:30:00+05:30'))).toBe('2026-02-28')
    expect(instantOfDateKey('2026-03-02').toISOString()).toBe('2026-03-02T00:00:00.000Z')
    expect(() => dateKeyOfInstant(new Date(Number.NaN))).toThrow(InvalidDateError)
  })
})
