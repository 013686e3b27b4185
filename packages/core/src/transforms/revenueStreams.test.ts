import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { revenueRow } from '../../test/rows.ts'
import { CurrencyMismatchError } from '../errors.ts'
import { CONTRA_ITEMS, GROSS_STREAMS, toRevenueStreams } from './revenueStreams.ts'

const now = new Date('2026-03-14T12:00:00Z')
const options = {
  range: { from: '2026-01-01', to: '2026-03-31' },
  granularity: 'month' as const,
  now,
}

describe('toRevenueStreams', () => {
  const rows = [
    revenueRow('2026-01-01', {
      subscriptionFeeAmountCents: 10_000,
      usageBasedFeeAmountCents: 5_000,
      commitmentFeeAmountCents: 1_000,
      oneOffFeeAmountCents: 4_000,
      couponsAmountCents: 500,
      creditNotesCreditsAmountCents: 300,
      prepaidCreditsAmountCents: 200,
    }),
    revenueRow('2026-03-01', { subscriptionFeeAmountCents: 2_000, freeCreditsAmountCents: 100 }),
  ]

  it('stacks gross streams, contra items and net per bucket, gap-filled', () => {
    const result = toRevenueStreams(rows, { ...options, locale: 'en-US' })
    expect(result.currency).toBe('EUR')
    expect(result.points.map((point) => point.label)).toEqual(['Jan 2026', 'Feb 2026', 'Mar 2026'])
    const [january, february, march] = result.points
    expect(january!.gross).toEqual({
      subscription: 10_000,
      usageBased: 5_000,
      commitment: 1_000,
      oneOff: 4_000,
      other: 0,
      total: 20_000,
    })
    expect(january!.contra).toMatchObject({
      coupons: 500,
      creditNotes: 300,
      prepaidCredits: 200,
      total: 1_000,
    })
    expect(january!.net).toBe(19_000)
    expect(february!.gross.total).toBe(0)
    expect(february!.net).toBe(0)
    expect(march!.net).toBe(1_900)
    expect(march!.partial).toBe(true)
    expect(january!.partial).toBe(false)
  })

  it('computes totals and each stream’s share of gross', () => {
    const { totals, shares } = toRevenueStreams(rows, options)
    expect(totals.gross.total).toBe(22_000)
    expect(totals.net).toBe(20_900)
    expect(shares.gross.subscription).toBeCloseTo(12_000 / 22_000)
    expect(shares.gross.oneOff).toBeCloseTo(4_000 / 22_000)
    expect(shares.contra.coupons).toBeCloseTo(500 / 22_000)
    expect(shares.net).toBeCloseTo(20_900 / 22_000)
  })

  it('reports an unexplained remainder as "other", so stacks reach the totals', () => {
    const odd = revenueRow('2026-01-01', {
      subscriptionFeeAmountCents: 100,
      grossRevenueAmountCents: 150,
      couponsAmountCents: 10,
      contraRevenueAmountCents: 25,
    })
    const [point] = toRevenueStreams([odd], options).points
    expect(point!.gross.other).toBe(50)
    expect(point!.contra.other).toBe(15)
  })

  it('has no shares (null, not NaN) when there is no revenue', () => {
    const result = toRevenueStreams([], { ...options, currency: 'usd' })
    expect(result.currency).toBe('USD')
    expect(result.shares.gross.subscription).toBeNull()
    expect(result.points).toHaveLength(3)
  })

  it('refuses to mix currencies', () => {
    expect(() =>
      toRevenueStreams([...rows, revenueRow('2026-02-01', { currency: 'USD' })], options),
    ).toThrow(CurrencyMismatchError)
    expect(() => toRevenueStreams(rows, { ...options, currency: 'USD' })).toThrow(
      CurrencyMismatchError,
    )
  })

  it('rolls daily rows into quarters', () => {
    const daily = [
      revenueRow('2026-01-05', { subscriptionFeeAmountCents: 1 }, 'day'),
      revenueRow('2026-03-31', { subscriptionFeeAmountCents: 2 }, 'day'),
      revenueRow('2026-04-01', { subscriptionFeeAmountCents: 4 }, 'day'),
    ]
    const result = toRevenueStreams(daily, {
      range: { from: '2026-01-01', to: '2026-06-30' },
      granularity: 'quarter',
      now,
    })
    expect(result.points.map((point) => point.gross.subscription)).toEqual([3, 4])
  })

  it('bucket stacks always add up to the range totals (property)', () => {
    const amount = fc.integer({ min: 0, max: 1e9 })
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            month: fc.integer({ min: 1, max: 3 }),
            subscriptionFeeAmountCents: amount,
            usageBasedFeeAmountCents: amount,
            oneOffFeeAmountCents: amount,
            couponsAmountCents: amount,
          }),
        ),
        (specs) => {
          const input = specs.map(({ month, ...parts }) => revenueRow(`2026-0${month}-01`, parts))
          const result = toRevenueStreams(input, options)
          for (const point of result.points) {
            const stack = GROSS_STREAMS.reduce((sum, key) => sum + point.gross[key], 0)
            expect(stack).toBe(point.gross.total)
            expect(CONTRA_ITEMS.reduce((sum, key) => sum + point.contra[key], 0)).toBe(
              point.contra.total,
            )
            expect(point.gross.total - point.contra.total).toBe(point.net)
          }
          const sum = (pick: (row: (typeof input)[number]) => number) =>
            input.reduce((s, row) => s + pick(row), 0)
          expect(result.totals.gross.total).toBe(sum((row) => row.grossRevenueAmountCents))
          expect(result.totals.net).toBe(sum((row) => row.netRevenueAmountCents))
        },
      ),
      { numRuns: 100 },
    )
  })
})
