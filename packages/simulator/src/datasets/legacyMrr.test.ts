import type { WireMrrResponse, WireMrrRow } from '@lago-analytics/client/wire'
import { describe, expect, it } from 'vitest'
import { getPublic, publicRequest, simulatorFor, type Params } from '../../test/helpers'

const sim = simulatorFor()
const mrr = async (params: Params = {}): Promise<WireMrrRow[]> =>
  (await getPublic<WireMrrResponse>(sim, 'mrr', params)).mrrs

describe('mrr (legacy)', () => {
  it('has one row per month and currency, integer amounts by default', async () => {
    const rows = await mrr()
    expect(new Set(rows.map((r) => r.month)).size).toBe(27)
    for (const row of rows) expect(Number.isInteger(row.amount_cents)).toBe(true)
    expect(new Set(rows.map((r) => r.currency))).toEqual(new Set(['EUR', 'JPY', 'KWD', 'USD']))
  })

  it('fills empty months with nulls only when currency is omitted', async () => {
    const eu = await mrr({ billing_entity_code: 'acme_eu' })
    expect(new Set(eu.map((r) => r.month)).size).toBe(27)
    const fillers = eu.filter((r) => r.currency === null)
    expect(fillers.length).toBeGreaterThan(0)
    for (const filler of fillers) expect(filler.amount_cents).toBeNull()
    const kwd = await mrr({ billing_entity_code: 'acme_eu', currency: 'kwd' })
    expect(kwd.every((r) => r.currency === 'KWD' && r.amount_cents !== null)).toBe(true)
    expect(kwd.length).toBeLessThan(27)
  })

  it('spreads yearly and quarterly fees, so exact values are fractional (visible as legacy strings)', async () => {
    const strings = simulatorFor({ faults: { name: 'legacy-strings' } })
    const response = await strings.fetch(publicRequest(strings, 'mrr'))
    const body = (await response.json()) as { mrrs: { amount_cents: string | null }[] }
    const values = body.mrrs.map((r) => r.amount_cents).filter((v): v is string => v !== null)
    expect(values.every((v) => /^-?\d+\.\d{1,10}$/.test(v))).toBe(true)
    expect(values.some((v) => !v.endsWith('.0'))).toBe(true)
    const rounded = await mrr()
    expect(rounded.map((r) => r.amount_cents)).toEqual(
      body.mrrs.map((r) => (r.amount_cents === null ? null : Math.round(Number(r.amount_cents)))),
    )
  })
})
