import type { WireOverdueBalanceResponse, WireOverdueBalanceRow } from '@lago-analytics/client/wire'
import { describe, expect, it } from 'vitest'
import { getPublic, simulatorFor, type Params } from '../../test/helpers'

const sim = simulatorFor()
const overdue = async (params: Params = {}): Promise<WireOverdueBalanceRow[]> =>
  (await getPublic<WireOverdueBalanceResponse>(sim, 'overdue_balance', params)).overdue_balances

describe('overdue_balance', () => {
  it('lists what is still owed on overdue invoices, by due month, with the invoice ids', async () => {
    const rows = await overdue()
    expect(rows.length).toBeGreaterThan(5)
    const ids = rows.flatMap((r) => r.lago_invoice_ids)
    expect(new Set(ids).size).toBe(ids.length)
    for (const row of rows) {
      expect(Number(row.amount_cents)).toBeGreaterThan(0)
      expect(row.lago_invoice_ids.length).toBeGreaterThan(0)
      for (const id of row.lago_invoice_ids)
        expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
      expect(row.month <= '2026-11-01T00:00:00.000Z').toBe(true)
      expect(typeof row.billing_entity_id).toBe('string')
    }
    const months = rows.map((r) => r.month)
    expect(months).toEqual([...months].sort())
  })

  it('filters by customer and currency', async () => {
    const all = await overdue()
    const owing = sim.ledger.customers.filter((c) => c.deletedAt === null)
    let found = 0
    for (const customer of owing) {
      const rows = await overdue({ external_customer_id: customer.externalId })
      if (rows.length === 0) continue
      found++
      const theirIds = new Set(rows.flatMap((r) => r.lago_invoice_ids))
      expect([...theirIds].every((id) => all.some((r) => r.lago_invoice_ids.includes(id)))).toBe(
        true,
      )
      expect(rows.every((r) => r.currency === customer.currency)).toBe(true)
    }
    expect(found).toBeGreaterThan(2)
    expect((await overdue({ currency: 'jpy' })).every((r) => r.currency === 'JPY')).toBe(true)
  })
})
