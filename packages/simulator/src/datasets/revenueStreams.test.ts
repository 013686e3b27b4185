import type {
  WireRevenueStreamCustomerRow,
  WireRevenueStreamPlanRow,
  WireRevenueStreamRow,
} from '@lago-analytics/client/wire'
import { describe, expect, it } from 'vitest'
import {
  CURRENCY_CODES,
  getAllPages,
  getData,
  simulatorFor,
  sum,
  type Params,
} from '../../test/helpers'

const sim = simulatorFor()
const customer = sim.ledger.customers.find(
  (c) => c.subscriptionExternalIds.length > 1 && c.deletedAt === null,
)!
const subscription = sim.ledger.subscriptions.find((s) => s.planCodes.length > 1)!

const FILTERS: Params[] = [
  {},
  { customer_type: 'company' },
  { customer_country: 'FR' },
  { billing_entity_code: 'acme_eu' },
  { plan_code: 'growth_monthly' },
  { is_customer_tin_empty: true },
  { external_customer_id: customer.externalId },
  { external_subscription_id: subscription.externalId },
]
const GRANULARITIES: Params[] = [
  { time_granularity: 'monthly' },
  { time_granularity: 'weekly' },
  { time_granularity: 'daily', from_date: '2026-06-01', to_date: '2026-09-30' },
]

const streams = (params: Params) => getData<WireRevenueStreamRow[]>(sim, 'revenue_streams', params)
const n = (value: number | string | null | undefined): number => Number(value ?? 0)

