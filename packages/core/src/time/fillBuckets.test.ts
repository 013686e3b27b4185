import type { MrrMovementRow, RevenueStreamRow, UsageRow } from '@lago-analytics/client'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { mrrRow, revenueRow, usageRow } from '../../test/rows.ts'
import { InvalidGranularityError } from '../errors.ts'
import { addDays, fromDayNumber } from './dateKey.ts'
import { bucketsInRange, bucketStart } from './bucket.ts'
import { fillBuckets } from './fillBuckets.ts'
import { GRANULARITIES } from './granularity.ts'
import { zeroRow } from './zeroRow.ts'

describe('fillBuckets', () => {
  const range = { from: '2026-01-01', to: '2026-06-30' }

  it('fills missing months with typed zero rows, in order', () => {
    const rows = [
      revenueRow('2026-04-01', { subscriptionFeeAmountCents: 400 }),
      revenueRow('2026-02-01', { subscriptionFeeAmountCents: 200 }),
    ]
    const filled = fillBuckets(rows, {
      range,
      granularity: 'month',
      zero: (bucket) => zeroRow('revenueStreams', bucket, 'EUR'),
    })
    expect(filled.map((row) => row.startOfPeriodDt)).toEqual([
      '2026-01-01',
      '2026-02-01',
      '2026-03-01',
      '2026-04-01',
      '2026-05-01',
      '2026-06-01',
    ])
    expect(filled.map((row) => row.grossRevenueAmountCents)).toEqual([0, 200, 0, 400, 0, 0])
    const zero: RevenueStreamRow = filled[0]!
    expect(zero).toMatchObject({
      endOfPeriodDt: '2026-01-31',
      currency: 'EUR',
      netRevenueAmountCents: 0,
    })
  })

  it('carries MRR balances forward through empty periods', () => {
    const rows = [mrrRow('2026-02-01', 1000, { new: 500 })]
    const filled = fillBuckets<MrrMovementRow>(rows, {
      range: { from: '2026-01-01', to: '2026-04-30' },
      granularity: 'month',
      zero: (bucket, previous) => zeroRow('mrrMovements', bucket, 'EUR', previous),
    })
    expect(filled.map((row) => [row.startingMrr, row.endingMrr])).toEqual([
      [0, 0],
      [1000, 1500],
      [1500, 1500],
      [1500, 1500],
    ])
  })

  it('keeps several rows per bucket and drops rows outside the range', () => {
    const rows = [
      usageRow('2026-01-02', 'api_calls', 10, 100),
      usageRow('2026-01-02', 'storage', 1, 50),
      usageRow('2025-12-31', 'api_calls', 99, 999),
      usageRow('2026-01-04', 'api_calls', 5, 10),
    ]
    const filled = fillBuckets<UsageRow>(rows, {
      range: { from: '2026-01-01', to: '2026-01-04' },
      granularity: 'day',
      zero: (bucket) => ({ ...usageRow(bucket.start, '', 0, 0) }),
    })
    expect(filled.map((row) => `${row.startOfPeriodDt}:${row.billableMetricCode}`)).toEqual([
      '2026-01-01:',
      '2026-01-02:api_calls',
      '2026-01-02:storage',
      '2026-01-03:',
      '2026-01-04:api_calls',
    ])
  })

  it('rejects rows coarser than the granularity', () => {
    expect(() =>
      fillBuckets([revenueRow('2026-01-01', {})], {
        range,
        granularity: 'day',
        zero: (bucket) => zeroRow('revenueStreams', bucket, 'EUR'),
      }),
    ).toThrow(InvalidGranularityError)
  })

  it('gap-fills legacy month rows', () => {
    const filled = fillBuckets([{ month: '2026-02-01', currency: 'EUR', amountCents: 7 }], {
      range: { from: '2026-01-01', to: '2026-03-31' },
      granularity: 'month',
      zero: (bucket) => zeroRow('mrr', bucket, 'EUR'),
    })
    expect(filled).toEqual([
      { month: '2026-01-01', currency: 'EUR', amountCents: 0 },
      { month: '2026-02-01', currency: 'EUR', amountCents: 7 },
      { month: '2026-03-01', currency: 'EUR', amountCents: 0 },
    ])
  })

  it('yields a contiguous, complete series for any data (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 19_000, max: 21_000 }).map(fromDayNumber),
        fc.integer({ min: 0, max: 400 }),
        fc.constantFrom(...GRANULARITIES),
        fc.array(fc.tuple(fc.integer({ min: -30, max: 430 }), fc.integer({ min: 0, max: 1e6 }))),
        (from, length, granularity, points) => {
          const range = { from, to: addDays(from, length) }
          const rows = points.map(([offset, amount]) => ({
            ...usageRow(addDays(from, offset), 'm', 1, amount),
          }))
          const filled = fillBuckets(rows, {
            range,
            granularity: granularity === 'week' ? 'week' : granularity,
            zero: (bucket) => ({ ...usageRow(bucket.start, '', 0, 0) }),
          })
          const buckets = bucketsInRange(range, granularity)
          const starts = [
            ...new Set(filled.map((row) => bucketStart(row.startOfPeriodDt, granularity))),
          ]
          // Every bucket, in order, none missing, none extra.
          expect(starts).toEqual(buckets.map((bucket) => bucket.start))
          // Nothing inside the range is lost.
          const inside = rows.filter(
            (row) => row.startOfPeriodDt >= range.from && row.startOfPeriodDt <= range.to,
          )
          const sum = (list: { amountCents: number }[]) =>
            list.reduce((s, r) => s + r.amountCents, 0)
          expect(sum(filled)).toBe(sum(inside))
        },
      ),
      { numRuns: 100 },
    )
  })
})
