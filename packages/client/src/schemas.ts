import * as v from 'valibot'
import { currencyExponent } from './currencyExponent.ts'
import { DATASETS, type DatasetName } from './datasets.ts'
import { decimalToMinor } from './decimalToMinor.ts'
import type { PageMeta } from './rows.ts'

/**
 * Response validation and normalisation, built with valibot from one compact field spec per
 * dataset. Each wire field has a kind (amount, count, date, currency…) whose schema accepts the
 * documented quirks and outputs the normalised value; keys are then renamed to camelCase
 * (plus the few renames documented in rows.ts). Kept compact on purpose: the client's whole
 * bundle, validator included, targets 4 KB gzipped.
 */

const FAIL = Symbol('fail')
type Converter = (value: unknown) => unknown

function kind(convert: Converter, expected: string) {
  return v.pipe(
    v.unknown(),
    v.rawTransform(({ dataset, addIssue, NEVER }) => {
      const out = convert(dataset.value)
      if (out === FAIL) {
        addIssue({ message: `expected ${expected}` })
        return NEVER
      }
      return out
    }),
  )
}

const isNumeric = (x: unknown): x is number | string =>
  typeof x === 'number' || typeof x === 'string'
const toNumber = (x: unknown) =>
  typeof x === 'number' ? x : typeof x === 'string' && x.trim() ? Number(x) : NaN
const toDate = (x: unknown) => {
  if (typeof x !== 'string' || !/^\d{4}-\d\d-\d\d($|T)/.test(x)) return FAIL
  const day = x.slice(0, 10)
  const date = new Date(day)
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(day) ? day : FAIL
}

type Spec = Record<string, v.GenericSchema<unknown, unknown>>

/**
 * Builds the field specs on first use (not at import), so importing a helper such as
 * `currencyExponent` never pulls the validator into a bundle.
 */
function countKind() {
  return kind((x) => {
    const n = toNumber(x)
    return Number.isSafeInteger(n) && n >= 0 ? n : FAIL
  }, 'a non-negative whole count')
}

