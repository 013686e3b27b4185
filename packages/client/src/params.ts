/** A calendar date: `YYYY-MM-DD`, or a `Date` (its UTC calendar day is sent). */
export type DateInput = string | Date
export type TimeGranularity = 'daily' | 'weekly' | 'monthly'
export type CustomerType = 'individual' | 'company'
export type RevenueOrderBy = 'gross_revenue_amount_cents' | 'net_revenue_amount_cents'

/** Parameters of the legacy public endpoints (monthly buckets). */
export interface LegacyParams {
  /** ISO 4217 code; without it, rows for every currency come back (never converted). */
  currency?: string | undefined
  /** Keep only the last N calendar months, counting the current one. */
  months?: number | undefined
  /** Billing entity code. Lago ignores a code that matches nothing (no filter, no 404). */
  billingEntityCode?: string | undefined
}

export interface GrossRevenueParams extends LegacyParams {
  externalCustomerId?: string | undefined
}
export type InvoicedUsageParams = LegacyParams
export type InvoiceCollectionParams = LegacyParams
export type MrrParams = LegacyParams
export interface OverdueBalanceParams extends LegacyParams {
  externalCustomerId?: string | undefined
}

/** Filters shared by the Data API time series. */
export interface DataApiFilters {
  currency?: string | undefined
  fromDate?: DateInput | undefined
  toDate?: DateInput | undefined
  timeGranularity?: TimeGranularity | undefined
  billingEntityCode?: string | undefined
  customerCountry?: string | undefined
  customerType?: CustomerType | undefined
  externalCustomerId?: string | undefined
  externalSubscriptionId?: string | undefined
  isCustomerTinEmpty?: boolean | undefined
  planCode?: string | undefined
}

/** `/api/v1/analytics/usage` (Lago defaults `timeGranularity` to `daily`). */
export interface UsageParams {
  timeGranularity?: TimeGranularity | undefined
  currency?: string | undefined
  fromDate?: DateInput | undefined
  toDate?: DateInput | undefined
  customerType?: CustomerType | undefined
  externalCustomerId?: string | undefined
  customerCountry?: string | undefined
  externalSubscriptionId?: string | undefined
  isBillableMetricRecurring?: boolean | undefined
  planCode?: string | undefined
  billableMetricCode?: string | undefined
}

export type RevenueStreamsParams = DataApiFilters
export type MrrMovementsParams = DataApiFilters
export type PrepaidCreditsParams = DataApiFilters

export interface PageParams {
  currency?: string | undefined
  /** 1-based page number. */
  page?: number | undefined
  /** Rows per page. */
  limit?: number | undefined
}
export interface RevenueBreakdownParams extends PageParams {
  /** Sort descending by this amount. */
  orderBy?: RevenueOrderBy | undefined
}
export type RevenueByPlanParams = RevenueBreakdownParams
export type RevenueByCustomerParams = RevenueBreakdownParams
export type MrrByPlanParams = PageParams

export interface UsageAmountsParams extends DataApiFilters {
  isBillableMetricRecurring?: boolean | undefined
}
export interface InvoicedUsageByMetricParams extends DataApiFilters {
  billableMetricCode?: string | undefined
  /** Passed through unchanged to the Data API. */
  filterValues?: string | undefined
  /** Passed through unchanged to the Data API. */
  groupedBy?: string | undefined
}
export interface UsageForecastParams extends DataApiFilters {
  billableMetricCode?: string | undefined
  chargeId?: string | undefined
  chargeFilterId?: string | undefined
}
