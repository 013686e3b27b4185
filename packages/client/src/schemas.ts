import * as v from 'valibot'
import { currencyExponent } from './currencyExponent.ts'
import type { DatasetName } from './datasets.ts'
import { decimalToMinor } from './decimalToMinor.ts'
import type {
  GrossRevenueRow,
  InvoiceCollectionRow,
  InvoicedUsageByMetricRow,
  InvoicedUsageRow,
  MrrByPlanRow,
  MrrMovementRow,
  MrrRow,
  OverdueBalanceRow,
  PageMeta,
  PrepaidCreditRow,
  RevenueByCustomerRow,
  RevenueByPlanRow,
  RevenueStreamRow,
  UsageAmountRow,
  UsageForecastRow,
  UsageRow,
} from './rows.ts'

// ---------------------------------------------------------------------------------------------
// Field schemas: each accepts the documented wire quirks and outputs the normalised value.
// ---------------------------------------------------------------------------------------------

const numeric = v.union([v.number(), v.string()], 'expected a number or a numeric string')

/** Whole minor units; numeric strings and fractional cents are rounded half away from zero. */
const cents = v.pipe(
  numeric,
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    const minor = decimalToMinor(dataset.value)
    if (minor === null) {
      addIssue({ message: 'expected an amount in minor units that is a finite, safe integer' })
      return NEVER
    }
    return minor
  }),
)

/** A count such as `invoices_count`: a whole, non-negative number, possibly sent as a string. */
const count = v.pipe(
  numeric,
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    const n = typeof dataset.value === 'number' ? dataset.value : Number(dataset.value.trim() || Number.NaN)
    if (!Number.isSafeInteger(n) || n < 0) {
      addIssue({ message: 'expected a non-negative whole count' })
      return NEVER
    }
    return n
  }),
)

/** A finite float (units, shares, credit quantities), possibly sent as a string. */
const float = v.pipe(
  numeric,
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    const n = typeof dataset.value === 'number' ? dataset.value : Number(dataset.value.trim() || Number.NaN)
    if (!Number.isFinite(n)) {
      addIssue({ message: 'expected a finite number' })
      return NEVER
    }
    return n
  }),
)


/** A major-unit decimal kept as given; the row converts it with its currency's exponent. */
const majorAmount = v.pipe(
  numeric,
  v.check((value) => decimalToMinor(value, 0) !== null || /^[+-]?\d*\.\d+$/.test(String(value)), 'expected a decimal amount'),
)

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/

