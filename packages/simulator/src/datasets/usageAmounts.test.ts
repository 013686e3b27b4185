import type { WireUsageAggregatedAmountRow, WireUsageRow } from '@lago-analytics/client/wire'
import { describe, expect, it } from 'vitest'
import { CURRENCY_CODES, getData, simulatorFor, type Params } from '../../test/helpers'

const sim = simulatorFor()

describe('usages/aggregated_amounts', () => {
  it('equals the per-metric usage summed per bucket, for several filters and granularities', async () => {
    const filters: Params[] = [
      {},
      { customer_type: 'company' },
      { is_billable_metric_recurring: true },
      { plan_code: 'scale_monthly' },
      { customer_country: 'JP', time_granularity: 'weekly' },
      { time_granularity: 'daily', from_date: '2026-10-01' },
    ]
    for (const filter of filters)
      for (const currency of [undefined, ...CURRENCY_CODES]) {
        const params = { ...filter, currency }
        const perMetric = await getData<WireUsageRow[]>(sim, 'usages', params)
        const amounts = await getData<WireUsageAggregatedAmountRow[]>(
          sim,
          'usages/aggregated_amounts',
          params,
        )
        const expected = new Map<string, number>()
        for (const row of perMetric) {
          const key = `${row.start_of_period_dt}|${row.amount_currency}`
          expected.set(key, (expected.get(key) ?? 0) + Number(row.amount_cents))
        }
        const actual = new Map(
          amounts.map((r) => [
            `${r.start_of_period_dt}|${r.amount_currency}`,
            Number(r.amount_cents),
          ]),
        )
        for (const [key, value] of expected) if (value !== 0) expect(actual.get(key)).toBe(value)
        for (const [key, value] of actual) expect(expected.get(key) ?? 0).toBe(value)
      }
  })
})
