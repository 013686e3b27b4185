import { DATASETS } from '@lago-analytics/client'
import { describe, expect, it } from 'vitest'
import { GRAPHQL_OPERATIONS } from './graphqlOperations.ts'
import { translateGraphqlRows } from './translateGraphqlRows.ts'

describe('translateGraphqlRows', () => {
  it('snake_cases selected fields and turns BigInt strings into numbers', () => {
    const op = GRAPHQL_OPERATIONS.mrrMovements
    if (op === undefined) throw new Error('missing')
    const result = translateGraphqlRows(DATASETS.mrrMovements, op, {
      collection: [
        {
          startOfPeriodDt: '2026-01-01',
          endOfPeriodDt: '2026-01-31',
          amountCurrency: 'EUR',
          startingMrr: '100',
          mrrNew: '5',
          mrrExpansion: '0',
          mrrContraction: '-1',
          mrrChurn: '-2',
          mrrChange: '2',
          endingMrr: '102',
          extra: 'dropped',
        },
        { startingMrr: '123456789012345678901' },
      ],
    })
    expect(result).toEqual({
      ok: true,
      body: [
        {
          start_of_period_dt: '2026-01-01',
          end_of_period_dt: '2026-01-31',
          amount_currency: 'EUR',
          starting_mrr: 100,
          mrr_new: 5,
          mrr_expansion: 0,
          mrr_contraction: -1,
          mrr_churn: -2,
          mrr_change: 2,
          ending_mrr: 102,
        },
        // Beyond the safe-integer range it stays a string: the client then refuses it clearly.
        { starting_mrr: '123456789012345678901' },
      ],
    })
  })

  it('wraps paginated breakdowns in their envelope with meta; keeps string fields as strings', () => {
    const op = GRAPHQL_OPERATIONS.revenueByCustomer
    if (op === undefined) throw new Error('missing')
    const result = translateGraphqlRows(DATASETS.revenueByCustomer, op, {
      collection: [{ externalCustomerId: '12345', grossRevenueAmountCents: '10' }],
      metadata: { currentPage: 1, nextPage: 2, prevPage: 0, totalPages: 3, totalCount: 25 },
    })
    expect(result).toEqual({
      ok: true,
      body: {
        revenue_streams_customers: [
          { external_customer_id: '12345', gross_revenue_amount_cents: 10 },
        ],
        meta: { current_page: 1, next_page: 2, prev_page: 0, total_pages: 3, total_count: 25 },
      },
    })
  })

  it('reports a payload without the expected shape', () => {
    const op = GRAPHQL_OPERATIONS.revenueByPlan
    if (op === undefined) throw new Error('missing')
    expect(translateGraphqlRows(DATASETS.revenueByPlan, op, null).ok).toBe(false)
    expect(translateGraphqlRows(DATASETS.revenueByPlan, op, { collection: {} }).ok).toBe(false)
    expect(translateGraphqlRows(DATASETS.revenueByPlan, op, { collection: [] }).ok).toBe(false)
  })
})
