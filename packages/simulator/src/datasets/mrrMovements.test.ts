import type { WireMrrMovementRow } from '@lago-analytics/client/wire'
import { describe, expect, it } from 'vitest'
import { CURRENCY_CODES, getData, simulatorFor, sum, type Params } from '../../test/helpers'

const sim = simulatorFor()
const customer = sim.ledger.customers.find((c) => c.subscriptionExternalIds.length > 1)!
const upgraded = sim.ledger.subscriptions.find((s) => s.planCodes.length > 1)!

const FILTERS: Params[] = [
  {},
  { customer_type: 'individual' },
  { customer_country: 'DE' },
  { billing_entity_code: 'acme_us' },
  { plan_code: 'growth_monthly' },
  { is_customer_tin_empty: false },
  { external_customer_id: customer.externalId },
  { external_subscription_id: upgraded.externalId },
]
const GRANULARITIES: Params[] = [
  { time_granularity: 'monthly' },
  { time_granularity: 'weekly', from_date: '2025-11-12' },
  { time_granularity: 'daily', from_date: '2026-05-17', to_date: '2026-08-02' },
]
const n = (value: number | string): number => Number(value)
const mrrs = (params: Params) => getData<WireMrrMovementRow[]>(sim, 'mrrs', params)

describe('mrrs (MRR movements)', () => {
  it('chains: ending = starting + movements, change = ending − starting, next starting = previous ending', async () => {
    let checked = 0
    for (const filter of FILTERS)
      for (const granularity of GRANULARITIES)
        for (const currency of [undefined, ...CURRENCY_CODES]) {
          const rows = await mrrs({ ...filter, ...granularity, currency })
          const previous = new Map<string, WireMrrMovementRow>()
          for (const row of rows) {
            const ending =
              n(row.starting_mrr) +
              n(row.mrr_new) +
              n(row.mrr_expansion) +
              n(row.mrr_contraction) +
              n(row.mrr_churn)
            expect(n(row.ending_mrr)).toBe(ending)
            expect(n(row.mrr_change)).toBe(ending - n(row.starting_mrr))
            const before = previous.get(row.amount_currency)
            // Rows are only omitted when everything is 0, so a gap means the balance was 0.
            if (before !== undefined) {
              const adjacent =
                Date.parse(before.end_of_period_dt) + 86_400_000 ===
                Date.parse(row.start_of_period_dt)
              expect(n(row.starting_mrr)).toBe(adjacent ? n(before.ending_mrr) : 0)
            }
            previous.set(row.amount_currency, row)
            checked++
          }
        }
    expect(checked).toBeGreaterThan(500)
  })

  it('contraction and churn are ≤ 0, new and expansion ≥ 0, and all are integers', async () => {
    for (const filter of FILTERS) {
      for (const row of await mrrs(filter)) {
        expect(n(row.mrr_contraction)).toBeLessThanOrEqual(0)
        expect(n(row.mrr_churn)).toBeLessThanOrEqual(0)
        expect(n(row.mrr_new)).toBeGreaterThanOrEqual(0)
        expect(n(row.mrr_expansion)).toBeGreaterThanOrEqual(0)
        for (const value of [row.starting_mrr, row.ending_mrr, row.mrr_new, row.mrr_churn])
          expect(Number.isInteger(value)).toBe(true)
      }
    }
    const all = await mrrs({})
    for (const field of ['mrr_new', 'mrr_expansion', 'mrr_contraction', 'mrr_churn'] as const)
      expect(sum(all, (r) => r[field])).not.toBe(0)
  })

  it('the first bucket of a window starts from the MRR at its start, not from 0', async () => {
    const full = await mrrs({ currency: 'EUR' })
    const window = await mrrs({ currency: 'EUR', from_date: '2026-03-01' })
    const march = full.find((r) => r.start_of_period_dt === '2026-03-01')!
    expect(n(window[0]!.starting_mrr)).toBeGreaterThan(0)
    expect(window[0]).toEqual(march)
    expect(window[window.length - 1]).toEqual(full[full.length - 1])
  })

  it('a window starting mid-month starts from the MRR of that day', async () => {
    const daily = await mrrs({
      currency: 'USD',
      time_granularity: 'daily',
      from_date: '2026-04-01',
      to_date: '2026-04-30',
    })
    const clipped = await mrrs({ currency: 'USD', from_date: '2026-04-10', to_date: '2026-04-30' })
    const tenth = daily.find((r) => r.start_of_period_dt === '2026-04-10')!
    expect(clipped).toHaveLength(1)
    expect(clipped[0]!.start_of_period_dt).toBe('2026-04-01')
    expect(clipped[0]!.starting_mrr).toBe(tenth.starting_mrr)
    expect(clipped[0]!.ending_mrr).toBe(daily[daily.length - 1]!.ending_mrr)
  })

  it('customer-level partitions add up, movements included', async () => {
    const total = await mrrs({ currency: 'USD' })
    const company = await mrrs({ currency: 'USD', customer_type: 'company' })
    const individual = await mrrs({ currency: 'USD', customer_type: 'individual' })
    for (const field of [
      'ending_mrr',
      'mrr_new',
      'mrr_churn',
      'mrr_expansion',
      'mrr_contraction',
    ] as const) {
      expect(sum(company, (r) => r[field]) + sum(individual, (r) => r[field])).toBe(
        sum(total, (r) => r[field]),
      )
    }
  })

  it('with a plan filter, moving onto or off the plan is new or churn for that plan', async () => {
    const planCode = upgraded.planCodes[0]!
    const rows = await mrrs({ external_subscription_id: upgraded.externalId, plan_code: planCode })
    expect(sum(rows, (r) => r.mrr_expansion) + sum(rows, (r) => r.mrr_contraction)).toBe(0)
    expect(sum(rows, (r) => r.mrr_churn)).toBeLessThan(0)
    expect(await mrrs({ plan_code: 'no_such_plan' })).toEqual([])
  })

  it('extends to today and keeps balances constant after the last activity', async () => {
    const rows = await mrrs({ currency: 'EUR', to_date: '2027-02-28' })
    const last = rows.slice(-3)
    expect(last.map((r) => r.start_of_period_dt)).toEqual([
      '2026-12-01',
      '2027-01-01',
      '2027-02-01',
    ])
    for (const row of last) {
      expect(row.mrr_change).toBe(0)
      expect(row.ending_mrr).toBe(rows[rows.length - 4]!.ending_mrr)
    }
  })
})
