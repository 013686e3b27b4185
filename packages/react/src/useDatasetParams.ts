import type { DatasetName, DatasetParamsMap } from '@lago-analytics/client'
import { pickFilters, toDatasetParams, type FilterState } from '@lago-analytics/core/filters'
import { useMemo, useSyncExternalStore } from 'react'
import { useOptionalFilterStore } from './FilterStoreContext.ts'
import { useLagoAnalytics } from './LagoAnalyticsContext.ts'

const noStore = {
  subscribe: () => () => {},
  getState: () => null,
}

/** The nearest store's filters, or `null` outside a `FilterStoreProvider`. */
export function useOptionalFilters(): FilterState | null {
  const store = useOptionalFilterStore() ?? noStore
  return useSyncExternalStore(store.subscribe, store.getState, store.getState)
}

/**
 * Params for a dataset: the explicit ones when given; otherwise derived from the nearest filter
 * store (range, granularity, dimensions — only what the dataset accepts), with the provider's
 * default currency when no currency filter is set.
 */
export function useDatasetParams<Name extends DatasetName>(
  name: Name,
  explicit: DatasetParamsMap[Name] | undefined,
): DatasetParamsMap[Name] | undefined {
  const { defaultCurrency, now } = useLagoAnalytics('useDatasetParams')
  const filters = useOptionalFilters()
  const today = now().toISOString().slice(0, 10)
  return useMemo(() => {
    if (explicit !== undefined || filters === null) {
      if (explicit === undefined && defaultCurrency)
        return { currency: defaultCurrency } as DatasetParamsMap[Name]
      return explicit
    }
    const state = pickFilters(filters)
    return toDatasetParams(
      name,
      { ...state, currency: state.currency ?? defaultCurrency },
      { now: new Date(`${today}T12:00:00Z`) },
    )
    // `today` (not `now()`) keys the memo: params only change when the UTC day does.
  }, [name, explicit, filters, defaultCurrency, today])
}
