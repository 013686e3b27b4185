import { describe, expect, it } from 'vitest'
import { LagoAnalyticsResponseError } from './errors.ts'
import { parseDatasetResponse as parse } from './parseDatasetResponse.ts'
import type { DatasetRowMap } from './types.ts'
import type { DatasetName } from './datasets.ts'

function failure(name: DatasetName, body: unknown): LagoAnalyticsResponseError {
  try {
    parse(name, body)
  } catch (error) {
    expect(error).toBeInstanceOf(LagoAnalyticsResponseError)
    return error as LagoAnalyticsResponseError
  }
  throw new Error('expected a LagoAnalyticsResponseError')
}

describe('response schemas', () => {
  describe('wire quirks', () => {
    it('accepts numeric strings and floats for legacy amounts and counts', () => {
      const { rows } = parse('overdueBalance', {
        overdue_balances: [
          {
            month: '2026-06-01T00:00:00.000Z',
            amount_cents: '1000.0',
            currency: 'usd',
            lago_invoice_ids: ['a'],
          },
          {
            month: '2026-07-01T00:00:00.000Z',
            amount_cents: 3000.0,
            currency: 'USD',
            lago_invoice_ids: [],
          },
        ],
      })
      expect(rows).toEqual([
        {
          month: '2026-06-01',
          currency: 'USD',
          amountCents: 1000,
          lagoInvoiceIds: ['a'],
          billingEntityId: null,
        },
        {
          month: '2026-07-01',
          currency: 'USD',
          amountCents: 3000,
          lagoInvoiceIds: [],
          billingEntityId: null,
        },
      ])
    })

    it('rounds fractional MRR cents half away from zero and drops null filler rows', () => {
      const { rows } = parse('mrr', {
        mrrs: [
          { month: '2026-04-01T00:00:00.000Z', amount_cents: null, currency: null },
          { month: '2026-05-01T00:00:00.000Z', amount_cents: '3333.3333333333', currency: 'EUR' },
          { month: '2026-06-01T00:00:00.000Z', amount_cents: '770.5', currency: 'EUR' },
          { month: '2026-07-01T00:00:00.000Z', amount_cents: 2482194.5, currency: 'EUR' },
        ],
      })
      expect(rows).toEqual([
        { month: '2026-05-01', currency: 'EUR', amountCents: 3333 },
        { month: '2026-06-01', currency: 'EUR', amountCents: 771 },
        { month: '2026-07-01', currency: 'EUR', amountCents: 2482195 },
      ])
    })

    it('drops invoice collection filler rows and reads counts sent as strings', () => {
      const { rows } = parse('invoiceCollection', {
        invoice_collections: [
          {
            month: '2026-05-01T00:00:00.000Z',
            payment_status: null,
            invoices_count: 0,
            amount_cents: 0.0,
            currency: null,
          },
          {
            month: '2026-06-01T00:00:00.000Z',
            payment_status: 'failed',
            invoices_count: '2',
            amount_cents: '34400.0',
            currency: 'eur',
          },
        ],
      })
      expect(rows).toEqual([
        {
          month: '2026-06-01',
          currency: 'EUR',
          paymentStatus: 'failed',
          invoicesCount: 2,
          amountCents: 34400,
        },
      ])
    })

    it('accepts usage units as a number or a decimal string', () => {
      const base = {
        start_of_period_dt: '2026-07-01',
        end_of_period_dt: '2026-07-31',
        amount_currency: 'EUR',
        amount_cents: 100,
        billable_metric_code: 'seats',
      }
      const { rows } = parse('usage', {
        usages: [
          { ...base, units: '1.5' },
          { ...base, units: 266 },
        ],
      })
      expect(rows.map((row) => row.units)).toEqual([1.5, 266])
      expect(rows[0]?.isBillableMetricDeleted).toBe(false)
    })

    it('converts prepaid credit amounts from major units with the currency exponent', () => {
      const row = (currency: string, amount: number | string) => ({
        start_of_period_dt: '2026-07-01',
        end_of_period_dt: '2026-07-31',
        amount_currency: currency,
        purchased_amount: amount,
        offered_amount: 0,
        consumed_amount: '0.1',
        voided_amount: 0.3,
        purchased_credits_quantity: 12.5,
        offered_credits_quantity: 0,
        consumed_credits_quantity: '1',
        voided_credits_quantity: 0,
      })
      const { rows } = parse('prepaidCredits', [
        row('EUR', 12.345),
        row('JPY', 1500),
        row('KWD', '3.125'),
      ])
      expect(
        rows.map((r) => [
          r.currency,
          r.purchasedAmountCents,
          r.consumedAmountCents,
          r.voidedAmountCents,
        ]),
      ).toEqual([
        ['EUR', 1235, 10, 30],
        ['JPY', 1500, 0, 0],
        ['KWD', 3125, 100, 300],
      ])
      expect(rows[0]?.purchasedCreditsQuantity).toBe(12.5)
    })

    it('rounds float MRR-by-plan cents and maps 0 page numbers to null', () => {
      const { rows, meta } = parse('mrrByPlan', {
        mrrs_plans: [
          {
            dt: '2026-07-31',
            plan_id: 'p1',
            plan_code: 'pro',
            plan_name: 'Pro',
            plan_interval: 'yearly',
            plan_deleted_at: null,
            active_customers_count: '12',
            active_customers_share: 0.5,
            mrr: 83333.33333,
            mrr_share: 0.25,
            amount_currency: 'usd',
          },
        ],
        meta: { current_page: 1, next_page: 0, prev_page: 0, total_pages: 1, total_count: 1 },
      }) as { rows: DatasetRowMap['mrrByPlan'][]; meta: unknown }
      expect(rows[0]).toMatchObject({ mrr: 83333, activeCustomersCount: 12, currency: 'USD' })
      expect(meta).toEqual({
        currentPage: 1,
        nextPage: null,
        prevPage: null,
        totalPages: 1,
        totalCount: 1,
      })
    })

    it('defaults absent newer contra fields and derives contra from gross − net', () => {
      const { rows } = parse('revenueStreams', [
        {
          start_of_period_dt: '2024-01-01',
          end_of_period_dt: '2024-01-31',
          amount_currency: 'EUR',
          gross_revenue_amount_cents: 1000,
          subscription_fee_amount_cents: 600,
          usage_based_fee_amount_cents: 300,
          commitment_fee_amount_cents: 0,
          one_off_fee_amount_cents: 100,
          coupons_amount_cents: 50,
          net_revenue_amount_cents: 950,
        },
      ])
      expect(rows[0]).toMatchObject({
        contraRevenueAmountCents: 50,
        creditNotesCreditsAmountCents: 0,
        freeCreditsAmountCents: 0,
        prepaidCreditsAmountCents: 0,
        progressiveBillingCreditAmountCents: 0,
      })
    })

    it('ignores unknown fields (forward compatible)', () => {
      const { rows } = parse('grossRevenue', {
        gross_revenues: [
          {
            month: '2026-06-01T00:00:00.000Z',
            amount_cents: 1,
            currency: 'EUR',
            invoices_count: 1,
            new_field: 'x',
          },
        ],
      })
      expect(rows[0]).not.toHaveProperty('new_field')
    })
  })

  describe('malformed responses', () => {
    it('names dataset, row index and field', () => {
      const error = failure('grossRevenue', {
        gross_revenues: [
          {
            month: '2026-06-01T00:00:00.000Z',
            amount_cents: 1,
            currency: 'EUR',
            invoices_count: 1,
          },
          {
            month: '2026-07-01T00:00:00.000Z',
            amount_cents: true,
            currency: 'EUR',
            invoices_count: 1,
          },
        ],
      })
      expect(error.dataset).toBe('grossRevenue')
      expect(error.rowIndex).toBe(1)
      expect(error.field).toBe('amount_cents')
      expect(error.message).toContain('grossRevenue')
      expect(error.message).toContain('row 1')
      expect(error.message).toContain('amount_cents')
    })

    it.each([
      ['a missing envelope', 'mrr', { data: [] }, undefined, 'mrrs'],
      ['an object instead of an array', 'revenueStreams', { rows: [] }, undefined, undefined],
      [
        'a bad month',
        'mrr',
        { mrrs: [{ month: '2026-13-01T00:00:00Z', amount_cents: 1, currency: 'EUR' }] },
        0,
        'month',
      ],
      [
        'a non-integer count',
        'grossRevenue',
        {
          gross_revenues: [
            { month: '2026-01-01', amount_cents: 1, currency: 'EUR', invoices_count: 1.5 },
          ],
        },
        0,
        'invoices_count',
      ],
      [
        'an unsafe amount',
        'grossRevenue',
        {
          gross_revenues: [
            { month: '2026-01-01', amount_cents: 2 ** 60, currency: 'EUR', invoices_count: 1 },
          ],
        },
        0,
        'amount_cents',
      ],
      [
        'a bad currency',
        'usageAmounts',
        [
          {
            start_of_period_dt: '2026-01-01',
            end_of_period_dt: '2026-01-31',
            amount_currency: 'EURO',
            amount_cents: 1,
          },
        ],
        0,
        'amount_currency',
      ],
      [
        'a non-numeric string',
        'usageAmounts',
        [
          {
            start_of_period_dt: '2026-01-01',
            end_of_period_dt: '2026-01-31',
            amount_currency: 'EUR',
            amount_cents: 'lots',
          },
        ],
        0,
        'amount_cents',
      ],
      [
        'an unknown payment status',
        'invoiceCollection',
        {
          invoice_collections: [
            {
              month: '2026-01-01',
              payment_status: 'paid',
              invoices_count: 1,
              amount_cents: 1,
              currency: 'EUR',
            },
          ],
        },
        0,
        'payment_status',
      ],
      ['a missing meta', 'revenueByPlan', { revenue_streams_plans: [] }, undefined, 'meta'],
      [
        'a null amount with a currency',
        'mrr',
        { mrrs: [{ month: '2026-01-01', amount_cents: null, currency: 'EUR' }] },
        0,
        'amount_cents',
      ],
    ] as const)('rejects %s', (_label, name, body, rowIndex, field) => {
      const error = failure(name, body)
      expect(error.rowIndex).toBe(rowIndex)
      expect(error.field).toBe(field)
      expect(error.code).toBe('invalid_response')
    })
  })
})
