import { DATASET_NAMES, DATASETS } from '@lago-analytics/client'
import { encodeQuery } from '@lago-analytics/client/protocol'
import { describe, expect, it } from 'vitest'
import { DEFAULT_FILTERS, type FilterState } from './filterState.ts'
import { toDatasetParams } from './toDatasetParams.ts'

const now = new Date('2026-05-14T12:00:00Z')
const state: FilterState = {
  ...DEFAULT_FILTERS,
  range: { preset: 'custom', from: '2026-01-15', to: '2026-03-10' },
  granularity: 'week',
  currency: 'EUR',
  externalCustomerId: 'acme',
  customerType: 'company',
  customerCountry: 'FR',
  planCode: 'pro',
  externalSubscriptionId: 'sub_1',
  billingEntityCode: 'be_eu',
  billableMetricCode: 'api_calls',
  billableMetricKind: 'metered',
}

describe('toDatasetParams', () => {
  it('maps filters to a Data API dataset, aligned to whole buckets', () => {
    expect(toDatasetParams('revenueStreams', state, { now })).toEqual({
      billingEntityCode: 'be_eu',
      currency: 'EUR',
      customerCountry: 'FR',
      customerType: 'company',
      externalCustomerId: 'acme',
      externalSubscriptionId: 'sub_1',
      fromDate: '2026-01-12',
      planCode: 'pro',
      timeGranularity: 'weekly',
      toDate: '2026-03-15',
    })
    expect(toDatasetParams('revenueStreams', state, { now, alignToBuckets: false })).toMatchObject({
      fromDate: '2026-01-15',
      toDate: '2026-03-10',
    })
  })

  it('passes only what each dataset accepts', () => {
    expect(toDatasetParams('usage', state, { now })).toMatchObject({
      billableMetricCode: 'api_calls',
      isBillableMetricRecurring: false,
    })
    expect(toDatasetParams('usage', state, { now })).not.toHaveProperty('billingEntityCode')
    expect(toDatasetParams('revenueByPlan', state, { now })).toEqual({ currency: 'EUR' })
    // Legacy endpoints: months counted back from the current month (May) to January.
    expect(toDatasetParams('grossRevenue', state, { now })).toEqual({
      currency: 'EUR',
      months: 5,
      billingEntityCode: 'be_eu',
      externalCustomerId: 'acme',
    })
    for (const name of DATASET_NAMES) {
      const params = toDatasetParams(name, state, { now })
      const accepted = new Set(DATASETS[name].params)
      // Every key is accepted by the dataset, and the client encodes it without error.
      const query = encodeQuery(DATASETS[name], params)
      for (const key of query.keys()) expect(accepted.has(key)).toBe(true)
      expect([...query.keys()]).toHaveLength(Object.keys(params).length)
    }
  })

  it('fetches months for quarters and years, and resolves presets with now', () => {
    const yearly: FilterState = {
      ...DEFAULT_FILTERS,
      granularity: 'year',
      range: { preset: 'yearToDate' },
    }
    expect(toDatasetParams('mrrMovements', yearly, { now })).toEqual({
      fromDate: '2026-01-01',
      toDate: '2026-05-31',
      timeGranularity: 'monthly',
    })
    expect(
      toDatasetParams('usage', { ...yearly, billableMetricKind: 'recurring' }, { now }),
    ).toMatchObject({
      isBillableMetricRecurring: true,
    })
  })
})
