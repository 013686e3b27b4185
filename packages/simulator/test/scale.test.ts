import type {
  WireRevenueStreamCustomersResponse,
  WireRevenueStreamRow,
} from '@lago-analytics/client/wire'
import { describe, expect, it } from 'vitest'
import { createSimulator } from '../src/createSimulator'
import { MAX_CUSTOMERS } from '../src/defaults'
import { getData, NOW, sum } from './helpers'

describe('scale', () => {
  it('builds a 10,000-customer organisation and answers revenue_streams', async () => {
    const simulator = createSimulator({ now: NOW, customers: MAX_CUSTOMERS })
    expect(simulator.ledger.customers).toHaveLength(10_000)
    const rows = await getData<WireRevenueStreamRow[]>(simulator, 'revenue_streams')
    expect(new Set(rows.map((r) => r.amount_currency))).toEqual(
      new Set(['EUR', 'JPY', 'KWD', 'USD']),
    )
    expect(new Set(rows.map((r) => r.start_of_period_dt)).size).toBe(27)
    const customers = await getData<WireRevenueStreamCustomersResponse>(
      simulator,
      'revenue_streams/customers',
      {
        currency: 'USD',
        limit: 100,
      },
    )
    const withUsd = simulator.ledger.customers.filter(
      (c) => c.currency === 'USD' && c.signedUpOn !== null,
    ).length
    expect(customers.meta.total_count).toBe(withUsd)
    expect(customers.meta.total_pages).toBe(Math.ceil(withUsd / 100))
    expect(customers.revenue_streams_customers).toHaveLength(100)
    const usdGross = sum(
      rows.filter((r) => r.amount_currency === 'USD'),
      (r) => r.gross_revenue_amount_cents,
    )
    expect(usdGross).toBeGreaterThan(
      Number(customers.revenue_streams_customers[0]!.gross_revenue_amount_cents) * 50,
    )
  })
})
