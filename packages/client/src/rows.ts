/**
 * Normalised rows, as every client method returns them.
 *
 * Rules, the same for every dataset:
 * - amounts (`…Cents`, `mrr`) are safe integers in the currency's MINOR units (JPY yen,
 *   EUR cents, KWD fils); Lago's fractional MRR cents are rounded half away from zero;
 *   prepaid-credit amounts, sent in major units, are converted using the ISO 4217 exponent;
 * - `currency` is the upper-case ISO 4217 code (Lago's `amount_currency` on the Data API);
 * - month buckets are `YYYY-MM-DD` (first day of the month), other periods carry
 *   `startOfPeriodDt`/`endOfPeriodDt` (`YYYY-MM-DD`, both inclusive);
 * - Lago's empty-month filler rows (`currency: null`) are dropped; gap-fill with core's
 *   `fillBuckets`.
 */

export type PaymentStatus = 'pending' | 'succeeded' | 'failed'
export type PlanInterval = 'weekly' | 'monthly' | 'quarterly' | 'semiannual' | 'yearly'

export interface MonthBucket {
  /** First day of the month, `YYYY-MM-DD`. */
  month: string
  currency: string
}

export interface PeriodBucket {
  startOfPeriodDt: string
  endOfPeriodDt: string
  currency: string
}

export interface GrossRevenueRow extends MonthBucket {
  amountCents: number
  invoicesCount: number
  billingEntityId: string | null
}

export interface InvoicedUsageRow extends MonthBucket {
  /** Lago's `code`. */
  billableMetricCode: string
  amountCents: number
}

export interface InvoiceCollectionRow extends MonthBucket {
  paymentStatus: PaymentStatus
  invoicesCount: number
  amountCents: number
}

export interface MrrRow extends MonthBucket {
  amountCents: number
}

export interface OverdueBalanceRow extends MonthBucket {
  amountCents: number
  lagoInvoiceIds: string[]
  billingEntityId: string | null
}

export interface UsageRow extends PeriodBucket {
  billableMetricCode: string
  units: number
  amountCents: number
  isBillableMetricDeleted: boolean
}

export interface RevenueStreamRow extends PeriodBucket {
  grossRevenueAmountCents: number
  subscriptionFeeAmountCents: number
  usageBasedFeeAmountCents: number
  commitmentFeeAmountCents: number
  oneOffFeeAmountCents: number
  couponsAmountCents: number
  /** When the server omits it: gross − net. */
  contraRevenueAmountCents: number
  /** The contra components below default to 0 when an older server omits them. */
  creditNotesCreditsAmountCents: number
  freeCreditsAmountCents: number
  prepaidCreditsAmountCents: number
  progressiveBillingCreditAmountCents: number
  netRevenueAmountCents: number
}

export interface RevenueByPlanRow {
  planId: string
  planCode: string
  planName: string
  planInterval: PlanInterval
  planDeletedAt: string | null
  customersCount: number
  /** 0..1 */
  customersShare: number
  currency: string
  grossRevenueAmountCents: number
  grossRevenueShare: number | null
  netRevenueAmountCents: number
  netRevenueShare: number | null
}

export interface RevenueByCustomerRow {
  customerId: string
  externalCustomerId: string
  /** User data: escape before rendering as HTML. */
  customerName: string | null
  customerDeletedAt: string | null
  currency: string
  grossRevenueAmountCents: number
  grossRevenueShare: number | null
  netRevenueAmountCents: number
  netRevenueShare: number | null
}

export interface MrrMovementRow extends PeriodBucket {
  startingMrr: number
  mrrNew: number
  mrrExpansion: number
  /** ≤ 0 */
  mrrContraction: number
  /** ≤ 0 */
  mrrChurn: number
  mrrChange: number
  endingMrr: number
}

export interface MrrByPlanRow {
  /** Snapshot date, `YYYY-MM-DD`. */
  dt: string
  planId: string
  planCode: string
  planName: string
  planInterval: PlanInterval
  planDeletedAt: string | null
  activeCustomersCount: number
  activeCustomersShare: number
  /** MRR in minor units (Lago sends float cents; rounded half away from zero). */
  mrr: number
  mrrShare: number | null
  currency: string
}

export interface PrepaidCreditRow extends PeriodBucket {
  /** Converted from Lago's major-unit amounts into minor units. */
  purchasedAmountCents: number
  offeredAmountCents: number
  consumedAmountCents: number
  voidedAmountCents: number
  /** Wallet credit quantities (not money). */
  purchasedCreditsQuantity: number
  offeredCreditsQuantity: number
  consumedCreditsQuantity: number
  voidedCreditsQuantity: number
}

export interface UsageAmountRow extends PeriodBucket {
  amountCents: number
}

export interface InvoicedUsageByMetricRow extends PeriodBucket {
  billableMetricCode: string
  amountCents: number
}

export interface UsageForecastRow extends PeriodBucket {
  units: number
  amountCents: number
  unitsForecastConservative: number
  unitsForecastRealistic: number
  unitsForecastOptimistic: number
  amountCentsForecastConservative: number
  amountCentsForecastRealistic: number
  amountCentsForecastOptimistic: number
}

/** Pagination of the Data API breakdowns. */
export interface PageMeta {
  currentPage: number
  /** `null` on the last page (Lago sends 0). */
  nextPage: number | null
  /** `null` on the first page (Lago sends 0). */
  prevPage: number | null
  totalPages: number
  totalCount: number
}

/** What every client method resolves to. */
export interface LagoAnalyticsResult<Row> {
  rows: Row[]
  /** Present on the paginated breakdowns. */
  meta?: PageMeta
}
