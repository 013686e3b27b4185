import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  createLagoAnalyticsClient,
  DATASET_NAMES,
  DATASETS,
  LagoAnalyticsError,
  LagoAnalyticsResponseError,
  type DatasetName,
} from '../src/index.ts'
import { parseDatasetResponse } from '../src/parseDatasetResponse.ts'

/** Wire field names of each dataset's rows, for mutation-based bodies. */
const FIELDS: Record<DatasetName, string[]> = {
  grossRevenue: ['month', 'amount_cents', 'currency', 'invoices_count', 'billing_entity_id'],
  invoicedUsage: ['month', 'code', 'currency', 'amount_cents'],
  invoiceCollection: ['month', 'payment_status', 'invoices_count', 'amount_cents', 'currency'],
  mrr: ['month', 'amount_cents', 'currency'],
  overdueBalance: ['month', 'amount_cents', 'currency', 'lago_invoice_ids', 'billing_entity_id'],
  usage: [
    'start_of_period_dt',
    'end_of_period_dt',
    'amount_currency',
    'amount_cents',
    'billable_metric_code',
    'units',
  ],
  revenueStreams: [
    'start_of_period_dt',
    'amount_currency',
    'gross_revenue_amount_cents',
    'net_revenue_amount_cents',
    'coupons_amount_cents',
  ],
  revenueByPlan: [
    'plan_id',
    'plan_interval',
    'customers_count',
    'customers_share',
    'amount_currency',
  ],
  revenueByCustomer: [
    'customer_id',
    'customer_name',
    'amount_currency',
    'gross_revenue_amount_cents',
  ],
  mrrMovements: [
    'start_of_period_dt',
    'amount_currency',
    'starting_mrr',
    'mrr_churn',
    'ending_mrr',
  ],
  mrrByPlan: ['dt', 'plan_id', 'mrr', 'active_customers_count', 'amount_currency'],
  prepaidCredits: [
    'amount_currency',
    'purchased_amount',
    'consumed_amount',
    'voided_credits_quantity',
  ],
  usageAmounts: ['start_of_period_dt', 'end_of_period_dt', 'amount_currency', 'amount_cents'],
  invoicedUsageByMetric: [
    'start_of_period_dt',
    'amount_currency',
    'billable_metric_code',
    'amount_cents',
  ],
  usageForecast: [
    'amount_currency',
    'units',
    'amount_cents',
    'units_forecast_realistic',
    'amount_cents_forecast_optimistic',
  ],
}

function parse(name: DatasetName, body: unknown): unknown {
  return parseDatasetResponse(name, body)
}

function parsesOrTypedError(name: DatasetName, body: unknown): void {
  try {
    const result = parse(name, body) as { rows: unknown[] }
    expect(Array.isArray(result.rows)).toBe(true)
  } catch (error) {
    expect(error).toBeInstanceOf(LagoAnalyticsResponseError)
    expect((error as LagoAnalyticsResponseError).dataset).toBe(name)
  }
}

function wrap(name: DatasetName, rows: unknown): unknown {
  const { envelope, paginated } = DATASETS[name]
  if (envelope === null) return rows
  return paginated
    ? {
        [envelope]: rows,
        meta: { current_page: 1, next_page: 0, prev_page: 0, total_pages: 1, total_count: 1 },
      }
    : { [envelope]: rows }
}

const datasetName = fc.constantFrom(...DATASET_NAMES)

describe('arbitrary response bodies never crash the client', () => {
  it('any JSON value parses or raises LagoAnalyticsResponseError', () => {
    fc.assert(
      fc.property(datasetName, fc.jsonValue(), (name, body) => {
        parsesOrTypedError(name, body)
        parsesOrTypedError(name, wrap(name, body))
        parsesOrTypedError(name, wrap(name, [body]))
      }),
      { numRuns: 1500 },
    )
  })

  it('rows with arbitrary values in real fields parse or raise a located error', () => {
    const row = datasetName.chain((name) =>
      fc.tuple(
        fc.constant(name),
        fc.dictionary(fc.constantFrom(...FIELDS[name]), fc.jsonValue(), { minKeys: 1 }),
      ),
    )
    fc.assert(
      fc.property(row, ([name, fields]) => {
        try {
          parse(name, wrap(name, [fields]))
        } catch (error) {
          expect(error).toBeInstanceOf(LagoAnalyticsResponseError)
          expect(
            (error as LagoAnalyticsResponseError).rowIndex === 0 ||
              (error as LagoAnalyticsResponseError).rowIndex === undefined,
          ).toBe(true)
        }
      }),
      { numRuns: 1500 },
    )
  })

  it('any status and body through the whole client resolve or reject with a LagoAnalyticsError', async () => {
    await fc.assert(
      fc.asyncProperty(
        datasetName,
        fc.integer({ min: 200, max: 599 }),
        fc.oneof(
          fc.string(),
          fc.jsonValue().map((value) => JSON.stringify(value)),
        ),
        async (name, status, text) => {
          const fetch = async () =>
            new Response([204, 205, 304].includes(status) ? null : text, { status })
          const lago = createLagoAnalyticsClient({
            apiUrl: 'https://lago.test',
            apiKey: 'k',
            dataApi: { url: 'https://data.test', token: 't', organizationId: 'o' },
            fetch,
            retry: false,
          })
          try {
            await lago.request(name)
          } catch (error) {
            expect(error).toBeInstanceOf(LagoAnalyticsError)
          }
        },
      ),
      { numRuns: 500 },
    )
  })
})