describe('revenue_streams', () => {
  it('gross = subscription + usage + commitment + one-off, for every filter, granularity and currency', async () => {
    let checked = 0
    for (const filter of FILTERS)
      for (const granularity of GRANULARITIES)
        for (const currency of [undefined, ...CURRENCY_CODES]) {
          for (const row of await streams({ ...filter, ...granularity, currency })) {
            expect(n(row.gross_revenue_amount_cents)).toBe(
              n(row.subscription_fee_amount_cents) +
                n(row.usage_based_fee_amount_cents) +
                n(row.commitment_fee_amount_cents) +
                n(row.one_off_fee_amount_cents),
            )
            checked++
          }
        }
    expect(checked).toBeGreaterThan(1000)
  })

  it('net = gross − contra and contra is the sum of its parts, for every filter, granularity and currency', async () => {
    for (const filter of FILTERS)
      for (const granularity of GRANULARITIES)
        for (const currency of [undefined, ...CURRENCY_CODES]) {
          for (const row of await streams({ ...filter, ...granularity, currency })) {
            const contra =
              n(row.coupons_amount_cents) +
              n(row.credit_notes_credits_amount_cents) +
              n(row.free_credits_amount_cents) +
              n(row.prepaid_credits_amount_cents) +
              n(row.progressive_billing_credit_amount_cents)
            expect(n(row.contra_revenue_amount_cents)).toBe(contra)
            expect(n(row.net_revenue_amount_cents)).toBe(n(row.gross_revenue_amount_cents) - contra)
            expect(row.organization_id).toBe(sim.organizationId)
            expect(Number.isInteger(row.gross_revenue_amount_cents)).toBe(true)
          }
        }
  })

  it('exercises every stream somewhere in history', async () => {
    const rows = await streams({})
    for (const field of [
      'subscription_fee_amount_cents',
      'usage_based_fee_amount_cents',
      'commitment_fee_amount_cents',
      'one_off_fee_amount_cents',
      'coupons_amount_cents',
      'credit_notes_credits_amount_cents',
      'free_credits_amount_cents',
      'prepaid_credits_amount_cents',
      'progressive_billing_credit_amount_cents',
    ] as const) {
      expect(sum(rows, (r) => r[field])).toBeGreaterThan(0)
    }
  })

  it('customer and plan breakdowns add up to the all-history totals of each currency', async () => {
    for (const currency of CURRENCY_CODES) {
      const rows = await streams({ currency })
      const plans = await getAllPages<WireRevenueStreamPlanRow>(
        sim,
        'revenue_streams/plans',
        'revenue_streams_plans',
        { currency },
      )
      const customers = await getAllPages<WireRevenueStreamCustomerRow>(
        sim,
        'revenue_streams/customers',
        'revenue_streams_customers',
        { currency },
      )
      const gross = sum(rows, (r) => r.gross_revenue_amount_cents)
      const net = sum(rows, (r) => r.net_revenue_amount_cents)
      expect(gross).toBeGreaterThan(0)
      expect(sum(plans, (r) => r.gross_revenue_amount_cents)).toBe(gross)
      expect(sum(plans, (r) => r.net_revenue_amount_cents)).toBe(net)
      expect(sum(customers, (r) => r.gross_revenue_amount_cents)).toBe(gross)
      expect(sum(customers, (r) => r.net_revenue_amount_cents)).toBe(net)
    }
  })

  it('returns each currency separately when currency is omitted (never converted)', async () => {
    const all = await streams({})
    for (const currency of CURRENCY_CODES) {
      expect(all.filter((r) => r.amount_currency === currency)).toEqual(await streams({ currency }))
    }
    expect(new Set(all.map((r) => r.amount_currency))).toEqual(new Set(CURRENCY_CODES))
  })

  it('filters narrow the results and complementary filters add up', async () => {
    const total = sum(await streams({}), (r) => r.gross_revenue_amount_cents)
    const pairs: [Params, Params][] = [
      [{ customer_type: 'company' }, { customer_type: 'individual' }],
      [{ billing_entity_code: 'acme_us' }, { billing_entity_code: 'acme_eu' }],
      [{ is_customer_tin_empty: true }, { is_customer_tin_empty: false }],
    ]
    for (const [a, b] of pairs) {
      const left = sum(await streams(a), (r) => r.gross_revenue_amount_cents)
      const right = sum(await streams(b), (r) => r.gross_revenue_amount_cents)
      expect(left).toBeGreaterThan(0)
      expect(right).toBeGreaterThan(0)
      expect(left + right).toBe(total)
    }
    const byPlan = await Promise.all(
      sim.ledger.plans.map(async (p) =>
        sum(await streams({ plan_code: p.code }), (r) => r.gross_revenue_amount_cents),
      ),
    )
    expect(byPlan.reduce((a, b) => a + b, 0)).toBe(total)
    expect(await streams({ plan_code: 'no_such_plan' })).toEqual([])
    expect(await streams({ billing_entity_code: 'no_such_entity' })).toEqual([])
  })

  it('a customer filter returns exactly that customer’s revenue', async () => {
    const rows = await streams({ external_customer_id: customer.externalId })
    expect(new Set(rows.map((r) => r.amount_currency))).toEqual(new Set([customer.currency]))
    const breakdown = await getAllPages<WireRevenueStreamCustomerRow>(
      sim,
      'revenue_streams/customers',
      'revenue_streams_customers',
      { currency: customer.currency },
    )
    const own = breakdown.find((r) => r.external_customer_id === customer.externalId)!
    expect(sum(rows, (r) => r.gross_revenue_amount_cents)).toBe(
      Number(own.gross_revenue_amount_cents),
    )
    expect(sum(rows, (r) => r.net_revenue_amount_cents)).toBe(Number(own.net_revenue_amount_cents))
  })

  it('a plan filter matches the plan breakdown row', async () => {
    const plans = await getAllPages<WireRevenueStreamPlanRow>(
      sim,
      'revenue_streams/plans',
      'revenue_streams_plans',
      {
        currency: 'EUR',
      },
    )
    for (const plan of plans) {
      const rows = await streams({ plan_code: plan.plan_code, currency: 'EUR' })
      expect(sum(rows, (r) => r.gross_revenue_amount_cents)).toBe(
        Number(plan.gross_revenue_amount_cents),
      )
      expect(sum(rows, (r) => r.net_revenue_amount_cents)).toBe(
        Number(plan.net_revenue_amount_cents),
      )
    }
  })

  it('buckets are calendar periods; daily buckets of a window add up to its monthly buckets', async () => {
    const monthly = await streams({
      currency: 'USD',
      from_date: '2026-03-01',
      to_date: '2026-05-31',
    })
    expect(monthly.map((r) => [r.start_of_period_dt, r.end_of_period_dt])).toEqual([
      ['2026-03-01', '2026-03-31'],
      ['2026-04-01', '2026-04-30'],
      ['2026-05-01', '2026-05-31'],
    ])
    const daily = await streams({
      currency: 'USD',
      from_date: '2026-03-01',
      to_date: '2026-05-31',
      time_granularity: 'daily',
    })
    expect(sum(daily, (r) => r.net_revenue_amount_cents)).toBe(
      sum(monthly, (r) => r.net_revenue_amount_cents),
    )
    const weekly = await streams({
      currency: 'USD',
      time_granularity: 'weekly',
      from_date: '2026-03-01',
      to_date: '2026-03-31',
    })
    for (const row of weekly)
      expect(new Date(`${row.start_of_period_dt}T00:00:00Z`).getUTCDay()).toBe(1)
  })

  it('starts at the organisation’s creation and never goes past today by default', async () => {
    const rows = await streams({})
    expect(rows[0]!.start_of_period_dt).toBe(sim.ledger.historyStart)
    expect(rows.every((r) => r.start_of_period_dt <= sim.ledger.today)).toBe(true)
  })
})
