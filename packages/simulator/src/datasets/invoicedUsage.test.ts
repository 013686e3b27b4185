import type { WireInvoicedUsageResponse } from '@lago-analytics/client/wire'
import { describe, expect, it } from 'vitest'
import { getPublic, simulatorFor } from '../../test/helpers'

const sim = simulatorFor()

describe('invoiced_usage', () => {
  it('is ordered by month DESC, then amount DESC', async () => {
    const { invoiced_usages: rows } = await getPublic<WireInvoicedUsageResponse>(
      sim,
      'invoiced_usage',
    )
    expect(rows.length).toBeGreaterThan(50)
    for (let i = 1; i < rows.length; i++) {
      const a = rows[i - 1]!
      const b = rows[i]!
      expect(a.month >= b.month).toBe(true)
      if (a.month === b.month)
        expect(Number(a.amount_cents)).toBeGreaterThanOrEqual(Number(b.amount_cents))
    }
    const codes = new Set(rows.map((r) => r.code))
    for (const code of ['api_calls', 'seats', 'storage_gb', 'sms_sent'])
      expect(codes.has(code)).toBe(true)
  })

  it('filters by currency (upper-cased), billing entity and months, and ignores customers', async () => {
    const eur = await getPublic<WireInvoicedUsageResponse>(sim, 'invoiced_usage', {
      currency: 'eur',
      months: 2,
    })
    expect(eur.invoiced_usages.every((r) => r.currency === 'EUR' && r.month >= '2026-10-01')).toBe(
      true,
    )
    const all = await getPublic<WireInvoicedUsageResponse>(sim, 'invoiced_usage')
    const customer = await getPublic<WireInvoicedUsageResponse>(sim, 'invoiced_usage', {
      external_customer_id: sim.ledger.customers[0]!.externalId,
    })
    expect(customer).toEqual(all)
  })
})
