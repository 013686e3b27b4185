import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DATE_RANGE_PRESETS } from '../time/dateRange.ts'
import { fromDayNumber } from '../time/dateKey.ts'
import { GRANULARITIES } from '../time/granularity.ts'
import { BREAKDOWN_DIMENSIONS, DEFAULT_FILTERS, type FilterState } from './filterState.ts'
import { fromSearchParams, mergeSearchParams, toSearchParams } from './searchParams.ts'

const id = fc.option(fc.stringMatching(/^[a-z0-9_-]{1,20}$/), { nil: null })
const day = fc.integer({ min: 18_000, max: 22_000 }).map(fromDayNumber)
const filterState: fc.Arbitrary<FilterState> = fc.record({
  range: fc.oneof(
    fc.constantFrom(...DATE_RANGE_PRESETS).map((preset) => ({ preset })),
    fc
      .tuple(day, day)
      .map(([a, b]) => ({ preset: 'custom' as const, from: a < b ? a : b, to: a < b ? b : a })),
  ),
  granularity: fc.constantFrom(...GRANULARITIES),
  currency: fc.option(fc.constantFrom('EUR', 'USD', 'JPY', 'KWD'), { nil: null }),
  externalCustomerId: id,
  customerType: fc.option(fc.constantFrom('individual' as const, 'company' as const), {
    nil: null,
  }),
  customerCountry: fc.option(fc.constantFrom('FR', 'US', 'IN'), { nil: null }),
  planCode: id,
  externalSubscriptionId: id,
  billingEntityCode: id,
  billableMetricCode: id,
  billableMetricKind: fc.option(fc.constantFrom('metered' as const, 'recurring' as const), {
    nil: null,
  }),
  breakdown: fc.uniqueArray(fc.constantFrom(...BREAKDOWN_DIMENSIONS), { maxLength: 2 }),
})

describe('URL serialisation', () => {
  it('writes only what differs from the defaults, with the prefix', () => {
    const state: FilterState = {
      ...DEFAULT_FILTERS,
      currency: 'EUR',
      range: { preset: 'custom', from: '2026-01-01', to: '2026-03-31' },
      breakdown: ['plan', 'customer'],
      externalCustomerId: 'acme & co',
    }
    expect(toSearchParams(state, { prefix: 'rev.' }).toString()).toBe(
      'rev.from=2026-01-01&rev.to=2026-03-31&rev.currency=EUR&rev.customer=acme+%26+co&rev.breakdown=plan%2Ccustomer',
    )
    expect(toSearchParams(DEFAULT_FILTERS).toString()).toBe('')
  })

  it('round-trips any valid state, with any prefix and defaults (property)', () => {
    fc.assert(
      fc.property(
        filterState,
        filterState,
        fc.constantFrom('', 'a.', 'usage_', 'x-'),
        (state, defaults, prefix) => {
          const params = toSearchParams(state, { prefix, defaults })
          expect(fromSearchParams(params.toString(), { prefix, defaults })).toEqual(state)
        },
      ),
    )
  })

  it('ignores invalid values, keeping the defaults field by field', () => {
    const state = fromSearchParams(
      'currency=EURO&granularity=hour&range=forever&country=fr&customerType=robot&breakdown=plan,plan&customer=acme&from=2026-02-30&to=2026-03-01',
    )
    expect(state).toEqual({ ...DEFAULT_FILTERS, customerCountry: 'FR', externalCustomerId: 'acme' })
  })

  it('keeps two dashboards on one page independent', () => {
    const revenue: FilterState = { ...DEFAULT_FILTERS, currency: 'EUR', granularity: 'quarter' }
    const usage: FilterState = {
      ...DEFAULT_FILTERS,
      currency: 'USD',
      billableMetricCode: 'api_calls',
    }
    let url = mergeSearchParams('tab=2', revenue, { prefix: 'rev.' })
    url = mergeSearchParams(url, usage, { prefix: 'use.' })
    expect(fromSearchParams(url, { prefix: 'rev.' })).toEqual(revenue)
    expect(fromSearchParams(url, { prefix: 'use.' })).toEqual(usage)
    // Changing one leaves the other and the host's parameters alone.
    url = mergeSearchParams(url, { ...revenue, currency: 'JPY' }, { prefix: 'rev.' })
    expect(fromSearchParams(url, { prefix: 'use.' })).toEqual(usage)
    expect(fromSearchParams(url, { prefix: 'rev.' }).currency).toBe('JPY')
    expect(url.get('tab')).toBe('2')
    // Back to defaults: the dashboard's keys disappear.
    url = mergeSearchParams(url, DEFAULT_FILTERS, { prefix: 'rev.' })
    expect([...url.keys()].some((key) => key.startsWith('rev.'))).toBe(false)
  })
})