function buildSpecs(): Record<DatasetName, Spec> {
  /** Whole minor units; numeric strings and fractional cents are rounded half away from zero. */
  const cents = kind(
    (x) => (isNumeric(x) ? (decimalToMinor(x) ?? FAIL) : FAIL),
    'an amount in minor units (safe integer)',
  )
  const count = countKind()
  const float = kind((x) => {
    const n = toNumber(x)
    return Number.isFinite(n) ? n : FAIL
  }, 'a finite number')
  /** Major units kept as given; the row converts them with its currency's exponent. */
  const major = kind(
    (x) => (isNumeric(x) && Number.isFinite(toNumber(x)) ? x : FAIL),
    'a decimal amount',
  )
  const date = kind(toDate, 'an ISO date (YYYY-MM-DD)')
  const month = kind((x) => {
    const day = toDate(x)
    return day === FAIL ? FAIL : `${day.slice(0, 7)}-01`
  }, 'an ISO month timestamp')
  const currencyCode = (x: unknown) =>
    typeof x === 'string' && /^[A-Za-z]{3}$/.test(x) ? x.toUpperCase() : FAIL
  const currency = kind(currencyCode, 'an ISO 4217 currency code')
  const text = kind((x) => (typeof x === 'string' ? x : FAIL), 'a string')
  const textOrNull = kind(
    (x) => (x == null ? null : typeof x === 'string' ? x : FAIL),
    'a string or null',
  )
  const oneOf = (values: readonly string[]) =>
    kind((x) => (values.includes(x as string) ? x : FAIL), `one of ${values.join(', ')}`)
  const nullable = (convert: Converter, expected: string) =>
    kind((x) => (x == null ? null : convert(x)), `${expected} or null`)
  const optional = <T>(schema: v.GenericSchema<unknown, unknown>, fallback: T) =>
    v.optional(schema, fallback as never)

  const centsOrNull = nullable(
    (x) => (isNumeric(x) ? (decimalToMinor(x) ?? FAIL) : FAIL),
    'an amount',
  )
  const floatOrNull = nullable(
    (x) => (Number.isFinite(toNumber(x)) ? toNumber(x) : FAIL),
    'a number',
  )
  const planInterval = oneOf(['weekly', 'monthly', 'quarterly', 'semiannual', 'yearly'])

  const period = { start_of_period_dt: date, end_of_period_dt: date, amount_currency: currency }
  const planFields = {
    plan_id: text,
    plan_code: text,
    plan_name: text,
    plan_interval: planInterval,
    plan_deleted_at: optional(textOrNull, null),
  }
  const revenueAmounts = {
    amount_currency: currency,
    gross_revenue_amount_cents: cents,
    gross_revenue_share: optional(floatOrNull, null),
    net_revenue_amount_cents: cents,
    net_revenue_share: optional(floatOrNull, null),
  }
  const optionalCents = optional(centsOrNull, null)

  return {
    grossRevenue: {
      month,
      amount_cents: cents,
      currency,
      invoices_count: count,
      billing_entity_id: optional(textOrNull, null),
    },
    invoicedUsage: { month, code: text, currency, amount_cents: cents },
    invoiceCollection: {
      month,
      payment_status: nullable(
        (x) => (['pending', 'succeeded', 'failed'].includes(x as string) ? x : FAIL),
        'pending, succeeded or failed',
      ),
      invoices_count: count,
      amount_cents: cents,
      currency: nullable(currencyCode, 'a currency code'),
    },
    mrr: { month, amount_cents: centsOrNull, currency: nullable(currencyCode, 'a currency code') },
    overdueBalance: {
      month,
      amount_cents: cents,
      currency,
      lago_invoice_ids: optional(
        kind(
          (x) => (Array.isArray(x) && x.every((id) => typeof id === 'string') ? x : FAIL),
          'an array of ids',
        ),
        [],
      ),
      billing_entity_id: optional(textOrNull, null),
    },
    usage: {
      ...period,
      billable_metric_code: text,
      units: float,
      amount_cents: cents,
      is_billable_metric_deleted: optional(
        kind((x) => (typeof x === 'boolean' ? x : FAIL), 'a boolean'),
        false,
      ),
    },
    revenueStreams: {
      ...period,
      gross_revenue_amount_cents: cents,
      subscription_fee_amount_cents: cents,
      usage_based_fee_amount_cents: cents,
      commitment_fee_amount_cents: cents,
      one_off_fee_amount_cents: cents,
      coupons_amount_cents: cents,
      contra_revenue_amount_cents: optionalCents,
      credit_notes_credits_amount_cents: optionalCents,
      free_credits_amount_cents: optionalCents,
      prepaid_credits_amount_cents: optionalCents,
      progressive_billing_credit_amount_cents: optionalCents,
      net_revenue_amount_cents: cents,
    },
    revenueByPlan: {
      ...planFields,
      customers_count: count,
      customers_share: float,
      ...revenueAmounts,
    },
    revenueByCustomer: {
      customer_id: text,
      external_customer_id: text,
      customer_name: optional(textOrNull, null),
      customer_deleted_at: optional(textOrNull, null),
      ...revenueAmounts,
    },
    mrrMovements: {
      ...period,
      starting_mrr: cents,
      mrr_new: cents,
      mrr_expansion: cents,
      mrr_contraction: cents,
      mrr_churn: cents,
      mrr_change: cents,
      ending_mrr: cents,
    },
    mrrByPlan: {
      dt: date,
      ...planFields,
      active_customers_count: count,
      active_customers_share: float,
      mrr: cents,
      mrr_share: optional(floatOrNull, null),
      amount_currency: currency,
    },
    prepaidCredits: {
      ...period,
      purchased_amount: major,
      offered_amount: major,
      consumed_amount: major,
      voided_amount: major,
      purchased_credits_quantity: float,
      offered_credits_quantity: float,
      consumed_credits_quantity: float,
      voided_credits_quantity: float,
    },
    usageAmounts: { ...period, amount_cents: cents },
    invoicedUsageByMetric: { ...period, billable_metric_code: text, amount_cents: cents },
    usageForecast: {
      ...period,
      units: float,
      amount_cents: cents,
      units_forecast_conservative: float,
      units_forecast_realistic: float,
      units_forecast_optimistic: float,
      amount_cents_forecast_conservative: cents,
      amount_cents_forecast_realistic: cents,
      amount_cents_forecast_optimistic: cents,
    },
  }
}

const RENAMES: Record<string, string> = { amount_currency: 'currency', code: 'billableMetricCode' }
const camel = (key: string) =>
  RENAMES[key] ?? key.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase())

