import { DATASETS, type DatasetName, type DatasetParamsMap } from '@lago-analytics/client'
import { assertNever } from '../internal/assertNever.ts'
import { bucketEnd, bucketStart } from '../time/bucket.ts'
import { dateKeyOfInstant, parseDateKey, type DateKey } from '../time/dateKey.ts'
import { resolveDateRange, type DateRange } from '../time/dateRange.ts'
import { fetchGranularity, toTimeGranularity } from '../time/granularity.ts'
import type { BillableMetricKind, FilterState } from './filterState.ts'

function snakeToCamel(key: string): string {
  return key.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase())
}

function monthIndex(key: DateKey): number {
  const parts = parseDateKey(key)
  return parts === null ? 0 : parts.year * 12 + parts.month - 1
}

function recurring(kind: BillableMetricKind | null): boolean | undefined {
  switch (kind) {
    case null:
      return undefined
    case 'metered':
      return false
    case 'recurring':
      return true
    default:
      return assertNever(kind)
  }
}

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
  const today = dateKeyOfInstant(options.now)
  const candidates: Record<string, unknown> = {
    currency: state.currency ?? undefined,
    fromDate: align ? bucketStart(range.from, fetched) : range.from,
    toDate: align ? bucketEnd(range.to, fetched) : range.to,
    timeGranularity: toTimeGranularity(state.granularity),
    months: Math.max(1, monthIndex(today) - monthIndex(range.from) + 1),
    billingEntityCode: state.billingEntityCode ?? undefined,
    customerCountry: state.customerCountry ?? undefined,
    customerType: state.customerType ?? undefined,
    externalCustomerId: state.externalCustomerId ?? undefined,
    externalSubscriptionId: state.externalSubscriptionId ?? undefined,
    planCode: state.planCode ?? undefined,
    billableMetricCode: state.billableMetricCode ?? undefined,
    isBillableMetricRecurring: recurring(state.billableMetricKind),
  }
  const params: Record<string, unknown> = {}
  for (const wire of DATASETS[dataset].params) {
    const key = snakeToCamel(wire)
    const value = candidates[key]
    if (value !== undefined) params[key] = value
  }
  return params as DatasetParamsMap[N]
}
