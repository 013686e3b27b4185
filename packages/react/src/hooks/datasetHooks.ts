import type { DatasetParamsMap, DatasetRowMap, LagoAnalyticsResult } from '@lago-analytics/client'
import {
  useDatasetQuery,
  type DatasetQueryOptions,
  type DatasetQueryResult,
} from '../useDatasetQuery.ts'

type Result<Name extends keyof DatasetRowMap> = DatasetQueryResult<
  LagoAnalyticsResult<DatasetRowMap[Name]>
>

/*
 * Raw dataset hooks: `{ rows }` exactly as the client returns them. Params come from the call, or
 * from the nearest FilterStoreProvider (only what each dataset accepts). Reports with transforms
 * (revenue streams, MRR movements, breakdowns…) have their own hooks.
 */

/** Gross revenue per month and currency (public API). */
export function useGrossRevenue(
  params?: DatasetParamsMap['grossRevenue'],
  options?: DatasetQueryOptions,
): Result<'grossRevenue'> {
  return useDatasetQuery('grossRevenue', params, options)
}

/** Invoiced usage per month and billable metric (public API, premium). */
export function useInvoicedUsage(
  params?: DatasetParamsMap['invoicedUsage'],
  options?: DatasetQueryOptions,
): Result<'invoicedUsage'> {
  return useDatasetQuery('invoicedUsage', params, options)
}

/** Finalized invoices per month and payment status (public API, premium). */
export function useInvoiceCollection(
  params?: DatasetParamsMap['invoiceCollection'],
  options?: DatasetQueryOptions,
): Result<'invoiceCollection'> {
  return useDatasetQuery('invoiceCollection', params, options)
}

/** Invoiced MRR per month (public API, premium; tax-inclusive, spread over months). */
export function useMrr(
  params?: DatasetParamsMap['mrr'],
  options?: DatasetQueryOptions,
): Result<'mrr'> {
  return useDatasetQuery('mrr', params, options)
}

/** Overdue balance per month of due date (public API). */
export function useOverdueBalance(
  params?: DatasetParamsMap['overdueBalance'],
  options?: DatasetQueryOptions,
): Result<'overdueBalance'> {
  return useDatasetQuery('overdueBalance', params, options)
}

/** Usage units and amounts per billable metric and bucket (public API). */
export function useUsage(
  params?: DatasetParamsMap['usage'],
  options?: DatasetQueryOptions,
): Result<'usage'> {
  return useDatasetQuery('usage', params, options)
}

/** MRR per plan at the latest snapshot (Data API). */
export function useMrrByPlan(
  params?: DatasetParamsMap['mrrByPlan'],
  options?: DatasetQueryOptions,
): Result<'mrrByPlan'> {
  return useDatasetQuery('mrrByPlan', params, options)
}

/** Usage forecast (Data API). */
export function useUsageForecast(
  params?: DatasetParamsMap['usageForecast'],
  options?: DatasetQueryOptions,
): Result<'usageForecast'> {
  return useDatasetQuery('usageForecast', params, options)
}

/** Usage amounts summed over metrics (Data API). */
export function useUsageAmounts(
  params?: DatasetParamsMap['usageAmounts'],
  options?: DatasetQueryOptions,
): Result<'usageAmounts'> {
  return useDatasetQuery('usageAmounts', params, options)
}
