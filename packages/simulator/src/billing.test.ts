import { describe, expect, it } from 'vitest'
import {
  BillingTables,
  billingPeriod,
  draftSubscription,
  finalizeCustomer,
  type Draft,
} from './billing'
import { PLANS } from './catalog'
import {
  FEE_KIND,
  FOREVER,
  INVOICE_KIND,
  type LedgerCustomer,
  type LedgerPlan,
  type LedgerSubscription,
} from './ledger'
import { createRandom } from './random'
import { UsageModel } from './usageModel'
import { dayToIso, parseIsoDay } from './utcDay'

const day = (iso: string): number => parseIsoDay(iso)!
const plans: LedgerPlan[] = PLANS.map((definition, index) => ({
  index,
  id: `plan-${index}`,
  code: definition.code,
  name: definition.name,
  interval: definition.interval,
  deletedDay: -1,
  definition,
  mrr: [...definition.price],
}))
const planIndex = (code: string): number => plans.findIndex((p) => p.code === code)
const model = new UsageModel({
  firstDay: day('2025-01-01'),
  lastDay: day('2027-12-31'),
  metrics: [{ recurring: false, deletedDay: -1 }],
  unitPrices: plans.map(() => [[1, 1, 1, 1]]),
  currencyCount: 4,
})

function subscription(
  segments: { plan: string; start: string; end?: string }[],
  endDay = FOREVER,
): LedgerSubscription {
  return {
    index: 0,
    id: 'sub',
    externalId: 'sub_1',
    customer: 0,
    startDay: day(segments[0]!.start),
    endDay,
    segments: segments.map((s) => ({
      plan: planIndex(s.plan),
      start: day(s.start),
      end: s.end === undefined ? endDay : day(s.end),
    })),
    usageKey: 1,
    usageBase: Float64Array.from([100]),
    usageGrowth: 0,
    usageInvoicedThrough: 0,
  }
}

function draft(sub: LedgerSubscription, horizon: string): Draft[] {
  const drafts: Draft[] = []
  let seq = 0
  draftSubscription(
    { model, plans, metricCount: 1, horizon: day(horizon), tables: new BillingTables() },
    sub,
    0,
    drafts,
    () => seq++,
  )
  return drafts
}