type Row = Record<string, unknown>
type Issue = (field: string, message: string) => never

/** Dataset-specific finishing: filler rows, derived defaults, unit conversions. `null` drops the row. */
const FINISH: Partial<Record<DatasetName, (row: Row, issue: Issue) => Row | null>> = {
  mrr: (row, issue) =>
    row.currency === null
      ? null
      : row.amountCents === null
        ? issue('amount_cents', 'null on a row that has a currency')
        : row,
  invoiceCollection: (row, issue) =>
    row.currency === null
      ? null
      : row.paymentStatus === null
        ? issue('payment_status', 'null on a row that has a currency')
        : row,
  revenueStreams: (row) => {
    for (const key of [
      'creditNotesCreditsAmountCents',
      'freeCreditsAmountCents',
      'prepaidCreditsAmountCents',
      'progressiveBillingCreditAmountCents',
    ]) {
      row[key] ??= 0
    }
    row.contraRevenueAmountCents ??=
      (row.grossRevenueAmountCents as number) - (row.netRevenueAmountCents as number)
    return row
  },
  prepaidCredits: (row, issue) => {
    const exponent = currencyExponent(row.currency as string)
    for (const flow of ['purchased', 'offered', 'consumed', 'voided']) {
      const minor = decimalToMinor(row[`${flow}Amount`] as number | string, exponent)
      if (minor === null)
        return issue(`${flow}_amount`, 'does not convert to safe integer minor units')
      delete row[`${flow}Amount`]
      row[`${flow}AmountCents`] = minor
    }
    return row
  },
}

let specs: Record<DatasetName, Spec> | undefined

function rowSchema(name: DatasetName) {
  const finish = FINISH[name]
  specs ??= buildSpecs()
  return v.pipe(
    v.object(specs[name]),
    v.rawTransform(({ dataset, addIssue, NEVER }) => {
      const row: Row = {}
      for (const [key, value] of Object.entries(dataset.value)) row[camel(key)] = value
      let failed = false
      const issue = (field: string, message: string): never => {
        failed = true
        addIssue({
          message: `${field}: ${message}`,
          path: [
            {
              type: 'object',
              origin: 'value',
              input: dataset.value,
              key: field,
              value: dataset.value[field],
            },
          ],
        })
        return NEVER
      }
      const out = finish ? finish(row, issue) : row
      return failed ? NEVER : out
    }),
  )
}

function buildMeta() {
  const count = countKind()
  const pageNumber = kind(
    (x) => (x == null || x === 0 ? null : Number.isSafeInteger(x) ? x : FAIL),
    'a page number',
  )
  return v.pipe(
    v.object({
      current_page: count,
      next_page: pageNumber,
      prev_page: pageNumber,
      total_pages: count,
      total_count: count,
    }),
    v.transform((m): PageMeta => ({
      currentPage: m.current_page as number,
      nextPage: m.next_page as number | null,
      prevPage: m.prev_page as number | null,
      totalPages: m.total_pages as number,
      totalCount: m.total_count as number,
    })),
  )
}

export interface ParsedResponse {
  rows: unknown[]
  meta?: PageMeta
}

function responseSchema(name: DatasetName): v.GenericSchema<unknown, ParsedResponse> {
  const { envelope, paginated } = DATASETS[name]
  const rows = v.array(rowSchema(name))
  const keep = (list: unknown[]) => list.filter((row) => row !== null)
  if (envelope === null)
    return v.pipe(
      rows,
      v.transform((list) => ({ rows: keep(list) })),
    )
  return v.pipe(
    v.object(paginated ? { [envelope]: rows, meta: buildMeta() } : { [envelope]: rows }),
    v.transform((body) => {
      const parsed: ParsedResponse = { rows: keep(body[envelope] as unknown[]) }
      if (paginated) parsed.meta = body.meta as PageMeta
      return parsed
    }),
  )
}

const cache = new Map<DatasetName, v.GenericSchema<unknown, ParsedResponse>>()

/** The response schema of a dataset (built on first use). */
export function responseSchemaOf(name: DatasetName): v.GenericSchema<unknown, ParsedResponse> {
  let schema = cache.get(name)
  if (!schema) cache.set(name, (schema = responseSchema(name)))
  return schema
}
