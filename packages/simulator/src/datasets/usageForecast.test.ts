import type {
  WireUsageForecastRow,
  WireUsageAggregatedAmountRow,
} from '@lago-analytics/client/wire'
import { describe, expect, it } from 'vitest'
import { getData, simulatorFor, type Params } from '../../test/helpers'

const sim = simulatorFor()
const n = (value: number | string): number => Number(value)

describe('usages/forecasted', () => {
  it('orders conservative ≤ realistic ≤ optimistic everywhere', async () => {
    for (const params of [
      {},
      { time_granularity: 'daily', from_date: '2026-11-01' },
      { time_granularity: 'weekly' },
      { currency: 'KWD' },
    ] as Params[]) {
      for (const row of await getData<WireUsageForecastRow[]>(sim, 'usages/forecasted', params)) {
        expect(n(row.amount_cents_forecast_conservative)).toBeLessThanOrEqual(
          n(row.amount_cents_forecast_realistic),
        )
        expect(n(row.amount_cents_forecast_realistic)).toBeLessThanOrEqual(
          n(row.amount_cents_forecast_optimistic),
        )
        expect(n(row.units_forecast_conservative)).toBeLessThanOrEqual(
          n(row.units_forecast_realistic),
        )
        expect(n(row.units_forecast_realistic)).toBeLessThanOrEqual(
          n(row.units_forecast_optimistic),
        )
      }
    }
  })

  it('extends to the end of next month by default; the future has forecasts only', async () => {
    const rows = await getData<WireUsageForecastRow[]>(sim, 'usages/forecasted', {
      currency: 'EUR',
    })
    const last = rows[rows.length - 1]!
    expect(last.start_of_period_dt).toBe('2026-12-01')
    expect(last.end_of_period_dt).toBe('2026-12-31')
    expect(n(last.units)).toBe(0)
    expect(n(last.amount_cents)).toBe(0)
    expect(n(last.amount_cents_forecast_conservative)).toBeLessThan(
      n(last.amount_cents_forecast_optimistic),
    )
    const current = rows[rows.length - 2]!
    expect(n(current.amount_cents)).toBeGreaterThan(0)
    expect(n(current.amount_cents_forecast_realistic)).toBeGreaterThan(n(current.amount_cents))
  })

  it('forecasts exactly what happened in the past', async () => {
    const rows = await getData<WireUsageForecastRow[]>(sim, 'usages/forecasted', {
      to_date: '2026-10-31',
    })
    const actual = await getData<WireUsageAggregatedAmountRow[]>(sim, 'usages/aggregated_amounts', {
      to_date: '2026-10-31',
    })
    expect(rows.map((r) => [r.start_of_period_dt, r.amount_currency, n(r.amount_cents)])).toEqual(
      actual.map((r) => [r.start_of_period_dt, r.amount_currency, n(r.amount_cents)]),
    )
    for (const row of rows) {
      expect(row.amount_cents_forecast_conservative).toBe(row.amount_cents)
      expect(row.amount_cents_forecast_optimistic).toBe(row.amount_cents)
      expect(row.units_forecast_realistic).toBe(row.units)
    }
  })
})
