import { describe, expect, it } from 'vitest'
import { mrrRow, revenueRow, usageRow } from '../../test/rows.ts'
import { InvalidGranularityError } from '../errors.ts'
import { rollup } from './rollup.ts'

describe('rollup', () => {
  it('sums flows from months into quarters', () => {
    const rows = [1, 2, 3, 4, 5].map((month) =>
      revenueRow(`2026-0${month}-01`, { subscriptionFeeAmountCents: month * 100 }),
    )
    const quarters = rollup(rows, {
      range: { from: '2026-01-01', to: '2026-06-30' },
      granularity: 'quarter',
      measures: { subscriptionFeeAmountCents: 'sum', grossRevenueAmountCents: 'sum' },
    })
    expect(
      quarters.map((row) => [row.startOfPeriodDt, row.endOfPeriodDt, row.grossRevenueAmountCents]),
    ).toEqual([
      ['2026-01-01', '2026-03-31', 600],
      ['2026-04-01', '2026-06-30', 900],
    ])
  })

  it('takes opening and closing balances for MRR, whatever the input order', () => {
    const rows = [
      mrrRow('2026-03-01', 1300, { new: 100 }),
      mrrRow('2026-01-01', 1000, { new: 200 }),
      mrrRow('2026-02-01', 1200, { expansion: 150, churn: -50 }),
    ]
    const [quarter] = rollup(rows, {
      range: { from: '2026-01-01', to: '2026-03-31' },
      granularity: 'quarter',
      measures: {
        startingMrr: 'first',
        endingMrr: 'last',
        mrrNew: 'sum',
        mrrExpansion: 'sum',
        mrrContraction: 'sum',
        mrrChurn: 'sum',
        mrrChange: 'sum',
      },
    })
    expect(quarter).toMatchObject({
      startingMrr: 1000,
      endingMrr: 1400,
      mrrNew: 300,
      mrrExpansion: 150,
      mrrChurn: -50,
      mrrChange: 400,
    })
  })

  it('groups by a dimension and computes min/max', () => {
    const rows = [
      usageRow('2026-01-01', 'api', 10, 100),
      usageRow('2026-01-02', 'api', 30, 300),
      usageRow('2026-01-02', 'storage', 5, 50),
    ]
    const weeks = rollup(rows, {
      range: { from: '2025-12-29', to: '2026-01-04' },
      granularity: 'week',
      measures: { units: 'max', amountCents: 'min' },
      groupBy: ['billableMetricCode'],
    })
    expect(weeks.map((row) => [row.billableMetricCode, row.units, row.amountCents])).toEqual([
      ['api', 30, 100],
      ['storage', 5, 50],
    ])
    expect(weeks[0]!.startOfPeriodDt).toBe('2025-12-29')
  })

  it('rolls legacy month rows into years', () => {
    const rows = [
      { month: '2025-12-01', currency: 'EUR', amountCents: 5 },
      { month: '2026-01-01', currency: 'EUR', amountCents: 7 },
      { month: '2026-02-01', currency: 'EUR', amountCents: 11 },
    ]
    expect(
      rollup(rows, {
        range: { from: '2025-01-01', to: '2026-12-31' },
        granularity: 'year',
        measures: { amountCents: 'sum' },
      }),
    ).toEqual([
      { month: '2025-01-01', currency: 'EUR', amountCents: 5 },
      { month: '2026-01-01', currency: 'EUR', amountCents: 18 },
    ])
  })

  it('refuses weeks that straddle months', () => {
    const week = { ...usageRow('2026-01-26', 'api', 1, 1, 'week') }
    expect(() =>
      rollup([week], {
        range: { from: '2026-01-01', to: '2026-02-28' },
        granularity: 'month',
        measures: { units: 'sum' },
      }),
    ).toThrow(InvalidGranularityError)
  })
})
