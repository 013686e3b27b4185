import type { DatasetName } from './datasets.ts'
import type {
  GrossRevenueParams,
  InvoiceCollectionParams,
  InvoicedUsageByMetricParams,
  InvoicedUsageParams,
  MrrByPlanParams,
  MrrMovementsParams,
  MrrParams,
  OverdueBalanceParams,
  PrepaidCreditsParams,
  RevenueByCustomerParams,
  RevenueByPlanParams,
  RevenueStreamsParams,
  UsageAmountsParams,
  UsageForecastParams,
  UsageParams,
} from './params.ts'
import type {
  GrossRevenueRow,
  InvoiceCollectionRow,
  InvoicedUsageByMetricRow,
  InvoicedUsageRow,
  LagoAnalyticsResult,
  MrrByPlanRow,
  MrrMovementRow,
  MrrRow,
  OverdueBalanceRow,
  PrepaidCreditRow,
  RevenueByCustomerRow,
  RevenueByPlanRow,
  RevenueStreamRow,
  UsageAmountRow,
  UsageForecastRow,
  UsageRow,
} from './rows.ts'

/** Parameters of each dataset, by client method name. */
export interface DatasetParamsMap {
  grossRevenue: GrossRevenueParams
  invoicedUsage: InvoicedUsageParams
  invoiceCollection: InvoiceCollectionParams
  mrr: MrrParams
  overdueBalance: OverdueBalanceParams
  usage: UsageParams
  revenueStreams: RevenueStreamsParams
  revenueByPlan: RevenueByPlanParams
  revenueByCustomer: RevenueByCustomerParams
  mrrMovements: MrrMovementsParams
  mrrByPlan: MrrByPlanParams
  prepaidCredits: PrepaidCreditsParams
  usageAmounts: UsageAmountsParams
  invoicedUsageByMetric: InvoicedUsageByMetricParams
  usageForecast: UsageForecastParams
}

/** Normalised row of each dataset, by client method name. */
export interface DatasetRowMap {
  grossRevenue: GrossRevenueRow
  invoicedUsage: InvoicedUsageRow
  invoiceCollection: InvoiceCollectionRow
  mrr: MrrRow
  overdueBalance: OverdueBalanceRow
  usage: UsageRow
  revenueStreams: RevenueStreamRow
  revenueByPlan: RevenueByPlanRow
  revenueByCustomer: RevenueByCustomerRow
  mrrMovements: MrrMovementRow
  mrrByPlan: MrrByPlanRow
  prepaidCredits: PrepaidCreditRow
  usageAmounts: UsageAmountRow
  invoicedUsageByMetric: InvoicedUsageByMetricRow
  usageForecast: UsageForecastRow
}

export type PaginatedDatasetName = 'revenueByPlan' | 'revenueByCustomer' | 'mrrByPlan'

export interface RequestOptions {
  /** Aborts the request and any pending retry backoff at once. */
  signal?: AbortSignal | undefined
}

export interface PaginateOptions extends RequestOptions {
  /** Safety stop; default 1,000 pages. */
  maxPages?: number | undefined
}

export type DatasetMethod<Name extends DatasetName> = (
  params?: DatasetParamsMap[Name],
  options?: RequestOptions,
) => Promise<LagoAnalyticsResult<DatasetRowMap[Name]>>

export interface PaginatedDatasetMethod<
  Name extends PaginatedDatasetName,
> extends DatasetMethod<Name> {
  /** Walks every page from `params.page` (default 1), yielding rows one by one. */
  paginate(
    params?: Omit<DatasetParamsMap[Name], 'page'> & { page?: number | undefined },
    options?: PaginateOptions,
  ): AsyncIterableIterator<DatasetRowMap[Name]>
}

export type LagoAnalyticsMethods = {
  [Name in DatasetName]: Name extends PaginatedDatasetName
    ? PaginatedDatasetMethod<Name>
    : DatasetMethod<Name>
}
