import type {
  WireRevenueStreamCustomerRow,
  WireRevenueStreamCustomersResponse,
} from '@lago-analytics/client/wire'
import { describe, expect, it } from 'vitest'
import { getAllPages, getData, simulatorFor, sum } from '../../test/helpers'
import { HOSTILE_NAMES } from '../names'

const sim = simulatorFor()

describe('revenue_streams/customers', () => {
  it('lists customers with revenue, largest first, 20 per page by default', async () => {
    const body = await getData<WireRevenueStreamCustomersResponse>(sim, 'revenue_streams/customers')
    expect(body.revenue_streams_customers).toHaveLength(20)
    expect(body.meta.total_count).toBeGreaterThan(150)
    const all = await getAllPages<WireRevenueStreamCustomerRow>(
      sim,
      'revenue_streams/customers',
      'revenue_streams_customers',
    )
    expect(all.slice(0, 20)).toEqual(body.revenue_streams_customers)
    expect(new Set(all.map((r) => r.external_customer_id)).size).toBe(all.length)
    const gross = all.map((r) => Number(r.gross_revenue_amount_cents))
    expect(gross).toEqual([...gross].sort((a, b) => b - a))
  })

  it('shares are within the customer’s currency', async () => {
    const rows = await getAllPages<WireRevenueStreamCustomerRow>(
      sim,
      'revenue_streams/customers',
      'revenue_streams_customers',
      {
        currency: 'JPY',
      },
    )
    expect(rows.every((r) => r.amount_currency === 'JPY')).toBe(true)
    expect(sum(rows, (r) => r.gross_revenue_share)).toBeCloseTo(1, 9)
  })

  it('keeps soft-deleted customers with their deletion time', async () => {
    const rows = await getAllPages<WireRevenueStreamCustomerRow>(
      sim,
      'revenue_streams/customers',
      'revenue_streams_customers',
    )
    const deleted = sim.ledger.customers.filter((c) => c.deletedAt !== null)
    expect(deleted.length).toBeGreaterThan(0)
    for (const customer of deleted) {
      const row = rows.find((r) => r.external_customer_id === customer.externalId)
      expect(row?.customer_deleted_at).toBe(customer.deletedAt)
    }
  })

  it('carries hostile names verbatim through JSON', async () => {
    const hostile = simulatorFor({ hostileNames: true })
    const rows = await getAllPages<WireRevenueStreamCustomerRow>(
      hostile,
      'revenue_streams/customers',
      'revenue_streams_customers',
    )
    const names = rows.map((r) => r.customer_name)
    expect(HOSTILE_NAMES.filter((name) => names.includes(name)).length).toBeGreaterThan(6)
  })
})
