import type { WirePrepaidCreditRow, WireRevenueStreamRow } from '@lago-analytics/client/wire'
import { describe, expect, it } from 'vitest'
import { CURRENCY_CODES, getData, simulatorFor, sum } from '../../test/helpers'

const sim = simulatorFor()
const EXPONENT: Record<string, number> = { USD: 2, EUR: 2, JPY: 0, KWD: 3 }
const CREDIT_MINOR: Record<string, number> = { USD: 100, EUR: 100, JPY: 100, KWD: 1000 }

describe('prepaid_credits', () => {
  it('reports amounts in major units with the currency’s decimals, and credit quantities', async () => {
    const rows = await getData<WirePrepaidCreditRow[]>(sim, 'prepaid_credits')
    expect(new Set(rows.map((r) => r.amount_currency))).toEqual(new Set(CURRENCY_CODES))
    for (const row of rows) {
      const exponent = EXPONENT[row.amount_currency]!
      for (const [amount, quantity] of [
        [row.purchased_amount, row.purchased_credits_quantity],
        [row.offered_amount, row.offered_credits_quantity],
        [row.consumed_amount, row.consumed_credits_quantity],
        [row.voided_amount, row.voided_credits_quantity],
      ] as const) {
        const minor = Number(amount) * 10 ** exponent
        expect(Math.abs(minor - Math.round(minor))).toBeLessThan(1e-6)
        expect(Number(quantity)).toBeCloseTo(
          (Number(amount) * 10 ** exponent) / CREDIT_MINOR[row.amount_currency]!,
          9,
        )
      }
    }
    for (const field of [
      'purchased_amount',
      'offered_amount',
      'consumed_amount',
      'voided_amount',
    ] as const)
      expect(sum(rows, (r) => r[field])).toBeGreaterThan(0)
    expect(
      rows.some(
        (r) => r.amount_currency === 'KWD' && !Number.isInteger(Number(r.consumed_amount) * 100),
      ),
    ).toBe(true)
  })

  it('consumed credits equal the free + prepaid credits applied in revenue streams', async () => {
    for (const currency of CURRENCY_CODES) {
      const credits = await getData<WirePrepaidCreditRow[]>(sim, 'prepaid_credits', { currency })
      const streams = await getData<WireRevenueStreamRow[]>(sim, 'revenue_streams', { currency })
      const consumedMinor = Math.round(
        sum(credits, (r) => r.consumed_amount) * 10 ** EXPONENT[currency]!,
      )
      expect(consumedMinor).toBe(
        sum(
          streams,
          (r) => Number(r.free_credits_amount_cents) + Number(r.prepaid_credits_amount_cents),
        ),
      )
    }
  })

  it('never consumes or voids more than was purchased and offered', async () => {
    for (const currency of CURRENCY_CODES) {
      const rows = await getData<WirePrepaidCreditRow[]>(sim, 'prepaid_credits', { currency })
      const inflow = sum(rows, (r) => r.purchased_amount) + sum(rows, (r) => r.offered_amount)
      const outflow = sum(rows, (r) => r.consumed_amount) + sum(rows, (r) => r.voided_amount)
      expect(outflow).toBeLessThanOrEqual(inflow + 1e-6)
    }
  })

  it('plan and subscription filters select the customers holding them', async () => {
    const all = await getData<WirePrepaidCreditRow[]>(sim, 'prepaid_credits')
    const scale = await getData<WirePrepaidCreditRow[]>(sim, 'prepaid_credits', {
      plan_code: 'scale_monthly',
    })
    expect(sum(scale, (r) => r.purchased_amount)).toBeGreaterThan(0)
    expect(sum(scale, (r) => r.purchased_credits_quantity)).toBeLessThan(
      sum(all, (r) => r.purchased_credits_quantity),
    )
    expect(await getData(sim, 'prepaid_credits', { external_subscription_id: 'sub_nope' })).toEqual(
      [],
    )
  })
})
