export { LagoAnalyticsProvider, type LagoAnalyticsProviderProps } from './LagoAnalyticsProvider.tsx'
export {
  LagoAnalyticsContext,
  useLagoAnalytics,
  type LagoAnalyticsContextValue,
} from './LagoAnalyticsContext.ts'
export { canonicalParams, lagoAnalyticsKeys } from './lagoAnalyticsKeys.ts'
export {
  datasetQueryOptions,
  lagoAnalyticsQueries,
  type DatasetQuerySettings,
} from './datasetQueryOptions.ts'
export { allPagesQueryOptions } from './allPagesQueryOptions.ts'
export {
  datasetState,
  unavailableReason,
  type DatasetState,
  type UnavailableReason,
} from './datasetState.ts'
export {
  useDatasetQuery,
  type DatasetQueryOptions,
  type DatasetQueryResult,
} from './useDatasetQuery.ts'
export { useDatasetParams, useOptionalFilters } from './useDatasetParams.ts'
export { useReport, type ReportOptions } from './useReport.ts'
export { useReportFilters, type FilterOverrides, type ReportFilters } from './useReportFilters.ts'
export { createLimiter, type Limiter } from './createLimiter.ts'
export { FilterStoreProvider, type FilterStoreProviderProps } from './FilterStoreProvider.tsx'
export { FilterStoreContext, useFilterStore, useOptionalFilterStore } from './FilterStoreContext.ts'
export { useFilterActions, useFilters } from './useFilters.ts'
export {
  urlSearchParamsAdapter,
  type FilterUrlAdapter,
  type UrlSearchParamsAdapterOptions,
} from './urlSearchParamsAdapter.ts'
export {
  useGrossRevenue,
  useInvoiceCollection,
  useInvoicedUsage,
  useMrr,
  useMrrByPlan,
  useOverdueBalance,
  useUsage,
  useUsageAmounts,
  useUsageForecast,
} from './hooks/datasetHooks.ts'
export {
  useInvoiceCollectionReport,
  useMrrMovements,
  useOverdueBalanceReport,
  usePrepaidCredits,
  useRevenueStreams,
  useUsageByMetric,
} from './hooks/reportHooks.ts'
export { useFanOut, type FanOutResult } from './hooks/useFanOut.ts'
export { useUsageMeteredVsRecurring } from './hooks/useUsageMeteredVsRecurring.ts'
export {
  useRevenueBreakdown,
  type RevenueBreakdownOptions,
  type RevenueBreakdownResult,
  type SubscriptionRef,
} from './hooks/useRevenueBreakdown.ts'
export {
  useUsageDistribution,
  type UsageDistributionOptions,
} from './hooks/useUsageDistribution.ts'
export {
  usePeriodComparison,
  type PeriodComparisonOptions,
  type PeriodComparisonResult,
} from './hooks/usePeriodComparison.ts'
export { useDataFreshness, type DataFreshness } from './hooks/useDataFreshness.ts'
export {
  useExport,
  type ExportFile,
  type ExportFormat,
  type ExportState,
} from './hooks/useExport.ts'
