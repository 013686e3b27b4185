import { usageMeteredVsRecurring, type MeteredVsRecurringResult } from '@lago-analytics/core'
import { toDatasetParams } from '@lago-analytics/core/filters'
import { useMemo } from 'react'
import { useReportFilters, type FilterOverrides } from '../useReportFilters.ts'
import { useFanOut, type FanOutResult } from './useFanOut.ts'

/**
 * Metered versus recurring usage amounts over time. Lago has no per-row flag, so this sends two
 * aggregated-amounts requests, filtered with `isBillableMetricRecurring: false` and `true`.
 */
export function useUsageMeteredVsRecurring(
  options: { filters?: FilterOverrides | undefined; enabled?: boolean | undefined } = {},
): FanOutResult<MeteredVsRecurringResult> {
  const { filters, now, transform } = useReportFilters(
    options.filters,
    'useUsageMeteredVsRecurring',
  )
  const paramsList = useMemo(() => {
    const base = toDatasetParams('usageAmounts', { ...filters, billableMetricKind: null }, { now })
    return [
      { ...base, isBillableMetricRecurring: false },
      { ...base, isBillableMetricRecurring: true },
    ]
  }, [filters, now])
  const fanOut = useFanOut('usageAmounts', paramsList, { concurrency: 2, enabled: options.enabled })
  return useMemo(() => {
    const [metered, recurring] = fanOut.results ?? []
    const data =
      metered && recurring
        ? usageMeteredVsRecurring({ metered: metered.rows, recurring: recurring.rows }, transform)
        : undefined
    return { ...fanOut, data, results: undefined }
  }, [fanOut, transform])
}
