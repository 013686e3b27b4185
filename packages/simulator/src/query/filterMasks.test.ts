import { describe, expect, it } from 'vitest'
import { NOW } from '../../test/helpers'
import { buildLedger } from '../buildLedger'
import { buildFilterMasks, passes } from './filterMasks'

const ledger = buildLedger({
  seed: 42,
  now: new Date(NOW),
  months: 27,
  customers: 80,
  hostileNames: false,
})
const base = { granularity: 'monthly' as const, fromDay: 0, toDay: 1e6 }
const selected = (mask: Uint8Array): number => mask.reduce((a, b) => a + b, 0)

describe('buildFilterMasks', () => {
  it('selects customers by currency, country, type, id, entity and tax id', () => {
    const masks = buildFilterMasks(ledger, {
      ...base,
      currency: 'EUR',
      customerType: 'company',
      isCustomerTinEmpty: false,
    })
    for (const customer of ledger.customers) {
      const expected =
        ledger.currencies[customer.currency]!.code === 'EUR' &&
        customer.type === 'company' &&
        customer.taxId !== null
      expect(masks.customer[customer.index] === 1).toBe(expected)
    }
    expect(
      selected(buildFilterMasks(ledger, { ...base, billingEntityCode: 'unknown' }).customer),
    ).toBe(0)
    expect(
      selected(buildFilterMasks(ledger, { ...base, externalCustomerId: 'cus_00003' }).customer),
    ).toBe(1)
    expect(selected(buildFilterMasks(ledger, { ...base, currency: 'eur' }).customer)).toBe(0)
  })

  it('selects subscriptions, plans and metrics', () => {
    const masks = buildFilterMasks(ledger, {
      ...base,
      externalSubscriptionId: 'sub_00001_1',
      planCode: 'growth_monthly',
      isBillableMetricRecurring: true,
    })
    expect(selected(masks.subscription!)).toBe(1)
    expect(selected(masks.plan!)).toBe(1)
    expect(ledger.metrics.filter((m) => masks.metric[m.index] === 1).map((m) => m.code)).toEqual([
      'storage_gb',
      'seats',
    ])
    const none = buildFilterMasks(ledger, base)
    expect(none.subscription).toBeNull()
    expect(none.plan).toBeNull()
  })

  it('lets items without a plan through only when no plan filter is set', () => {
    expect(passes(buildFilterMasks(ledger, base), 0, -1, -1)).toBe(true)
    expect(
      passes(buildFilterMasks(ledger, { ...base, planCode: 'growth_monthly' }), 0, -1, -1),
    ).toBe(false)
  })
})
