import { currencyExponent } from './currencyExponent.ts'
import { DATASETS, type DatasetName } from './datasets.ts'
import { decimalToMinor } from './decimalToMinor.ts'
import { calendarDay, snakeToCamel } from './encodeQuery.ts'
import { LagoAnalyticsResponseError } from './errors.ts'
import type { LagoAnalyticsResult, PageMeta } from './rows.ts'
import type { DatasetRowMap } from './types.ts'

/*
 * (Calls at module level are marked pure: this module shares a build chunk with
 * `currencyExponent` and `decimalToMinor`, and a bundler must be able to drop its tables when
 * only those are imported, as @lago-analytics/core does.)
 *
 * Response validation and normalisation, driven by one compact field spec per dataset: each wire
 * field has a one-letter kind (amount, count, date, currency…) whose converter accepts the
 * documented quirks and returns the normalised value, or `undefined` for an invalid one. Keys
 * are renamed to camelCase (plus the few renames documented in rows.ts). Hand-written rather
 * than built on a schema library: it is 2.6 KB gzipped, and `parseDatasetResponse` stays
 * synchronous for the server proxy. Browsers behind the proxy never load it.
 */

type Converter = (value: unknown) => unknown

const isNumeric = (x: unknown): x is number | string =>
  typeof x === 'number' || typeof x === 'string'
const toNumber = (x: unknown) =>
  typeof x === 'number' ? x : typeof x === 'string' && x.trim() ? Number(x) : NaN
const cents = (x: unknown) => (isNumeric(x) ? (decimalToMinor(x) ?? undefined) : undefined)
const finite = (x: unknown) => {
  const n = toNumber(x)
  return Number.isFinite(n) ? n : undefined
}
/** `YYYY-MM-DD`, alone or starting an ISO timestamp. */
const date = (x: unknown) =>
  typeof x === 'string' && (x.length === 10 || x[10] === 'T')
    ? (calendarDay(x) ?? undefined)
    : undefined
const currency = (x: unknown) =>
  typeof x === 'string' && /^[A-Za-z]{3}$/.test(x) ? x.toUpperCase() : undefined
const text = (x: unknown) => (typeof x === 'string' ? x : undefined)
const orNull =
  (convert: Converter): Converter =>
  (x) =>
    x == null ? null : convert(x)
const oneOf = (values: string) => (x: unknown) =>
  values.split(', ').includes(x as string) ? x : undefined
const AMOUNT_OR_NULL: [Converter, string] = [/* @__PURE__ */ orNull(cents), 'an amount or null']
const INTERVALS = 'weekly, monthly, quarterly, semiannual, yearly'

/**
 * Kind letter → converter and what a valid value is. Lower-case kinds (and `L`, `B`) accept
 * `null`; see `OPTIONAL` for the ones that may be missing, and `finish` for what happens next.
 */
const KINDS: Record<string, [Converter, string]> = {
  /** Whole minor units; numeric strings and fractional cents are rounded half away from zero. */
  C: [cents, 'an amount in minor units (safe integer)'],
  /**
   * Amounts that may be `null`: `c` required (`null` only on a filler row, which has no
   * currency), `o` an optional newer contra component (`null` or missing → 0), `r` the optional
   * contra revenue (`null` or missing → gross − net).
   */
  c: AMOUNT_OR_NULL,
  o: AMOUNT_OR_NULL,
  r: AMOUNT_OR_NULL,
  N: [
    (x) => {
      const n = toNumber(x)
      return Number.isSafeInteger(n) && n >= 0 ? n : undefined
    },
    'a non-negative whole count',
  ],
  F: [finite, 'a finite number'],
  f: [/* @__PURE__ */ orNull(finite), 'a number or null'],
  /** Major units kept as given; `finish` converts them with the row's currency exponent. */
  D: [(x) => (isNumeric(x) && finite(x) !== undefined ? x : undefined), 'a decimal amount'],
  T: [date, 'an ISO date (YYYY-MM-DD)'],
  M: [(x) => date(x)?.replace(/..$/, '01'), 'an ISO month timestamp'],
  K: [currency, 'an ISO 4217 currency code'],
  k: [/* @__PURE__ */ orNull(currency), 'a currency code or null'],
  S: [text, 'a string'],
  s: [/* @__PURE__ */ orNull(text), 'a string or null'],
  /** Required, `null` only on a filler row. */
  p: [
    /* @__PURE__ */ orNull(/* @__PURE__ */ oneOf('pending, succeeded, failed')),
    'pending, succeeded or failed or null',
  ],
  I: [/* @__PURE__ */ oneOf(INTERVALS), `one of ${INTERVALS}`],
  L: [
    (x) => (Array.isArray(x) && x.every((id) => typeof id === 'string') ? x : undefined),
    'an array of ids',
  ],
  B: [(x) => (typeof x === 'boolean' ? x : undefined), 'a boolean'],
  /** Pagination: Lago sends 0 (or null) for "none". */
  G: [
    (x) => (x == null || x === 0 ? null : Number.isSafeInteger(x) ? x : undefined),
    'a page number',
  ],
}
/** Kinds of the fields that may be missing: they default to `null` (`L`: `[]`, `B`: `false`). */
const OPTIONAL = 'sforLB'