function validDate(text: string): string | null {
  const match = CALENDAR_DATE.exec(text)
  if (!match) return null
  const day = text.slice(0, 10)
  const date = new Date(`${day}T00:00:00.000Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day ? day : null
}

/** `YYYY-MM-DD` (a longer ISO timestamp is cut to its date). */
const date = v.pipe(
  v.string(),
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    const day = validDate(dataset.value)
    if (day === null) {
      addIssue({ message: 'expected an ISO date (YYYY-MM-DD)' })
      return NEVER
    }
    return day
  }),
)

/** Legacy month key `2026-07-01T00:00:00.000Z` → `2026-07-01`. */
const month = v.pipe(
  date,
  v.transform((day) => `${day.slice(0, 7)}-01`),
)

const currency = v.pipe(v.string(), v.regex(/^[A-Za-z]{3}$/, 'expected an ISO 4217 currency code'), v.toUpperCase())
const timestamp = v.nullable(v.string())
const nullableId = v.nullish(v.string(), null)
const paymentStatus = v.picklist(['pending', 'succeeded', 'failed'])
const planInterval = v.picklist(['weekly', 'monthly', 'quarterly', 'semiannual', 'yearly'])

const period = {
  start_of_period_dt: date,
  end_of_period_dt: date,
  amount_currency: currency,
}

function periodOf(w: { start_of_period_dt: string; end_of_period_dt: string; amount_currency: string }) {
  return { startOfPeriodDt: w.start_of_period_dt, endOfPeriodDt: w.end_of_period_dt, currency: w.amount_currency }
}

// ---------------------------------------------------------------------------------------------
// Rows
// ---------------------------------------------------------------------------------------------

const grossRevenueRow = v.pipe(
  v.object({
    month,
    amount_cents: cents,
    currency,
    invoices_count: count,
    billing_entity_id: nullableId,
  }),
  v.transform(
    (w): GrossRevenueRow => ({
      month: w.month,
      currency: w.currency,
      amountCents: w.amount_cents,
      invoicesCount: w.invoices_count,
      billingEntityId: w.billing_entity_id,
    }),
  ),
)

const invoicedUsageRow = v.pipe(
  v.object({ month, code: v.string(), currency, amount_cents: cents }),
  v.transform(
    (w): InvoicedUsageRow => ({
      month: w.month,
      currency: w.currency,
      billableMetricCode: w.code,
      amountCents: w.amount_cents,
    }),
  ),
)

/** `null` for Lago's empty-month filler rows (`currency: null`), dropped afterwards. */
const invoiceCollectionRow = v.pipe(
  v.object({
    month,
    payment_status: v.nullable(paymentStatus),
    invoices_count: count,
    amount_cents: cents,
    currency: v.nullable(currency),
  }),
  v.rawTransform(({ dataset, addIssue, NEVER }): InvoiceCollectionRow | null => {
    const w = dataset.value
    if (w.currency === null) return null
    if (w.payment_status === null) {
      addIssue({ message: 'payment_status is null on a row that has a currency' })
      return NEVER
    }
    return {
      month: w.month,
      currency: w.currency,
      paymentStatus: w.payment_status,
      invoicesCount: w.invoices_count,
      amountCents: w.amount_cents,
    }
  }),
)

const mrrRow = v.pipe(
  v.object({ month, amount_cents: v.nullable(cents), currency: v.nullable(currency) }),
  v.rawTransform(({ dataset, addIssue, NEVER }): MrrRow | null => {
    const w = dataset.value
    if (w.currency === null) return null
    if (w.amount_cents === null) {
      addIssue({ message: 'amount_cents is null on a row that has a currency' })
      return NEVER
    }
    return { month: w.month, currency: w.currency, amountCents: w.amount_cents }
  }),
)

const overdueBalanceRow = v.pipe(
  v.object({
    month,
    amount_cents: cents,
    currency,
    lago_invoice_ids: v.optional(v.array(v.string()), []),
    billing_entity_id: nullableId,
  }),
  v.transform(
    (w): OverdueBalanceRow => ({
      month: w.month,
      currency: w.currency,
      amountCents: w.amount_cents,
      lagoInvoiceIds: w.lago_invoice_ids,
      billingEntityId: w.billing_entity_id,
    }),
  ),
)

const usageRow = v.pipe(
  v.object({
    ...period,
    amount_cents: cents,
    billable_metric_code: v.string(),
    units: float,
    is_billable_metric_deleted: v.optional(v.boolean(), false),
  }),
  v.transform(
    (w): UsageRow => ({
      ...periodOf(w),
      billableMetricCode: w.billable_metric_code,
      units: w.units,
      amountCents: w.amount_cents,
      isBillableMetricDeleted: w.is_billable_metric_deleted,
    }),
  ),
)

const optionalCents = v.nullish(cents)

const revenueStreamRow = v.pipe(
  v.object({
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
  }),
  v.transform(
    (w): RevenueStreamRow => ({
      ...periodOf(w),
      grossRevenueAmountCents: w.gross_revenue_amount_cents,
      subscriptionFeeAmountCents: w.subscription_fee_amount_cents,
      usageBasedFeeAmountCents: w.usage_based_fee_amount_cents,
      commitmentFeeAmountCents: w.commitment_fee_amount_cents,
      oneOffFeeAmountCents: w.one_off_fee_amount_cents,
      couponsAmountCents: w.coupons_amount_cents,
      contraRevenueAmountCents:
        w.contra_revenue_amount_cents ?? w.gross_revenue_amount_cents - w.net_revenue_amount_cents,
      creditNotesCreditsAmountCents: w.credit_notes_credits_amount_cents ?? 0,
      freeCreditsAmountCents: w.free_credits_amount_cents ?? 0,
      prepaidCreditsAmountCents: w.prepaid_credits_amount_cents ?? 0,
      progressiveBillingCreditAmountCents: w.progressive_billing_credit_amount_cents ?? 0,
      netRevenueAmountCents: w.net_revenue_amount_cents,
    }),
  ),
)

const revenueByPlanRow = v.pipe(
  v.object({
    plan_id: v.string(),
    plan_code: v.string(),
    plan_name: v.string(),
    plan_interval: planInterval,
    plan_deleted_at: v.nullish(v.string(), null),
    customers_count: count,
    customers_share: float,
    amount_currency: currency,
    gross_revenue_amount_cents: cents,
    gross_revenue_share: v.nullish(float, null),
    net_revenue_amount_cents: cents,
    net_revenue_share: v.nullish(float, null),
  }),
  v.transform(
    (w): RevenueByPlanRow => ({
      planId: w.plan_id,
      planCode: w.plan_code,
      planName: w.plan_name,
      planInterval: w.plan_interval,
      planDeletedAt: w.plan_deleted_at,
      customersCount: w.customers_count,
      customersShare: w.customers_share,
      currency: w.amount_currency,
      grossRevenueAmountCents: w.gross_revenue_amount_cents,
      grossRevenueShare: w.gross_revenue_share,
      netRevenueAmountCents: w.net_revenue_amount_cents,
      netRevenueShare: w.net_revenue_share,
    }),
  ),
)

const revenueByCustomerRow = v.pipe(
  v.object({
    customer_id: v.string(),
    external_customer_id: v.string(),
    customer_name: v.nullish(v.string(), null),
    customer_deleted_at: v.nullish(timestamp, null),
    amount_currency: currency,
    gross_revenue_amount_cents: cents,
    gross_revenue_share: v.nullish(float, null),
    net_revenue_amount_cents: cents,
    net_revenue_share: v.nullish(float, null),
  }),
  v.transform(
    (w): RevenueByCustomerRow => ({
      customerId: w.customer_id,
      externalCustomerId: w.external_customer_id,
      customerName: w.customer_name,
      customerDeletedAt: w.customer_deleted_at,
      currency: w.amount_currency,
      grossRevenueAmountCents: w.gross_revenue_amount_cents,
      grossRevenueShare: w.gross_revenue_share,
      netRevenueAmountCents: w.net_revenue_amount_cents,
      netRevenueShare: w.net_revenue_share,
    }),
  ),
)

const mrrMovementRow = v.pipe(
  v.object({
    ...period,
    starting_mrr: cents,
    mrr_new: cents,
    mrr_expansion: cents,
    mrr_contraction: cents,
    mrr_churn: cents,
    mrr_change: cents,
    ending_mrr: cents,
  }),
  v.transform(
    (w): MrrMovementRow => ({
      ...periodOf(w),
      startingMrr: w.starting_mrr,
      mrrNew: w.mrr_new,
      mrrExpansion: w.mrr_expansion,
      mrrContraction: w.mrr_contraction,
      mrrChurn: w.mrr_churn,
      mrrChange: w.mrr_change,
      endingMrr: w.ending_mrr,
    }),
  ),
)

const mrrByPlanRow = v.pipe(
  v.object({
    dt: date,
    plan_id: v.string(),
    plan_code: v.string(),
    plan_name: v.string(),
    plan_interval: planInterval,
    plan_deleted_at: v.nullish(v.string(), null),
    active_customers_count: count,
    active_customers_share: float,
    mrr: cents,
    mrr_share: v.nullish(float, null),
    amount_currency: currency,
  }),
  v.transform(
    (w): MrrByPlanRow => ({
      dt: w.dt,
      planId: w.plan_id,
      planCode: w.plan_code,
      planName: w.plan_name,
      planInterval: w.plan_interval,
      planDeletedAt: w.plan_deleted_at,
      activeCustomersCount: w.active_customers_count,
      activeCustomersShare: w.active_customers_share,
      mrr: w.mrr,
      mrrShare: w.mrr_share,
      currency: w.amount_currency,
    }),
  ),
)

const PREPAID_AMOUNTS = ['purchased_amount', 'offered_amount', 'consumed_amount', 'voided_amount'] as const

const prepaidCreditRow = v.pipe(
  v.object({
    ...period,
    purchased_amount: majorAmount,
    offered_amount: majorAmount,
    consumed_amount: majorAmount,
    voided_amount: majorAmount,
    purchased_credits_quantity: float,
    offered_credits_quantity: float,
    consumed_credits_quantity: float,
    voided_credits_quantity: float,
  }),
  v.rawTransform(({ dataset, addIssue, NEVER }): PrepaidCreditRow => {
    const w = dataset.value
    const exponent = currencyExponent(w.amount_currency)
    const minor: Partial<Record<(typeof PREPAID_AMOUNTS)[number], number>> = {}
    for (const key of PREPAID_AMOUNTS) {
      const value = decimalToMinor(w[key], exponent)
      if (value === null) {
        addIssue({
          message: 'expected a major-unit amount that converts to safe integer minor units',
          path: [{ type: 'object', origin: 'value', input: w, key, value: w[key] }],
        })
        return NEVER
      }
      minor[key] = value
    }
    return {
      ...periodOf(w),
      purchasedAmountCents: minor.purchased_amount ?? 0,
      offeredAmountCents: minor.offered_amount ?? 0,
      consumedAmountCents: minor.consumed_amount ?? 0,
      voidedAmountCents: minor.voided_amount ?? 0,
      purchasedCreditsQuantity: w.purchased_credits_quantity,
      offeredCreditsQuantity: w.offered_credits_quantity,
      consumedCreditsQuantity: w.consumed_credits_quantity,
      voidedCreditsQuantity: w.voided_credits_quantity,
    }
  }),
)

const usageAmountRow = v.pipe(
  v.object({ ...period, amount_cents: cents }),
  v.transform((w): UsageAmountRow => ({ ...periodOf(w), amountCents: w.amount_cents })),
)

const invoicedUsageByMetricRow = v.pipe(
  v.object({ ...period, billable_metric_code: v.string(), amount_cents: cents }),
  v.transform(
    (w): InvoicedUsageByMetricRow => ({
      ...periodOf(w),
      billableMetricCode: w.billable_metric_code,
      amountCents: w.amount_cents,
    }),
  ),
)

const usageForecastRow = v.pipe(
  v.object({
    ...period,
    units: float,
    amount_cents: cents,
    units_forecast_conservative: float,
    units_forecast_realistic: float,
    units_forecast_optimistic: float,
    amount_cents_forecast_conservative: cents,
    amount_cents_forecast_realistic: cents,
    amount_cents_forecast_optimistic: cents,
  }),
  v.transform(
    (w): UsageForecastRow => ({
      ...periodOf(w),
      units: w.units,
      amountCents: w.amount_cents,
      unitsForecastConservative: w.units_forecast_conservative,
      unitsForecastRealistic: w.units_forecast_realistic,
      unitsForecastOptimistic: w.units_forecast_optimistic,
      amountCentsForecastConservative: w.amount_cents_forecast_conservative,
      amountCentsForecastRealistic: w.amount_cents_forecast_realistic,
      amountCentsForecastOptimistic: w.amount_cents_forecast_optimistic,
    }),
  ),
)

// ---------------------------------------------------------------------------------------------
// Envelopes
// ---------------------------------------------------------------------------------------------

const pageNumber = v.pipe(v.nullable(count), v.transform((n) => (n === null || n === 0 ? null : n)))

const pageMeta = v.pipe(
  v.object({
    current_page: count,
    next_page: pageNumber,
    prev_page: pageNumber,
    total_pages: count,
    total_count: count,
  }),
  v.transform(
    (w): PageMeta => ({
      currentPage: w.current_page,
      nextPage: w.next_page,
      prevPage: w.prev_page,
      totalPages: w.total_pages,
      totalCount: w.total_count,
    }),
  ),
)

function dropFillers<Row>(rows: (Row | null)[]): Row[] {
  return rows.filter((row): row is Row => row !== null)
}

function enveloped<Key extends string, Row>(
  key: Key,
  row: v.GenericSchema<unknown, Row | null>,
): v.GenericSchema<unknown, { rows: Row[] }> {
  return v.pipe(
    v.object({ [key]: v.array(row) } as Record<Key, v.ArraySchema<typeof row, undefined>>),
    v.transform((body) => ({ rows: dropFillers(body[key] as (Row | null)[]) })),
  ) as v.GenericSchema<unknown, { rows: Row[] }>
}

function bare<Row>(row: v.GenericSchema<unknown, Row>): v.GenericSchema<unknown, { rows: Row[] }> {
  return v.pipe(
    v.array(row),
    v.transform((rows) => ({ rows })),
  )
}

function paged<Key extends string, Row>(
  key: Key,
  row: v.GenericSchema<unknown, Row>,
): v.GenericSchema<unknown, { rows: Row[]; meta: PageMeta }> {
  return v.pipe(
    v.object({ [key]: v.array(row), meta: pageMeta } as { meta: typeof pageMeta } & Record<
      Key,
      v.ArraySchema<typeof row, undefined>
    >),
    v.transform((body) => ({ rows: body[key] as Row[], meta: body.meta as PageMeta })),
  ) as v.GenericSchema<unknown, { rows: Row[]; meta: PageMeta }>
}

/** Response schema of each dataset, from the raw JSON body to `{ rows, meta? }`. */
export const RESPONSE_SCHEMAS = {
  grossRevenue: enveloped('gross_revenues', grossRevenueRow),
  invoicedUsage: enveloped('invoiced_usages', invoicedUsageRow),
  invoiceCollection: enveloped('invoice_collections', invoiceCollectionRow),
  mrr: enveloped('mrrs', mrrRow),
  overdueBalance: enveloped('overdue_balances', overdueBalanceRow),
  usage: enveloped('usages', usageRow),
  revenueStreams: bare(revenueStreamRow),
  revenueByPlan: paged('revenue_streams_plans', revenueByPlanRow),
  revenueByCustomer: paged('revenue_streams_customers', revenueByCustomerRow),
  mrrMovements: bare(mrrMovementRow),
  mrrByPlan: paged('mrrs_plans', mrrByPlanRow),
  prepaidCredits: bare(prepaidCreditRow),
  usageAmounts: bare(usageAmountRow),
  invoicedUsageByMetric: bare(invoicedUsageByMetricRow),
  usageForecast: bare(usageForecastRow),
} satisfies Record<DatasetName, v.GenericSchema<unknown, { rows: unknown[]; meta?: PageMeta }>>

export type ResponseSchemas = typeof RESPONSE_SCHEMAS
export type RowOf<Name extends DatasetName> =
  v.InferOutput<ResponseSchemas[Name]> extends { rows: (infer Row)[] } ? Row : never
