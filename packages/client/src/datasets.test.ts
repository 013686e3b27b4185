import { describe, expect, it } from 'vitest'
import { DATASETS, DATASET_NAMES, splitDataApiPath } from './datasets.ts'

describe('DATASETS', () => {
  it('lists the fifteen contract method names', () => {
    expect(DATASET_NAMES).toEqual([
      'grossRevenue',
      'invoicedUsage',
      'invoiceCollection',
      'mrr',
      'overdueBalance',
      'usage',
      'revenueStreams',
      'revenueByPlan',
      'revenueByCustomer',
      'mrrMovements',
      'mrrByPlan',
      'prepaidCredits',
      'usageAmounts',
      'invoicedUsageByMetric',
      'usageForecast',
    ])
  })

  it('marks only datasets that accept external_customer_id as customer-scopable', () => {
    const scopable = DATASET_NAMES.filter((name) => DATASETS[name].customerScopable)
    expect(scopable).toEqual([
      'grossRevenue',
      'overdueBalance',
      'usage',
      'revenueStreams',
      'mrrMovements',
      'prepaidCredits',
      'usageAmounts',
      'invoicedUsageByMetric',
      'usageForecast',
    ])
  })

  it('gates the premium legacy endpoints and the Data API', () => {
    expect(DATASETS.grossRevenue.premium).toBe(false)
    expect(DATASETS.overdueBalance.premium).toBe(false)
    expect(DATASETS.usage.premium).toBe(false)
    expect(DATASETS.mrr.premium).toBe(true)
    expect(DATASETS.invoiceCollection.premium).toBe(true)
    expect(DATASETS.invoicedUsage.premium).toBe(true)
    expect(DATASETS.revenueStreams.premium).toBe(true)
  })

  it('splits breakdown paths', () => {
    expect(splitDataApiPath('revenue_streams/plans')).toEqual(['revenue_streams', 'plans'])
    expect(splitDataApiPath('mrrs')).toEqual(['mrrs', undefined])
  })
})
