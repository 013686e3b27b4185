import type { WireGrossRevenueResponse, WireGrossRevenueRow } from '@lago-analytics/client/wire'
import { describe, expect, it } from 'vitest'
import { getPublic, NOW, simulatorFor, sum, type Params } from '../../test/helpers'
import { buildLedger } from '../buildLedger'
import { monthOfDay } from '../utcDay'

const sim = simulatorFor()
const gross = async (params: Params = {}): Promise<WireGrossRevenueRow[]> =>
  (await getPublic<WireGrossRevenueResponse>(sim, 'gross_revenue', params)).gross_revenues
const CURRENT_MONTH = '2026-11-01T00:00:00.000Z'
const key = (r: WireGrossRevenueRow): string => `${r.month}|${r.currency}`

describe('gross_revenue', () => {
  it('has one row per month, currency and billing entity, ascending, with integer amounts', async () => {
    const rows = await gross()
    expect(rows[0]!.month).toBe(`${sim.ledger.historyStart}T00:00:00.000Z`)
    expect(rows[rows.length - 1]!.month).toBe(CURRENT_MONTH)
    const months = rows.map((r) => r.month)
    expect(months).toEqual([...months].sort())
    const entityIds = new Set(sim.ledger.billingEntities.map((e) => e.id))
    for (const row of rows) {
      expect(row.month).toMatch(/^\d{4}-\d{2}-01T00:00:00\.000Z$/)
      expect(Number.isInteger(row.amount_cents)).toBe(true)
      expect(Number.isInteger(row.invoices_count)).toBe(true)
      expect(entityIds.has(row.billing_entity_id!)).toBe(true)
    }
    expect(new Set(rows.map((r) => `${key(r)}|${r.billing_entity_id}`)).size).toBe(rows.length)
  })

  it('per-customer gross revenue adds up to the organisation total', async () => {
    const total = new Map<string, number>()
    for (const row of await gross())
      total.set(key(row), (total.get(key(row)) ?? 0) + Number(row.amount_cents))
    const perCustomer = new Map<string, number>()
    for (const customer of sim.ledger.customers) {
      if (customer.deletedAt !== null) continue
      for (const row of await gross({ external_customer_id: customer.externalId })) {
        expect(row.currency).toBe(customer.currency)
        perCustomer.set(key(row), (perCustomer.get(key(row)) ?? 0) + Number(row.amount_cents))
      }
    }
    // Soft-deleted customers cannot be queried: add their invoices from the ledger itself.
    const ledger = buildLedger({
      seed: 42,
      now: new Date(NOW),
      months: 27,
      customers: 200,
      hostileNames: false,
    })
    const inv = ledger.invoices
    for (let i = 0; i < inv.count; i++) {
      const customer = ledger.customers[inv.customer[i]!]!
      if (customer.deletedDay < 0) continue
      const month = monthOfDay(inv.day[i]!)
      const iso = `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}-01T00:00:00.000Z`
      const k = `${iso}|${ledger.currencies[customer.currency]!.code}`
      perCustomer.set(k, (perCustomer.get(k) ?? 0) + inv.total[i]! - inv.refund[i]!)
    }
    expect(perCustomer).toEqual(total)
  })

  it('returns nothing for an unknown or soft-deleted customer', async () => {
    expect(await gross({ external_customer_id: 'cus_unknown' })).toEqual([])
    const deleted = sim.ledger.customers.find((c) => c.deletedAt !== null)!
    expect(await gross({ external_customer_id: deleted.externalId })).toEqual([])
  })

  it('upper-cases the currency', async () => {
    const upper = await gross({ currency: 'EUR' })
    expect(upper.length).toBeGreaterThan(0)
    expect(upper.every((r) => r.currency === 'EUR')).toBe(true)
    expect(await gross({ currency: 'eur' })).toEqual(upper)
    expect(await gross({ currency: 'gbp' })).toEqual([])
  })

  it('keeps the last N months counting the current one', async () => {
    const all = await gross()
    const last3 = await gross({ months: 3 })
    expect(new Set(last3.map((r) => r.month))).toEqual(
      new Set(['2026-09-01T00:00:00.000Z', '2026-10-01T00:00:00.000Z', CURRENT_MONTH]),
    )
    expect(last3).toEqual(all.filter((r) => r.month >= '2026-09-01'))
    for (const months of ['1', '0', '-4', 'abc']) {
      const rows = await gross({ months })
      expect(new Set(rows.map((r) => r.month))).toEqual(new Set([CURRENT_MONTH]))
    }
    expect(await gross({ months: 500 })).toEqual(all)
  })

  it('treats an unknown billing entity code as no filter, a known one as a filter', async () => {
    const all = await gross()
    expect(await gross({ billing_entity_code: 'does_not_exist' })).toEqual(all)
    const eu = sim.ledger.billingEntities.find((e) => e.code === 'acme_eu')!
    const euRows = await gross({ billing_entity_code: 'acme_eu' })
    expect(euRows.length).toBeGreaterThan(0)
    expect(euRows.every((r) => r.billing_entity_id === eu.id)).toBe(true)
    expect(euRows).toEqual(all.filter((r) => r.billing_entity_id === eu.id))
  })

  it('drops months without invoices', async () => {
    // acme_eu opens a few months after the organisation: its first months have no rows at all.
    const euRows = await gross({ billing_entity_code: 'acme_eu' })
    expect(euRows[0]!.month > `${sim.ledger.historyStart}T00:00:00.000Z`).toBe(true)
    expect(sum(euRows, (r) => r.invoices_count)).toBeGreaterThan(0)
  })
})