const PERIOD = 'start_of_period_dt:T end_of_period_dt:T amount_currency:K '
const PLAN = 'plan_id:S plan_code:S plan_name:S plan_interval:I plan_deleted_at:s '
const SHARES =
  'amount_currency:K gross_revenue_amount_cents:C gross_revenue_share:f net_revenue_amount_cents:C net_revenue_share:f'

/** `wire_name:kind` fields of each dataset's rows, in output order. */
const SPECS: Record<DatasetName | 'meta', string> = /* @__PURE__ */ (() => ({
  grossRevenue: 'month:M amount_cents:C currency:K invoices_count:N billing_entity_id:s',
  invoicedUsage: 'month:M code:S currency:K amount_cents:C',
  invoiceCollection: 'month:M payment_status:p invoices_count:N amount_cents:C currency:k',
  mrr: 'month:M amount_cents:c currency:k',
  overdueBalance: 'month:M amount_cents:C currency:K lago_invoice_ids:L billing_entity_id:s',
  usage: `${PERIOD}billable_metric_code:S units:F amount_cents:C is_billable_metric_deleted:B`,
  revenueStreams: `${PERIOD}gross_revenue_amount_cents:C subscription_fee_amount_cents:C usage_based_fee_amount_cents:C commitment_fee_amount_cents:C one_off_fee_amount_cents:C coupons_amount_cents:C contra_revenue_amount_cents:r credit_notes_credits_amount_cents:o free_credits_amount_cents:o prepaid_credits_amount_cents:o progressive_billing_credit_amount_cents:o net_revenue_amount_cents:C`,
  revenueByPlan: `${PLAN}customers_count:N customers_share:F ${SHARES}`,
  revenueByCustomer: `customer_id:S external_customer_id:S customer_name:s customer_deleted_at:s ${SHARES}`,
  mrrMovements: `${PERIOD}starting_mrr:C mrr_new:C mrr_expansion:C mrr_contraction:C mrr_churn:C mrr_change:C ending_mrr:C`,
  mrrByPlan: `dt:T ${PLAN}active_customers_count:N active_customers_share:F mrr:C mrr_share:f amount_currency:K`,
  prepaidCredits: `${PERIOD}purchased_amount:D offered_amount:D consumed_amount:D voided_amount:D purchased_credits_quantity:F offered_credits_quantity:F consumed_credits_quantity:F voided_credits_quantity:F`,
  usageAmounts: `${PERIOD}amount_cents:C`,
  invoicedUsageByMetric: `${PERIOD}billable_metric_code:S amount_cents:C`,
  usageForecast: `${PERIOD}units:F amount_cents:C units_forecast_conservative:F units_forecast_realistic:F units_forecast_optimistic:F amount_cents_forecast_conservative:C amount_cents_forecast_realistic:C amount_cents_forecast_optimistic:C`,
  meta: 'current_page:N next_page:G prev_page:G total_pages:N total_count:N',
}))()

/** Output key of a wire field: camelCase, `amount_currency` → `currency`, `code` → `billableMetricCode`, major `…_amount` → `…AmountCents`. */
function outputKey(wire: string, kind: string): string {
  if (wire === 'amount_currency') return 'currency'
  if (wire === 'code') return 'billableMetricCode'
  return snakeToCamel(wire) + (kind === 'D' ? 'Cents' : '')
}

type Field = [wire: string, kind: string, key: string]
type Row = Record<string, unknown>
type Fail = (reason: string, field?: string) => never

