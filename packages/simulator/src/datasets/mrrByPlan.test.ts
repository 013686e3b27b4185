import type {
  WireMrrMovementRow,
  WireMrrPlanRow,
  WireMrrPlansResponse,
} from '@lago-analytics/client/wire'
import { describe, expect, it } from 'vitest'
import { CURRENCY_CODES, getAllPages, getData, simulatorFor, sum } from '../../test/helpers'

const sim = simulatorFor()

describe('mrrs/plans', () => {
  it('adds up to the latest ending_mrr of each currency', async () => {
    for (const currency of CURRENCY_CODES) {
      const plans = await getAllPages<WireMrrPlanRow>(sim, 'mrrs/plans', 'mrrs_plans', { currency })
      const movements = await getData<WireMrrMovementRow[]>(sim, 'mrrs', { currency })
      const latest = movements[movements.length - 1]!
      expect(latest.end_of_period_dt >= sim.ledger.today).toBe(true)
      expect(sum(plans, (r) => r.mrr)).toBe(Number(latest.ending_mrr))
      expect(sum(plans, (r) => r.mrr_share)).toBeCloseTo(1, 9)
    }
  })

  it('is a snapshot dated today, with active customers, ordered by MRR', async () => {
    const body = await getData<WireMrrPlansResponse>(sim, 'mrrs/plans', { limit: 100 })
    expect(Object.keys(body)).toEqual(['mrrs_plans', 'meta'])
    const rows = body.mrrs_plans
    expect(rows.length).toBeGreaterThan(8)
    expect(rows.every((r) => r.dt === sim.ledger.today)).toBe(true)
    const mrr = rows.map((r) => Number(r.mrr))
    expect(mrr).toEqual([...mrr].sort((a, b) => b - a))
    for (const row of rows) {
      expect(Number(row.active_customers_count)).toBeGreaterThan(0)
      expect(row.active_customers_share).toBeGreaterThan(0)
      expect(row.active_customers_share).toBeLessThanOrEqual(1)
    }
    // No subscription sits on the soft-deleted plan any more.
    expect(rows.some((r) => r.plan_code === 'basic_monthly')).toBe(false)
  })

  it('ignores order_by (not a parameter of this dataset)', async () => {
    const a = await getData<WireMrrPlansResponse>(sim, 'mrrs/plans', { order_by: 'whatever' })
    const b = await getData<WireMrrPlansResponse>(sim, 'mrrs/plans')
    expect(a).toEqual(b)
  })
})
