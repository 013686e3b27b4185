import type { FilterStore } from '@lago-analytics/core/filters'
import { createContext, useContext } from 'react'

export const FilterStoreContext = createContext<FilterStore | null>(null)
FilterStoreContext.displayName = 'LagoAnalyticsFilterStoreContext'

/** The nearest filter store, or `null` outside a `FilterStoreProvider`. */
export function useOptionalFilterStore(): FilterStore | null {
  return useContext(FilterStoreContext)
}

/** The nearest filter store; throws, naming the caller, outside a `FilterStoreProvider`. */
export function useFilterStore(consumer = 'useFilterStore'): FilterStore {
  const store = useContext(FilterStoreContext)
  if (store === null) throw new Error(`${consumer} must be used inside <FilterStoreProvider>`)
  return store
}
