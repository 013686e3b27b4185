import {
  toInvoiceCollection,
  toMrrMovements,
  toOverdueBalance,
  toPrepaidCredits,
  toRevenueStreams,
  usageByMetric,
  type InvoiceCollectionResult,
  type MrrMovementsResult,
  type OverdueBalanceResult,
  type PrepaidCreditsResult,
  type RevenueStreamsResult,
  type UsageByMetricResult,
} from '@lago-analytics/core'
import type { DatasetQueryResult } from '../useDatasetQuery.ts'
import { useReport, type ReportOptions } from '../useReport.ts'
import type { ReportFilters } from '../useReportFilters.ts'

type Report<Data> = DatasetQueryResult<Data> & { context: ReportFilters }

/** Revenue streams over time: stacked gross components, contra items, net, shares (Data API). */
export function useRevenueStreams(options?: ReportOptions): Report<RevenueStreamsResult> {
  return useReport(
    'revenueStreams',
    options,
    (rows, { transform }) => toRevenueStreams(rows, transform),
    'useRevenueStreams',
  )
}

/** MRR movements: waterfall model, net new MRR, ARR, growth and churn rates (Data API). */
export function useMrrMovements(options?: ReportOptions): Report<MrrMovementsResult> {
  return useReport(
    'mrrMovements',
    options,
    (rows, { transform }) => toMrrMovements(rows, transform),
    'useMrrMovements',
  )
}

/** Prepaid credits: flows, running balance, burn rate, run-out estimate (Data API). */
export function usePrepaidCredits(options?: ReportOptions): Report<PrepaidCreditsResult> {
  return useReport(
    'prepaidCredits',
    options,
    (rows, { transform }) => toPrepaidCredits(rows, transform),
    'usePrepaidCredits',
  )
}

const byMetric = (rows: Parameters<typeof usageByMetric>[0], { transform }: ReportFilters) =>
  usageByMetric(rows, transform)
/** Usage by billable metric: units and amount per metric and bucket (public usage endpoint). */
export function useUsageByMetric(options?: ReportOptions): Report<UsageByMetricResult> {
  return useReport('usage', options, byMetric, 'useUsageByMetric')
}

/** Invoice collection rate per month (public API, premium). */
export function useInvoiceCollectionReport(
  options?: ReportOptions,
): Report<InvoiceCollectionResult> {
  return useReport(
    'invoiceCollection',
    options,
    (rows, { transform }) => toInvoiceCollection(rows, transform),
    'useInvoiceCollectionReport',
  )
}

/** Overdue balance per month (public API). */
export function useOverdueBalanceReport(options?: ReportOptions): Report<OverdueBalanceResult> {
  return useReport(
    'overdueBalance',
    options,
    (rows, { transform }) => toOverdueBalance(rows, transform),
    'useOverdueBalanceReport',
  )
}
