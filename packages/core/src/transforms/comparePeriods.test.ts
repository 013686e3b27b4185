import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { revenueRow } from '../../test/rows.ts'
import { addDays, fromDayNumber, toDayNumber } from '../time/dateKey.ts'
import { compareSeries, comparePeriods, compareValues, seriesOf } from './comparePeriods.ts'
import { toRevenueStreams } from './revenueStreams.ts'

describe('compareValues', () => {
  it('gives absolute and relative change', () => {
    expect(compareValues(150, 100)).toEqual({
      kind: 'change',
      current: 150,
      baseline: 100,
      absolute: 50,
      ratio: 0.5,
    })
    // A loss shrinking from −100 to −50 is an improvement: +50 %.
    expect(compareValues(-50, -100)).toMatchObject({ absolute: 50, ratio: 0.5 })
  })

  it('returns an explicit no-baseline result instead of Infinity or NaN', () => {
    expect(compareValues(100, 0)).toEqual({
      kind: 'noBaseline',
      current: 100,
      baseline: 0,
      absolute: 100,
      reason: 'zero',
    })
    expect(compareValues(0, 0)).toMatchObject({ kind: 'noBaseline', reason: 'zero' })
    expect(compareValues(100, null)).toEqual({
      kind: 'noBaseline',
      current: 100,
      baseline: null,
      absolute: null,
      reason: 'missing',
    })
    expect(compareValues(100, Number.NaN)).toMatchObject({ reason: 'missing' })
  })

  it('never yields a non-finite number (property)', () => {
    fc.assert(
      fc.property(fc.integer(), fc.option(fc.integer(), { nil: null }), (current, baseline) => {
        const result = compareValues(current, baseline)
        for (const value of Object.values(result)) {
          if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true)
        }
      }),
    )
  })
})

/** One value per day: the day number, so sums are easy to check. */
const daily = (from: string, days: number) =>
  Array.from({ length: days }, (_, i) => ({ start: addDays(from, i), value: i + 1 }))

describe('comparePeriods', () => {
  const values = daily('2025-01-01', 730) // 2025-01-01 … 2026-12-31

  it('against the previous period', () => {
    const result = comparePeriods(values, {
      range: { from: '2026-03-01', to: '2026-03-31' },
      previous: 'period',
    })
    expect(result.baselineRange).toEqual({ from: '2026-02-01', to: '2026-02-28' })
    const sum = (from: string, to: string) =>
      values.filter((v) => v.start >= from && v.start <= to).reduce((s, v) => s + v.value, 0)
    expect(result.comparison).toMatchObject({
      kind: 'change',
      current: sum('2026-03-01', '2026-03-31'),
      baseline: sum('2026-02-01', '2026-02-28'),
    })
  })

  it('against the same period last year, and with balances', () => {
    const result = comparePeriods(values, {
      range: { from: '2026-01-01', to: '2026-06-30' },
      previous: 'year',
      aggregate: 'last',
    })
    expect(result.baselineRange).toEqual({ from: '2025-01-01', to: '2025-06-30' })
    expect(result.comparison).toMatchObject({ current: 365 + 181, baseline: 181, absolute: 365 })
  })

  it('says "missing" when the baseline has no data', () => {
    const result = comparePeriods(values, {
      range: { from: '2025-01-01', to: '2025-01-31' },
      previous: 'year',
    })
    expect(result.comparison).toMatchObject({ kind: 'noBaseline', reason: 'missing' })
  })

  it('works on transform points', () => {
    const streams = toRevenueStreams(
      [
        revenueRow('2026-01-01', { subscriptionFeeAmountCents: 100 }),
        revenueRow('2026-02-01', { subscriptionFeeAmountCents: 150 }),
      ],
      {
        range: { from: '2026-01-01', to: '2026-02-28' },
        granularity: 'month',
        now: new Date('2026-03-05T00:00:00Z'),
      },
    )
    const result = comparePeriods(
      seriesOf(streams.points, (p) => p.net),
      {
        range: { from: '2026-02-01', to: '2026-02-28' },
        previous: 'period',
      },
    )
    expect(result.comparison).toMatchObject({ kind: 'change', absolute: 50, ratio: 0.5 })
  })
})

describe('compareSeries', () => {
  it('lines up bucket i with bucket i of the baseline', () => {
    const values = daily('2025-01-01', 730)
    const points = compareSeries(values, {
      range: { from: '2026-01-01', to: '2026-03-31' },
      granularity: 'month',
      previous: 'year',
    })
    expect(points.map((p) => [p.bucket.start, p.baselineBucket?.start])).toEqual([
      ['2026-01-01', '2025-01-01'],
      ['2026-02-01', '2025-02-01'],
      ['2026-03-01', '2025-03-01'],
    ])
    // Each 2026 day is worth 365 more than its 2025 twin.
    expect(points[0]!.comparison).toMatchObject({ kind: 'change', absolute: 31 * 365 })
    expect(points[1]!.comparison).toMatchObject({ kind: 'change', absolute: 28 * 365 })
  })

  it('marks buckets with no baseline data as missing', () => {
    const values = daily('2026-01-01', 90)
    const points = compareSeries(values, {
      range: { from: '2026-02-01', to: '2026-03-31' },
      granularity: 'month',
      previous: 'period',
    })
    // Feb–Mar against Dec–Jan: December has no data at all.
    expect(points[0]!.baselineBucket).toEqual({ start: '2025-12-01', end: '2025-12-31' })
    expect(points[0]!.comparison).toMatchObject({
      kind: 'noBaseline',
      reason: 'missing',
      baseline: null,
    })
    expect(points[1]!.comparison.kind).toBe('change')
    const early = compareSeries(values, {
      range: { from: '2026-01-01', to: '2026-01-31' },
      granularity: 'day',
      previous: 'period',
    })
    expect(early.every((p) => p.comparison.kind === 'noBaseline')).toBe(true)
  })

  it('handles ten years of daily buckets', () => {
    const start = toDayNumber('2016-01-01')
    const values = Array.from({ length: 3653 }, (_, i) => ({
      start: fromDayNumber(start + i),
      value: 1,
    }))
    const points = compareSeries(values, {
      range: { from: '2021-01-01', to: '2025-12-31' },
      granularity: 'day',
      previous: 'year',
    })
    expect(points).toHaveLength(1826)
    expect(points.every((p) => p.comparison.kind === 'change' && p.comparison.absolute === 0)).toBe(
      true,
    )
  })
})
