import type {
  WireRevenueStreamPlanRow,
  WireRevenueStreamPlansResponse,
} from '@lago-analytics/client/wire'
import { describe, expect, it } from 'vitest'
import { CURRENCY_CODES, getAllPages, getData, simulatorFor, sum } from '../../test/helpers'

const sim = simulatorFor()

describe('revenue_streams/plans', () => {
  it('is paginated with Data API meta and ordered by gross revenue, largest first', async () => {
    const body = await getData<WireRevenueStreamPlansResponse>(sim, 'revenue_streams/plans', {
      limit: 5,
    })
    expect(Object.keys(body)).toEqual(['revenue_streams_plans', 'meta'])
    expect(body.revenue_streams_plans).toHaveLength(5)
    expect(body.meta).toMatchObject({ current_page: 1, next_page: 2, prev_page: 0 })
    const all = await getAllPages<WireRevenueStreamPlanRow>(
      sim,
      'revenue_streams/plans',
      'revenue_streams_plans',
    )
    expect(all).toHaveLength(body.meta.total_count)
    expect(body.meta.total_pages).toBe(Math.ceil(all.length / 5))
    const gross = all.map((r) => Number(r.gross_revenue_amount_cents))
    expect(gross).toEqual([...gross].sort((a, b) => b - a))
  })

  it('orders by net revenue on request', async () => {
    const all = await getAllPages<WireRevenueStreamPlanRow>(
      sim,
      'revenue_streams/plans',
      'revenue_streams_plans',
      {
        order_by: 'net_revenue_amount_cents',
      },
    )
    const net = all.map((r) => Number(r.net_revenue_amount_cents))
    expect(net).toEqual([...net].sort((a, b) => b - a))
  })

  it('has shares within each currency', async () => {
    for (const currency of CURRENCY_CODES) {
      const rows = await getAllPages<WireRevenueStreamPlanRow>(
        sim,
        'revenue_streams/plans',
        'revenue_streams_plans',
        {
          currency,
        },
      )
      expect(rows.every((r) => r.amount_currency === currency)).toBe(true)
      expect(sum(rows, (r) => r.gross_revenue_share)).toBeCloseTo(1, 9)
      expect(sum(rows, (r) => r.net_revenue_share)).toBeCloseTo(1, 9)
      for (const row of rows) {
        expect(row.customers_share).toBeGreaterThan(0)
        expect(row.customers_share).toBeLessThanOrEqual(1)
        expect(Number.isInteger(row.customers_count)).toBe(true)
        expect(['monthly', 'quarterly', 'yearly']).toContain(row.plan_interval)
      }
    }
  })

  it('shows soft-deleted plans with their deletion time', async () => {
    const rows = await getAllPages<WireRevenueStreamPlanRow>(
      sim,
      'revenue_streams/plans',
      'revenue_streams_plans',
    )
    const basic = rows.filter((r) => r.plan_code === 'basic_monthly')
    expect(basic.length).toBeGreaterThan(0)
    for (const row of basic) expect(row.plan_deleted_at).toMatch(/^\d{4}-\d{2}-01T00:00:00\.000Z$/)
    expect(
      rows.filter((r) => r.plan_code !== 'basic_monthly').every((r) => r.plan_deleted_at === null),
    ).toBe(true)
  })

  it('returns an empty page past the end, and nothing for an unknown currency', async () => {
    const body = await getData<WireRevenueStreamPlansResponse>(sim, 'revenue_streams/plans', {
      page: 99,
    })
    expect(body.revenue_streams_plans).toEqual([])
    expect(body.meta.next_page).toBe(0)
    const none = await getData<WireRevenueStreamPlansResponse>(sim, 'revenue_streams/plans', {
      currency: 'GBP',
    })
    expect(none).toEqual({
      revenue_streams_plans: [],
      meta: { current_page: 1, next_page: 0, prev_page: 0, total_pages: 0, total_count: 0 },
    })
  })
})
