import type { DatasetName, DatasetParamsMap } from '@lago-analytics/client'
import { DATASETS } from '@lago-analytics/client/datasets'
import { bucketEnd, bucketStart } from '../time/bucket.ts'
import { dateKeyOfInstant, monthIndexOf } from '../time/dateKey.ts'
import { resolveDateRange, type DateRange } from '../time/dateRange.ts'
import { fetchGranularity, toTimeGranularity } from '../time/granularity.ts'
import type { FilterState } from './filterState.ts'

export interface DatasetParamsOptions {
  /** Resolves range presets (never read from the clock). */
  now: Date
  /**
   * Widen `fromDate`/`toDate` to whole buckets of the fetched granularity, so the first and last
   * buckets are complete periods, like the others. Default true.
   */
  alignToBuckets?: boolean | undefined
}

/**
 * The query parameters of one client dataset for a filter state — only the parameters that
 * dataset accepts (`DATASETS[name].params`), camelCased, and only filters that are set:
 * `fromDate`/`toDate` from the resolved range, `timeGranularity` (quarters and years fetch
 * months), `months` for the legacy endpoints (enough months, counted back from the current one,
 * to cover the range), `isBillableMetricRecurring` from the metered/recurring filter.
 */
export function toDatasetParams<N extends DatasetName>(
  dataset: N,
  state: FilterState,
  options: DatasetParamsOptions,
): DatasetParamsMap[N] {
  const range: DateRange = resolveDateRange(state.range, { now: options.now })
  const fetched = fetchGranularity(state.granularity)
  const align = options.alignToBuckets !== false
  // The dimension filters (`currency`, `planCode`…) are named as the camelCased parameters.
  const candidates: Record<string, unknown> = {
    ...state,
    fromDate: align ? bucketStart(range.from, fetched) : range.from,
    toDate: align ? bucketEnd(range.to, fetched) : range.to,
    timeGranularity: toTimeGranularity(state.granularity),
    months: Math.max(1, monthIndexOf(dateKeyOfInstant(options.now)) - monthIndexOf(range.from) + 1),
    isBillableMetricRecurring:
      state.billableMetricKind === null ? null : state.billableMetricKind === 'recurring',
  }
  const params: Record<string, unknown> = {}
  for (const wire of DATASETS[dataset].params) {
    const key = wire.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase())
    const value = candidates[key]
    if (value != null) params[key] = value
  }
  return params as DatasetParamsMap[N]
}
