import { describe, expect, it } from 'vitest'
import { parseIsoDay } from '../utcDay'
import { parseDataApiQuery } from './dataApiQuery'

const defaults = { granularity: 'monthly' as const, fromDay: 100, toDay: 200 }
const parse = (entries: Record<string, string>) =>
  parseDataApiQuery(new Map(Object.entries(entries)), defaults)

describe('parseDataApiQuery', () => {
  it('applies defaults', () => {
    expect(parse({})).toEqual({
      ok: true,
      value: { granularity: 'monthly', fromDay: 100, toDay: 200 },
    })
  })

  it('reads every filter', () => {
    const parsed = parse({
      time_granularity: 'weekly',
      from_date: '2026-01-01',
      to_date: '2026-01-31',
      currency: 'eur',
      billing_entity_code: 'acme_eu',
      customer_country: 'FR',
      customer_type: 'company',
      external_customer_id: 'cus_1',
      external_subscription_id: 'sub_1',
      plan_code: 'growth_monthly',
      is_customer_tin_empty: 'false',
      billable_metric_code: 'seats',
      is_billable_metric_recurring: 'true',
    })
    expect(parsed).toEqual({
      ok: true,
      value: {
        granularity: 'weekly',
        fromDay: parseIsoDay('2026-01-01'),
        toDay: parseIsoDay('2026-01-31'),
        currency: 'eur',
        billingEntityCode: 'acme_eu',
        customerCountry: 'FR',
        customerType: 'company',
        externalCustomerId: 'cus_1',
        externalSubscriptionId: 'sub_1',
        planCode: 'growth_monthly',
        isCustomerTinEmpty: false,
        billableMetricCode: 'seats',
        isBillableMetricRecurring: true,
      },
    })
  })

  it('reports every invalid value, Lago style', () => {
    expect(
      parse({
        time_granularity: 'yearly',
        from_date: '2026-02-30',
        to_date: 'yesterday',
        customer_type: 'robot',
        is_customer_tin_empty: 'maybe',
      }),
    ).toEqual({
      ok: false,
      errors: {
        time_granularity: ['value_is_invalid'],
        from_date: ['invalid_date'],
        to_date: ['invalid_date'],
        customer_type: ['value_is_invalid'],
        is_customer_tin_empty: ['value_is_invalid'],
      },
    })
  })
})
