import { DATASETS, type DatasetName } from '@lago-analytics/client'
import { describe, expect, it } from 'vitest'
import { buildGraphqlRequest, GRAPHQL_OPERATIONS } from './graphqlOperations.ts'

describe('GRAPHQL_OPERATIONS', () => {
  it('covers exactly the Data API datasets', () => {
    const dataApi = Object.values(DATASETS)
      .filter((d) => d.surface === 'dataApi')
      .map((d) => d.name)
      .sort()
    expect(Object.keys(GRAPHQL_OPERATIONS).sort()).toEqual(dataApi)
    for (const name of dataApi) {
      const op = GRAPHQL_OPERATIONS[name as DatasetName]
      expect(op?.paginated, name).toBe(DATASETS[name].paginated)
      for (const bigint of op?.bigints ?? []) expect(op?.fields, name).toContain(bigint)
    }
  })

  it('declares only the variables it sends, with schema types', () => {
    const op = GRAPHQL_OPERATIONS.revenueByPlan
    if (op === undefined) throw new Error('missing')
    const request = buildGraphqlRequest(
      op,
      new URLSearchParams('currency=EUR&limit=5&page=2&order_by=net_revenue_amount_cents'),
    )
    expect(request.operationName).toBe('LagoAnalyticsRevenueStreamsPlans')
    expect(request.query).toContain(
      'query LagoAnalyticsRevenueStreamsPlans($currency: CurrencyEnum, $limit: Int, $page: Int, $orderBy: OrderByEnum)',
    )
    expect(request.query).toContain(
      'dataApiRevenueStreamsPlans(currency: $currency, limit: $limit, page: $page, orderBy: $orderBy)',
    )
    expect(request.query).toContain(
      'metadata { currentPage nextPage prevPage totalPages totalCount }',
    )
    expect(request.variables).toEqual({
      currency: 'EUR',
      limit: 5,
      page: 2,
      orderBy: 'net_revenue_amount_cents',
    })
    const plain = buildGraphqlRequest(
      GRAPHQL_OPERATIONS.usageAmounts ?? op,
      new URLSearchParams('is_billable_metric_recurring=false&customer_country=FR'),
    )
    expect(plain.variables).toEqual({ isBillableMetricRecurring: false, customerCountry: 'FR' })
    expect(plain.query).toContain('$customerCountry: CountryCode')
    expect(plain.query).not.toContain('metadata')
    expect(plain.query.length).toBeLessThan(15_000)
  })
})
