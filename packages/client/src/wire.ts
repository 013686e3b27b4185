/**
 * Row shapes exactly as Lago sends them on the wire (snake_case), one interface per dataset.
 *
 * These describe what a well-behaved server emits; the client's validators accept the
 * documented quirks on top (numeric strings, fractional cents, `null` filler rows) and turn
 * everything into the normalised camelCase rows of `rows.ts`. The simulator produces these.
 */

/** `YYYY-MM-DD`, a calendar date in UTC. */
export type WireDate = string
/** First instant of a UTC month with milliseconds: `2026-07-01T00:00:00.000Z`. */
export type WireMonth = string
/** An integer amount in minor units; legacy endpoints may send a float (`3000.0`) or a numeric string (`"1000.0"`). */
export type WireCents = number | string

// ---------------------------------------------------------------------------------------------
// Public REST, /api/v1/analytics/*
// ---------------------------------------------------------------------------------------------

export interface WireGrossRevenueRow {
  month: WireMonth
  amount_cents: WireCents
  currency: string
  invoices_count: number | string
  billing_entity_id?: string | null
}

export interface WireInvoicedUsageRow {
  month: WireMonth
  code: string
  currency: string
  amount_cents: WireCents
}

export type WirePaymentStatus = 'pending' | 'succeeded' | 'failed'

export interface WireInvoiceCollectionRow {
  month: WireMonth
  /** `null` only on an empty-month filler row (sent when `currency` is omitted). */
  payment_status: WirePaymentStatus | null
  invoices_count: number | string
  amount_cents: WireCents
  currency: string | null
}

export interface WireMrrRow {
  month: WireMonth
  /** Possibly fractional (`"3333.3333333333"`); `null` on an empty-month filler row. */
  amount_cents: WireCents | null
  currency: string | null
}

export interface WireOverdueBalanceRow {
  month: WireMonth
  amount_cents: WireCents
  currency: string
  lago_invoice_ids: string[]
  billing_entity_id?: string | null
}

/** Row of `/api/v1/analytics/usage` and of the Data API `usages` dataset. */
export interface WireUsageRow {
  organization_id?: string
  start_of_period_dt: WireDate
  end_of_period_dt: WireDate
  amount_currency: string
  amount_cents: WireCents
  billable_metric_code: string
  /** A JSON number, or a decimal string such as `"1.0"`. */
  units: number | string
  is_billable_metric_deleted?: boolean
}

export interface WireGrossRevenueResponse {
  gross_revenues: WireGrossRevenueRow[]
}
export interface WireInvoicedUsageResponse {
  invoiced_usages: WireInvoicedUsageRow[]
}
export interface WireInvoiceCollectionResponse {
  invoice_collections: WireInvoiceCollectionRow[]
}
export interface WireMrrResponse {
  mrrs: WireMrrRow[]
}
export interface WireOverdueBalanceResponse {
  overdue_balances: WireOverdueBalanceRow[]
}
export interface WireUsageResponse {
  usages: WireUsageRow[]
}

// ---------------------------------------------------------------------------------------------
// Data API, <data api url>/<dataset>/<organization_id>/...
// ---------------------------------------------------------------------------------------------

export interface WirePeriod {
  organization_id?: string
  start_of_period_dt: WireDate
  end_of_period_dt: WireDate
  amount_currency: string
}

export interface WireRevenueStreamRow extends WirePeriod {
  gross_revenue_amount_cents: WireCents
  subscription_fee_amount_cents: WireCents
  usage_based_fee_amount_cents: WireCents
  commitment_fee_amount_cents: WireCents
  one_off_fee_amount_cents: WireCents
  coupons_amount_cents: WireCents
  contra_revenue_amount_cents?: WireCents | null
  credit_notes_credits_amount_cents?: WireCents | null
  free_credits_amount_cents?: WireCents | null
  prepaid_credits_amount_cents?: WireCents | null
  progressive_billing_credit_amount_cents?: WireCents | null
  net_revenue_amount_cents: WireCents
}

export type WirePlanInterval = 'weekly' | 'monthly' | 'quarterly' | 'semiannual' | 'yearly'

export interface WireRevenueStreamPlanRow {
  plan_id: string
  plan_code: string
  plan_name: string
  plan_interval: WirePlanInterval
  plan_deleted_at: string | null
  customers_count: number
  /** 0..1 */
  customers_share: number
  amount_currency: string
  gross_revenue_amount_cents: WireCents
  gross_revenue_share: number | null
  net_revenue_amount_cents: WireCents
  net_revenue_share: number | null
}

export interface WireRevenueStreamCustomerRow {
  customer_id: string
  external_customer_id: string
  customer_name: string | null
  customer_deleted_at: string | null
  amount_currency: string
  gross_revenue_amount_cents: WireCents
  gross_revenue_share: number | null
  net_revenue_amount_cents: WireCents
  net_revenue_share: number | null
}

export interface WireMrrMovementRow extends WirePeriod {
  starting_mrr: WireCents
  mrr_new: WireCents
  mrr_expansion: WireCents
  /** ≤ 0 */
  mrr_contraction: WireCents
  /** ≤ 0 */
  mrr_churn: WireCents
  mrr_change: WireCents
  ending_mrr: WireCents
}

export interface WireMrrPlanRow {
  dt: WireDate
  plan_id: string
  plan_code: string
  plan_name: string
  plan_interval: WirePlanInterval
  plan_deleted_at: string | null
  active_customers_count: number | string
  active_customers_share: number
  /** Float minor units. */
  mrr: number | string
  mrr_share: number | null
  amount_currency: string
}

export interface WirePrepaidCreditRow extends WirePeriod {
  /** Amounts in MAJOR units (floats), not cents. */
  purchased_amount: number | string
  offered_amount: number | string
  consumed_amount: number | string
  voided_amount: number | string
  /** Credit quantities (floats). */
  purchased_credits_quantity: number | string
  offered_credits_quantity: number | string
  consumed_credits_quantity: number | string
  voided_credits_quantity: number | string
}

export interface WireUsageAggregatedAmountRow extends WirePeriod {
  amount_cents: WireCents
}

export interface WireUsageInvoicedRow extends WirePeriod {
  billable_metric_code: string
  amount_cents: WireCents
}

export interface WireUsageForecastRow extends WirePeriod {
  units: number | string
  amount_cents: WireCents
  units_forecast_conservative: number | string
  units_forecast_realistic: number | string
  units_forecast_optimistic: number | string
  amount_cents_forecast_conservative: WireCents
  amount_cents_forecast_realistic: WireCents
  amount_cents_forecast_optimistic: WireCents
}

/** Pagination meta of the Data API breakdowns. `next_page`/`prev_page` are 0 (or null) when absent. */
export interface WirePageMeta {
  current_page: number
  next_page: number | null
  prev_page: number | null
  total_pages: number
  total_count: number
}

export interface WireRevenueStreamPlansResponse {
  revenue_streams_plans: WireRevenueStreamPlanRow[]
  meta: WirePageMeta
}
export interface WireRevenueStreamCustomersResponse {
  revenue_streams_customers: WireRevenueStreamCustomerRow[]
  meta: WirePageMeta
}
export interface WireMrrPlansResponse {
  mrrs_plans: WireMrrPlanRow[]
  meta: WirePageMeta
}

/** Lago's JSON error body. */
export interface WireErrorBody {
  status: number
  error: string
  code?: string
  error_details?: Record<string, unknown>
}
