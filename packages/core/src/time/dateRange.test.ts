import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { InvalidRangeError } from '../errors.ts'
import {
  alignmentOf,
  DATE_RANGE_PRESETS,
  isDateRange,
  previousPeriod,
  rangeLengthInDays,
  resolveDateRange,
  samePeriodLastYear,
  type DateRangePreset,
} from './dateRange.ts'

// 2026-05-14 is a Thursday; 23:30 UTC is already the 15th in Kolkata and Chatham.
const now = new Date('2026-05-14T23:30:00Z')

describe('resolveDateRange', () => {
  it.each([
    ['last7Days', '2026-05-08', '2026-05-14'],
    ['last30Days', '2026-04-15', '2026-05-14'],
    ['last90Days', '2026-02-14', '2026-05-14'],
    ['monthToDate', '2026-05-01', '2026-05-14'],
    ['quarterToDate', '2026-04-01', '2026-05-14'],
    ['yearToDate', '2026-01-01', '2026-05-14'],
    ['last12Months', '2025-06-01', '2026-05-14'],
    ['previousMonth', '2026-04-01', '2026-04-30'],
    ['previousQuarter', '2026-01-01', '2026-03-31'],
    ['previousYear', '2025-01-01', '2025-12-31'],
  ] as const)('%s at %s', (preset, from, to) => {
    expect(resolveDateRange({ preset }, { now })).toEqual({ from, to })
  })

  it('covers every preset', () => {
    for (const preset of DATE_RANGE_PRESETS) {
      expect(isDateRange(resolveDateRange({ preset }, { now }))).toBe(true)
    }
  })

  it('keeps valid custom ranges and rejects others', () => {
    expect(
      resolveDateRange({ preset: 'custom', from: '2026-01-01', to: '2026-01-31' }, { now }),
    ).toEqual({
      from: '2026-01-01',
      to: '2026-01-31',
    })
    expect(() =>
      resolveDateRange({ preset: 'custom', from: '2026-02-01', to: '2026-01-31' }, { now }),
    ).toThrow(InvalidRangeError)
    expect(() => resolveDateRange({ preset: 'last7Days' }, { now: new Date('nope') })).toThrow(
      InvalidRangeError,
    )
  })

  it('handles year ends and leap days', () => {
    const newYear = new Date('2025-01-01T00:00:00Z')
    expect(resolveDateRange({ preset: 'previousMonth' }, { now: newYear })).toEqual({
      from: '2024-12-01',
      to: '2024-12-31',
    })
    const leap = new Date('2024-03-31T12:00:00Z')
    expect(resolveDateRange({ preset: 'previousMonth' }, { now: leap })).toEqual({
      from: '2024-02-01',
      to: '2024-02-29',
    })
  })

  it('agrees with Date.UTC calendar math at every instant (property)', () => {
    const DAY = 86_400_000
    const key = (ms: number) => new Date(ms).toISOString().slice(0, 10)
    fc.assert(
      fc.property(fc.integer({ min: -2e12, max: 6e12 }), (ms) => {
        const now = new Date(ms)
        const [y, m] = [now.getUTCFullYear(), now.getUTCMonth()]
        const today = key(ms)
        const q = m - (m % 3)
        const expected: Record<DateRangePreset, [number, number | string]> = {
          last7Days: [ms - 6 * DAY, today],
          last30Days: [ms - 29 * DAY, today],
          last90Days: [ms - 89 * DAY, today],
          monthToDate: [Date.UTC(y, m, 1), today],
          quarterToDate: [Date.UTC(y, q, 1), today],
          yearToDate: [Date.UTC(y, 0, 1), today],
          last12Months: [Date.UTC(y, m - 11, 1), today],
          previousMonth: [Date.UTC(y, m - 1, 1), Date.UTC(y, m, 0)],
          previousQuarter: [Date.UTC(y, q - 3, 1), Date.UTC(y, q, 0)],
          previousYear: [Date.UTC(y - 1, 0, 1), Date.UTC(y - 1, 11, 31)],
        }
        for (const preset of DATE_RANGE_PRESETS) {
          const [from, to] = expected[preset]
          expect(resolveDateRange({ preset }, { now }), preset).toEqual({
            from: key(from),
            to: typeof to === 'string' ? to : key(to),
          })
        }
      }),
    )
  })

  it('resolves presets at quarter and year boundaries', () => {
    const at = (iso: string, preset: DateRangePreset) =>
      resolveDateRange({ preset }, { now: new Date(iso) })
    expect(at('2026-04-01T00:00:00Z', 'previousQuarter')).toEqual({
      from: '2026-01-01',
      to: '2026-03-31',
    })
    expect(at('2026-03-31T23:59:59.999Z', 'quarterToDate')).toEqual({
      from: '2026-01-01',
      to: '2026-03-31',
    })
    expect(at('2026-01-15T00:00:00Z', 'previousQuarter')).toEqual({
      from: '2025-10-01',
      to: '2025-12-31',
    })
    expect(at('2024-02-29T12:00:00Z', 'last12Months')).toEqual({
      from: '2023-03-01',
      to: '2024-02-29',
    })
    expect(at('2025-03-01T00:00:00Z', 'last7Days')).toEqual({
      from: '2025-02-23',
      to: '2025-03-01',
    })
    expect(at('2024-03-01T00:00:00Z', 'previousMonth')).toEqual({
      from: '2024-02-01',
      to: '2024-02-29',
    })
    expect(at('2025-01-01T00:00:00Z', 'previousYear')).toEqual({
      from: '2024-01-01',
      to: '2024-12-31',
    })
  })
})

describe('previousPeriod', () => {
  it('steps back the same number of days for day ranges', () => {
    expect(previousPeriod({ from: '2026-04-15', to: '2026-05-14' })).toEqual({
      from: '2026-03-16',
      to: '2026-04-14',
    })
  })

  it('steps back whole months for month-based ranges', () => {
    expect(previousPeriod({ from: '2026-03-01', to: '2026-03-31' })).toEqual({
      from: '2026-02-01',
      to: '2026-02-28',
    })
    expect(previousPeriod({ from: '2026-04-01', to: '2026-06-30' })).toEqual({
      from: '2026-01-01',
      to: '2026-03-31',
    })
    expect(previousPeriod({ from: '2026-02-01', to: '2026-02-28' })).toEqual({
      from: '2026-01-01',
      to: '2026-01-31',
    })
  })

  it('compares month-to-date with the same days of the previous month', () => {
    const mtd = { from: '2026-03-01', to: '2026-03-15' }
    expect(previousPeriod(mtd, { alignment: 'calendar' })).toEqual({
      from: '2026-02-01',
      to: '2026-02-15',
    })
    expect(previousPeriod(mtd, { alignment: 'auto' })).toEqual({
      from: '2026-02-14',
      to: '2026-02-28',
    })
    expect(alignmentOf({ preset: 'monthToDate' })).toBe('calendar')
    expect(alignmentOf({ preset: 'last30Days' })).toBe('days')
  })

  it('maps the same period last year, leap days included', () => {
    expect(samePeriodLastYear({ from: '2024-02-29', to: '2024-03-10' })).toEqual({
      from: '2023-02-28',
      to: '2023-03-10',
    })
    expect(samePeriodLastYear({ from: '2025-02-01', to: '2025-02-28' })).toEqual({
      from: '2024-02-01',
      to: '2024-02-29',
    })
    expect(rangeLengthInDays({ from: '2024-01-01', to: '2024-12-31' })).toBe(366)
  })
})