const fieldCache: Partial<Record<DatasetName | 'meta', Field[]>> = {}
const fieldsOf = (name: DatasetName | 'meta'): Field[] =>
  (fieldCache[name] ??= SPECS[name].split(' ').map((entry) => {
    const wire = entry.slice(0, -2)
    const kind = entry.slice(-1)
    return [wire, kind, outputKey(wire, kind)]
  }))

/** How a value of the wrong type is described: `"text"`, `42`, `null`, `Array`, `Object`… */
const describe = (x: unknown) =>
  typeof x === 'string'
    ? `"${x}"`
    : x && typeof x === 'object'
      ? ((Object.getPrototypeOf(x) as object | null)?.constructor?.name ?? 'null')
      : String(x)

/** Checks that `value` is an object (an array passes, as a missing key then fails). */
function asObject(value: unknown, fail: Fail, field?: string): Row {
  if (value && typeof value === 'object') return value as Row
  return fail(`expected Object, received ${describe(value)}`, field)
}

/** Reads a required key of an object. */
function member(value: Row, key: string, fail: Fail, field = key): unknown {
  if (!(key in value)) fail(`expected "${key}", received undefined`, field)
  return value[key]
}

/**
 * Validates one record: fields in spec order (the first invalid one is reported), output keys
 * in spec order, unknown keys dropped. `field` overrides the reported field (the meta object).
 */
function record(input: unknown, fields: Field[], fail: Fail, field?: string): Row {
  const value = asObject(input, fail, field)
  const row: Row = {}
  for (const [wire, kind, key] of fields) {
    const [convert, expected] = KINDS[kind] as [Converter, string]
    let raw = value[wire]
    if (raw === undefined && OPTIONAL.includes(kind)) {
      raw = kind === 'L' ? [] : kind === 'B' ? false : null
    } else {
      raw = member(value, wire, fail, field)
    }
    const out = convert(raw)
    if (out === undefined) fail(`expected ${expected}`, field ?? wire)
    row[key] = out
  }
  return row
}

/**
 * Finishes a valid row: drops Lago's empty-month filler rows (no currency), derives the
 * defaults of the optional contra fields, converts major-unit amounts. `null` drops the row.
 */
function finish(row: Row, fields: Field[], fail: Fail): Row | null {
  if (row.currency === null) return null
  for (const [wire, kind, key] of fields) {
    const value = row[key]
    if (kind === 'D') {
      const minor = decimalToMinor(
        value as number | string,
        currencyExponent(row.currency as string),
      )
      if (minor === null) fail(`${wire}: does not convert to safe integer minor units`, wire)
      row[key] = minor
    } else if (value === null) {
      if (kind === 'c' || kind === 'p') fail(`${wire}: null on a row that has a currency`, wire)
      if (kind === 'o') row[key] = 0
      if (kind === 'r') {
        row[key] = (row.grossRevenueAmountCents as number) - (row.netRevenueAmountCents as number)
      }
    }
  }
  return row
}

/**
 * Validates and normalises a dataset's parsed JSON body into `{ rows, meta? }`, raising a
 * `LagoAnalyticsResponseError` that names the dataset, row index and field.
 */
export function parseDatasetResponse<Name extends DatasetName>(
  dataset: Name,
  json: unknown,
): LagoAnalyticsResult<DatasetRowMap[Name]> {
  const { envelope, paginated } = DATASETS[dataset]
  const error = (reason: string, field?: string, rowIndex?: number): never => {
    throw new LagoAnalyticsResponseError(dataset, reason, { rowIndex, field })
  }
  const fail: Fail = (reason, field) => error(reason, field)
  let list = json
  let body: Row = {}
  if (envelope !== null) {
    body = asObject(json, fail)
    list = member(body, envelope, fail)
  }
  if (!Array.isArray(list))
    return fail(`expected Array, received ${describe(list)}`, envelope ?? undefined)
  const fields = fieldsOf(dataset)
  const rows: Row[] = []
  list.forEach((input, index) => {
    const rowFail: Fail = (reason, field) => error(reason, field, index)
    const row = finish(record(input, fields, rowFail), fields, rowFail)
    if (row) rows.push(row)
  })
  const result: LagoAnalyticsResult<Row> = { rows }
  if (paginated) {
    result.meta = record(
      member(body, 'meta', fail),
      fieldsOf('meta'),
      fail,
      'meta',
    ) as unknown as PageMeta
  }
  return result as unknown as LagoAnalyticsResult<DatasetRowMap[Name]>
}
