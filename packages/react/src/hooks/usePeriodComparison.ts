import type { DatasetName, DatasetRowMap } from '@lago-analytics/client'
import {
  baselineRange,
  compareValues,
  type BaselineKind,
  type Comparison,
  type DateRange,
} from '@lago-analytics/core'
import { toDatasetParams } from '@lago-analytics/core/filters'
import { useMemo } from 'react'
import {
  datasetState,
  unavailableReason,
  type DatasetState,
  type UnavailableReason,
} from '../datasetState.ts'
import { useReportFilters, type FilterOverrides } from '../useReportFilters.ts'
import { useFanOut } from './useFanOut.ts'

export interface PeriodComparisonOptions<Name extends DatasetName> {
  dataset: Name
  /** The KPI of a set of rows (e.g. sum of net revenue, last ending MRR). */
  measure: (rows: DatasetRowMap[Name][]) => number
  /** Compare with the previous period (default) or the same period last year. */
  previous?: BaselineKind | undefined
  filters?: FilterOverrides | undefined
  enabled?: boolean | undefined
}

export interface PeriodComparisonResult {
  /** `kind: 'noBaseline'` when the baseline is missing or zero, never Infinity/NaN. */
  comparison: Comparison | undefined
  range: DateRange
  baselineRange: DateRange
  state: DatasetState
  unavailableReason: UnavailableReason | null
  error: Error | null
  isFetching: boolean
}

/**
 * A KPI over the filter range against its baseline range: two requests of the same dataset
 * (the current one shared with the widgets showing it), compared with core's `compareValues`.
 */
export function usePeriodComparison<Name extends DatasetName>(
  options: PeriodComparisonOptions<Name>,
): PeriodComparisonResult {
  const { filters, now, range } = useReportFilters(options.filters, 'usePeriodComparison')
  const previous = options.previous ?? 'period'
  const baseline = useMemo(() => baselineRange(range, previous), [range, previous])
  const paramsList = useMemo(
    () => [
      toDatasetParams(options.dataset, filters, { now }),
      toDatasetParams(
        options.dataset,
        { ...filters, range: { preset: 'custom', ...baseline } },
        { now },
      ),
    ],
    [options.dataset, filters, now, baseline],
  )
  const fanOut = useFanOut(options.dataset, paramsList, {
    concurrency: 2,
    enabled: options.enabled,
  })
  const { measure } = options
  return useMemo(() => {
    const [current, before] = fanOut.results ?? []
    const comparison =
      current && before ? compareValues(measure(current.rows), measure(before.rows)) : undefined
    return {
      comparison,
      range,
      baselineRange: baseline,
      state: fanOut.error
        ? datasetState('error', fanOut.error, false)
        : comparison
          ? 'ready'
          : 'loading',
      unavailableReason: unavailableReason(fanOut.error),
      error: fanOut.error,
      isFetching: fanOut.isFetching,
    }
  }, [fanOut, measure, range, baseline])
}
