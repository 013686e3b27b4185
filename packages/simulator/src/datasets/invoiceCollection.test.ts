import type {
  WireInvoiceCollectionResponse,
  WireInvoiceCollectionRow,
} from '@lago-analytics/client/wire'
import { describe, expect, it } from 'vitest'
import { getPublic, simulatorFor, sum, type Params } from '../../test/helpers'

const sim = simulatorFor()
const collections = async (params: Params = {}): Promise<WireInvoiceCollectionRow[]> =>
  (await getPublic<WireInvoiceCollectionResponse>(sim, 'invoice_collection', params))
    .invoice_collections

describe('invoice_collection', () => {
  it('has rows per month, payment status and currency', async () => {
    const rows = await collections()
    expect(new Set(rows.map((r) => r.payment_status))).toEqual(
      new Set(['pending', 'succeeded', 'failed']),
    )
    const months = rows.map((r) => r.month)
    expect(months).toEqual([...months].sort())
    expect(new Set(months).size).toBe(27)
  })

  it('keeps empty months as filler rows only when currency is omitted', async () => {
    const eu = await collections({ billing_entity_code: 'acme_eu' })
    expect(new Set(eu.map((r) => r.month)).size).toBe(27)
    const fillers = eu.filter((r) => r.payment_status === null)
    expect(fillers.length).toBeGreaterThan(0)
    for (const filler of fillers) {
      expect(filler).toEqual({
        month: filler.month,
        payment_status: null,
        invoices_count: 0,
        amount_cents: 0,
        currency: null,
      })
      expect(eu.filter((r) => r.month === filler.month)).toHaveLength(1)
    }
    const euInEur = await collections({ billing_entity_code: 'acme_eu', currency: 'EUR' })
    expect(euInEur.some((r) => r.payment_status === null)).toBe(false)
    expect(new Set(euInEur.map((r) => r.month)).size).toBeLessThan(27)
  })

  it('the months window also bounds the fillers', async () => {
    const rows = await collections({ billing_entity_code: 'acme_eu', months: 2 })
    expect(new Set(rows.map((r) => r.month))).toEqual(
      new Set(['2026-10-01T00:00:00.000Z', '2026-11-01T00:00:00.000Z']),
    )
  })

  it('counts the same invoices as gross revenue', async () => {
    const gross = await getPublic<{ gross_revenues: { invoices_count: number }[] }>(
      sim,
      'gross_revenue',
    )
    expect(sum(await collections(), (r) => r.invoices_count)).toBe(
      sum(gross.gross_revenues, (r) => r.invoices_count),
    )
  })
})
