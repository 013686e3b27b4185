import { describe, expect, it } from 'vitest'
import { creditRow } from '../../test/rows.ts'
import { toPrepaidCredits } from './prepaidCredits.ts'

const range = { from: '2026-01-01', to: '2026-04-30' }
const now = new Date('2026-04-10T12:00:00Z')

describe('toPrepaidCredits', () => {
  const rows = [
    creditRow('2026-01-01', { purchased: 100_000, offered: 10_000, consumed: 20_000 }),
    creditRow('2026-02-01', { consumed: 28_000, voided: 2_000 }),
    creditRow('2026-03-01', { consumed: 31_000 }),
    creditRow('2026-04-01', { consumed: 5_000 }),
  ]

  it('tracks flows and the running balance', () => {
    const result = toPrepaidCredits(rows, {
      range,
      granularity: 'month',
      now,
      openingBalanceCents: 50_000,
    })
    expect(result.points.map((point) => [point.net, point.balance])).toEqual([
      [90_000, 140_000],
      [-30_000, 110_000],
      [-31_000, 79_000],
      [-5_000, 74_000],
    ])
    expect(result.totals).toEqual({
      purchased: 100_000,
      offered: 10_000,
      consumed: 84_000,
      voided: 2_000,
      net: 24_000,
    })
    expect(result.points[0]!.credits.purchased).toBe(1000)
    expect(result.balance).toBe(74_000)
  })

  it('burns at the trailing complete rate and estimates the run-out date', () => {
    const result = toPrepaidCredits(rows, {
      range,
      granularity: 'month',
      now,
      openingBalanceCents: 50_000,
    })
    // April is partial; March (31 days) covers the 30-day window: 31,000 / 31 = 1,000 a day.
    expect(result.burnRatePerDay).toBe(1000)
    // 74,000 left at 1,000 a day, counted from today (2026-04-10).
    expect(result.runOut).toEqual({ kind: 'date', date: '2026-06-23', days: 74 })
    const wider = toPrepaidCredits(rows, { range, granularity: 'month', now, burnWindowDays: 45 })
    expect(wider.burnRatePerDay).toBeCloseTo((31_000 + 28_000) / (31 + 28))
  })

  it('says when the balance is gone, not burning, or unknown', () => {
    expect(toPrepaidCredits(rows, { range, granularity: 'month', now }).runOut).toMatchObject({
      kind: 'date',
    })
    expect(
      toPrepaidCredits(rows, { range, granularity: 'month', now, openingBalanceCents: -30_000 })
        .runOut,
    ).toEqual({
      kind: 'depleted',
    })
    const idle = [creditRow('2026-01-01', { purchased: 5_000 })]
    expect(toPrepaidCredits(idle, { range, granularity: 'month', now }).runOut).toEqual({
      kind: 'notBurning',
    })
    const early = new Date('2026-01-10T00:00:00Z')
    expect(toPrepaidCredits(idle, { range, granularity: 'month', now: early }).runOut).toEqual({
      kind: 'unknown',
    })
  })
})
