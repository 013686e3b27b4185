import type { MrrByPlanRow, RevenueByCustomerRow, RevenueByPlanRow } from '@lago-analytics/client'
import { describe, expect, it } from 'vitest'
import { CurrencyMismatchError } from '../errors.ts'
import {
  breakdownBySubscription,
  breakdownMrrByPlan,
  breakdownRevenueByCustomer,
  breakdownRevenueByPlan,
} from './breakdownRevenue.ts'

function customer(
  id: string,
  name: string | null,
  gross: number,
  net: number,
  currency = 'EUR',
): RevenueByCustomerRow {
  return {
    customerId: `lago-${id}`,
    externalCustomerId: id,
    customerName: name,
    customerDeletedAt: null,
    currency,
    grossRevenueAmountCents: gross,
    grossRevenueShare: null,
    netRevenueAmountCents: net,
    netRevenueShare: null,
  }
}

function plan(code: string, gross: number, net: number): RevenueByPlanRow {
  return {
    planId: `id-${code}`,
    planCode: code,
    planName: code.toUpperCase(),
    planInterval: 'monthly',
    planDeletedAt: null,
    customersCount: 1,
    customersShare: 0.1,
    currency: 'EUR',
    grossRevenueAmountCents: gross,
    grossRevenueShare: null,
    netRevenueAmountCents: net,
    netRevenueShare: null,
  }
}

function mrrPlan(dt: string, code: string, mrr: number): MrrByPlanRow {
  return {
    dt,
    planId: code,
    planCode: code,
    planName: code,
    planInterval: 'monthly',
    planDeletedAt: null,
    activeCustomersCount: 1,
    activeCustomersShare: 1,
    mrr,
    mrrShare: null,
    currency: 'EUR',
  }
}

describe('revenue breakdowns', () => {
  const customers = [
    customer('acme', 'Acme', 1000, 900),
    customer('beta', null, 500, 600),
    customer('corp', 'Corp', 100, 50),
  ]

  it('by customer: net by default, names falling back to the external id', () => {
    const result = breakdownRevenueByCustomer(customers, { topN: 1 })
    expect(result.currency).toBe('EUR')
    expect(result.items).toMatchObject([{ key: 'acme', label: 'Acme', value: 900 }])
    expect(result.other).toMatchObject({ value: 650, members: 2 })
    const gross = breakdownRevenueByCustomer(customers, { measure: 'gross' })
    expect(gross.items.map((item) => [item.label, item.value])).toEqual([
      ['Acme', 1000],
      ['beta', 500],
      ['Corp', 100],
    ])
  })

  it('by customer: refuses mixed currencies', () => {
    expect(() =>
      breakdownRevenueByCustomer([...customers, customer('x', 'X', 1, 1, 'USD')]),
    ).toThrow(CurrencyMismatchError)
  })

  it('by plan', () => {
    const result = breakdownRevenueByPlan([plan('pro', 300, 250), plan('basic', 100, 100)], {
      measure: 'gross',
    })
    expect(result.items.map((item) => [item.key, item.label, item.share])).toEqual([
      ['pro', 'PRO', 0.75],
      ['basic', 'BASIC', 0.25],
    ])
  })

  it('MRR by plan uses the latest snapshot unless a date is given', () => {
    const rows = [
      mrrPlan('2026-01-31', 'pro', 100),
      mrrPlan('2026-02-28', 'pro', 150),
      mrrPlan('2026-02-28', 'basic', 50),
    ]
    const latest = breakdownMrrByPlan(rows)
    expect(latest.date).toBe('2026-02-28')
    expect(latest.total).toBe(200)
    expect(breakdownMrrByPlan(rows, { date: '2026-01-31' }).total).toBe(100)
  })

  it('by subscription', () => {
    const result = breakdownBySubscription(
      [
        { externalSubscriptionId: 's1', amountCents: 10, currency: 'JPY' },
        { externalSubscriptionId: 's2', name: 'Pro (Acme)', amountCents: 30, currency: 'JPY' },
        { externalSubscriptionId: 's1', amountCents: 5, currency: 'JPY' },
      ],
      { topN: 1 },
    )
    expect(result.currency).toBe('JPY')
    expect(result.items).toMatchObject([{ key: 's2', label: 'Pro (Acme)', value: 30 }])
    expect(result.other).toMatchObject({ value: 15, rows: 2, members: 1 })
  })
})
