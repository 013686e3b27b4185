import { describe, expect, it } from 'vitest'
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
