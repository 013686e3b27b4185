import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { InvalidDateError } from '../errors.ts'
import { formatBucket, formatInstant, isoWeekLabel } from './formatBucket.ts'

const plain = (text: string) => text.replace(/\s/g, ' ')

describe('formatBucket', () => {
  it('labels each granularity in the locale', () => {
    expect(
      formatBucket({ start: '2026-03-05', end: '2026-03-05' }, 'day', { locale: 'en-US' }),
    ).toBe('Mar 5, 2026')
    expect(
      plain(formatBucket({ start: '2026-03-02', end: '2026-03-08' }, 'week', { locale: 'en-US' })),
    ).toBe('Mar 2 – 8, 2026')
    expect(
      formatBucket({ start: '2026-03-01', end: '2026-03-31' }, 'month', {
        locale: 'fr-FR',
        style: 'long',
      }),
    ).toBe('mars 2026')
    expect(
      formatBucket({ start: '2026-04-01', end: '2026-06-30' }, 'quarter', { locale: 'en-US' }),
    ).toBe('Q2 2026')
    expect(
      formatBucket({ start: '2026-01-01', end: '2026-12-31' }, 'year', { locale: 'de-DE' }),
    ).toBe('2026')
  })

  it('labels ISO weeks by ISO week-numbering year', () => {
    expect(isoWeekLabel('2026-12-31')).toBe('2026-W53')
    expect(isoWeekLabel('2027-01-01')).toBe('2026-W53')
    expect(isoWeekLabel('2024-12-30')).toBe('2025-W01')
    expect(isoWeekLabel('2021-01-03')).toBe('2020-W53')
    expect(isoWeekLabel('2021-01-04')).toBe('2021-W01')
    expect(isoWeekLabel('2008-12-29')).toBe('2009-W01')
    expect(isoWeekLabel('2010-01-03')).toBe('2009-W53')
    expect(isoWeekLabel('2004-12-31')).toBe('2004-W53') // leap year starting on a Thursday
    expect(isoWeekLabel('2024-02-29')).toBe('2024-W09')
    expect(isoWeekLabel('1999-01-01')).toBe('1998-W53')
    expect(() => isoWeekLabel('2026-02-30')).toThrow(InvalidDateError)
  })

  it('numbers ISO weeks from the week of January 4 (property)', () => {
    const DAY = 86_400_000
    const monday = (ms: number) => ms - ((new Date(ms).getUTCDay() + 6) % 7) * DAY
    fc.assert(
      fc.property(fc.integer({ min: -25_567, max: 84_005 }), (n) => {
        const ms = n * DAY
        const year = new Date(monday(ms) + 3 * DAY).getUTCFullYear()
        const week = (monday(ms) - monday(Date.UTC(year, 0, 4))) / (7 * DAY) + 1
        const key = new Date(ms).toISOString().slice(0, 10)
        expect(isoWeekLabel(key)).toBe(`${year}-W${String(week).padStart(2, '0')}`)
      }),
    )
  })
})

describe('formatInstant', () => {
  it('uses the display time zone for instants only', () => {
    const instant = new Date('2026-05-14T00:15:00Z')
    expect(
      formatInstant(instant, { locale: 'en-US', timeZone: 'UTC', dateStyle: 'medium' }),
    ).toMatch(/^May 14, 2026.*12:15/)
    expect(
      formatInstant(instant, {
        locale: 'en-US',
        timeZone: 'America/Los_Angeles',
        dateStyle: 'medium',
      }),
    ).toMatch(/^May 13, 2026.*5:15/)
  })
})