describe('billing', () => {
  it('knows calendar billing periods', () => {
    const period = (interval: 'monthly' | 'quarterly' | 'yearly', iso: string) =>
      billingPeriod(interval, day(iso)).map(dayToIso)
    expect(period('monthly', '2026-02-14')).toEqual(['2026-02-01', '2026-02-28'])
    expect(period('quarterly', '2026-05-14')).toEqual(['2026-04-01', '2026-06-30'])
    expect(period('yearly', '2026-05-14')).toEqual(['2026-01-01', '2026-12-31'])
  })

  it('bills a prorated fee in advance, then usage in arrears with the next fee', () => {
    const sub = subscription([{ plan: 'starter_monthly', start: '2026-03-17' }])
    const drafts = draft(sub, '2026-04-10')
    expect(drafts.map((d) => dayToIso(d.day))).toEqual(['2026-03-17', '2026-04-01'])
    const [start, renewal] = drafts
    expect(start!.fees).toEqual([
      {
        kind: FEE_KIND.subscription,
        plan: planIndex('starter_monthly'),
        metric: -1,
        amount: Math.round((4900 * 15) / 31),
        from: day('2026-03-17'),
        to: day('2026-03-31'),
      },
    ])
    const usage = renewal!.fees.find((f) => f.kind === FEE_KIND.usage)!
    expect([usage.from, usage.to].map(dayToIso)).toEqual(['2026-03-17', '2026-03-31'])
    let expected = 0
    for (let d = day('2026-03-17'); d <= day('2026-03-31'); d++)
      expected += model.amount(model.unitsMilli(sub, 0, d), planIndex('starter_monthly'), 0, 0)
    expect(usage.amount).toBe(expected)
    expect(renewal!.fees.find((f) => f.kind === FEE_KIND.subscription)!.amount).toBe(4900)
    expect(dayToIso(sub.usageInvoicedThrough)).toBe('2026-03-31')
  })

  it('credits the unused fee on an upgrade and settles it against the first invoice on termination', () => {
    const sub = subscription(
      [
        { plan: 'starter_monthly', start: '2026-03-01', end: '2026-03-10' },
        { plan: 'growth_monthly', start: '2026-03-11' },
      ],
      day('2026-03-20'),
    )
    const drafts = draft(sub, '2026-05-01')
    expect(drafts.map((d) => dayToIso(d.day))).toEqual(['2026-03-01', '2026-03-11', '2026-03-21'])
    const upgrade = drafts[1]!
    expect(upgrade.balanceCredit).toBe(Math.round((4900 * 21) / 31))
    expect(upgrade.fees.find((f) => f.kind === FEE_KIND.subscription)!.amount).toBe(
      Math.round((19900 * 21) / 31),
    )
    const final = drafts[2]!
    expect(final.fees.every((f) => f.kind === FEE_KIND.usage)).toBe(true)
    expect(final.settlement?.against).toBe(upgrade)
    expect(final.settlement?.amount).toBe(Math.round((Math.round((19900 * 21) / 31) * 11) / 21))
  })

  it('finalises invoices: coupons, taxes and wallet credits in order', () => {
    const tables = new BillingTables()
    const customer: LedgerCustomer = {
      index: 0,
      id: 'c',
      externalId: 'cus_1',
      name: 'A',
      type: 'company',
      country: 'FR',
      currency: 0,
      entity: 0,
      taxId: null,
      taxRate: 0.2,
      signupDay: day('2026-01-01'),
      deletedDay: -1,
      subscriptions: [0],
    }
    const fee = {
      kind: FEE_KIND.subscription,
      plan: 1,
      metric: -1,
      amount: 10000,
      from: day('2026-01-01'),
      to: day('2026-01-31'),
    }
    const base = {
      subscription: 0,
      plan: 1,
      progressiveCredit: 0,
      balanceCredit: 0,
      settlement: null,
      creditGrant: 0,
      invoice: -1,
    }
    const drafts: Draft[] = [
      {
        ...base,
        day: day('2026-01-01'),
        seq: 0,
        kind: INVOICE_KIND.credit,
        fees: [],
        creditPurchase: 5000,
      },
      {
        ...base,
        day: day('2026-01-01'),
        seq: 1,
        kind: INVOICE_KIND.subscription,
        fees: [fee],
        creditPurchase: 0,
      },
    ]
    finalizeCustomer(
      { model, plans, metricCount: 1, horizon: day('2026-12-31'), tables },
      customer,
      drafts,
      {
        coupon: 0,
        loyaltyDay: -1,
        walletTopUp: false,
        walletPurchase: 5000,
        walletCloseDay: -1,
        payer: 'good',
        termsDays: 30,
      },
      createRandom(1),
    )
    const invoices = tables.freezeInvoices()
    expect(invoices.count).toBe(2)
    expect(invoices.kind[0]).toBe(INVOICE_KIND.credit)
    expect(invoices.total[0]).toBe(5000)
    // 10,000 − 20% coupon = 8,000; +20% tax = 9,600; − 5,000 prepaid credits = 4,600.
    expect(invoices.coupons[1]).toBe(2000)
    expect(invoices.taxes[1]).toBe(1600)
    expect(invoices.prepaidCredits[1]).toBe(5000)
    expect(invoices.total[1]).toBe(4600)
    expect(invoices.dueDay[1]).toBe(day('2026-01-31'))
    const fees = tables.freezeFees()
    expect(fees.discount[0]).toBe(2000)
    expect(fees.tax[0]).toBe(1600)
  })
})
