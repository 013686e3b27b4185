import type { DatasetName, DatasetRowMap, LagoAnalyticsResult } from '@lago-analytics/client'
import { toDatasetParams } from '@lago-analytics/core/filters'
import { useCallback, useMemo } from 'react'
import {
  useDatasetQuery,
  type DatasetQueryOptions,
  type DatasetQueryResult,
} from './useDatasetQuery.ts'
import { useReportFilters, type FilterOverrides, type ReportFilters } from './useReportFilters.ts'

export interface ReportOptions extends DatasetQueryOptions {
  /** Filters for this report only, over the nearest filter store's. */
  filters?: FilterOverrides | undefined
}

/**
 * One dataset request turned into a report by a pure core transform. The transform runs in
 * TanStack's `select`, so it reruns only when the data or the filters change.
 */
export function useReport<Name extends DatasetName, Report>(
  name: Name,
  options: ReportOptions | undefined,
  transform: (rows: DatasetRowMap[Name][], context: ReportFilters) => Report,
  consumer: string,
): DatasetQueryResult<Report> & { context: ReportFilters } {
  const context = useReportFilters(options?.filters, consumer)
  const params = useMemo(
    () => toDatasetParams(name, context.filters, { now: context.now }),
    [name, context],
  )
  // `transform` is a module-level function in every caller, so `context` alone keys the memo.
  const select = useCallback(
    (result: LagoAnalyticsResult<DatasetRowMap[Name]>) => ({
      // The rows' own currency, not the filter's: while new filters load, TanStack runs `select`
      // on the previous rows (placeholder data), which may be in the previous currency.
      report: transform(result.rows, withoutCurrency(context)),
      sourceRows: result.rows.length,
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [context],
  )
  const result = useDatasetQuery(name, params, { enabled: options?.enabled, select })
  const state = result.state === 'ready' && result.data?.sourceRows === 0 ? 'empty' : result.state
  return { ...result, data: result.data?.report, state, context }
}

function withoutCurrency(context: ReportFilters): ReportFilters {
  const { currency: _currency, ...transform } = context.transform
  return { ...context, transform }
}
