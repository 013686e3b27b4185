import {
  createFilterStore,
  pickFilters,
  type FilterState,
  type FilterStore,
} from '@lago-analytics/core/filters'
import { useEffect, useState, type ReactNode } from 'react'
import { FilterStoreContext } from './FilterStoreContext.ts'
import type { FilterUrlAdapter } from './urlSearchParamsAdapter.ts'

export interface FilterStoreProviderProps {
  /** Bring your own store (controlled from outside); otherwise one is created per provider. */
  store?: FilterStore | undefined
  /** Initial filters of the store this provider creates. */
  initialFilters?: Partial<FilterState> | undefined
  /** Opt-in URL sync, e.g. `urlSearchParamsAdapter({ prefix: 'rev.' })`. */
  urlSync?: FilterUrlAdapter | undefined
  children?: ReactNode
}

/**
 * One filter store per dashboard (never a module singleton). Hooks below read their params from
 * it unless given explicit ones.
 */
export function FilterStoreProvider({
  store: given,
  initialFilters,
  urlSync,
  children,
}: FilterStoreProviderProps) {
  const [own] = useState(() => (given ? null : createFilterStore(initialFilters)))
  const store = given ?? (own as FilterStore)

  useEffect(() => {
    if (!urlSync) return
    const pull = () => {
      const fromUrl = urlSync.read()
      const current = pickFilters(store.getState())
      if (JSON.stringify(fromUrl) !== JSON.stringify(current)) store.getState().update(fromUrl)
    }
    pull()
    const unsubscribeStore = store.subscribe((state) => urlSync.write(pickFilters(state)))
    const unsubscribeUrl = urlSync.subscribe(pull)
    return () => {
      unsubscribeStore()
      unsubscribeUrl()
    }
  }, [store, urlSync])

  return <FilterStoreContext.Provider value={store}>{children}</FilterStoreContext.Provider>
}
