import type { FilterActions, FilterState, FilterStoreState } from '@lago-analytics/core/filters'
import { useCallback, useSyncExternalStore } from 'react'
import { useFilterStore } from './FilterStoreContext.ts'

const identity = (state: FilterStoreState): FilterState => state

/**
 * Reads the nearest filter store, re-rendering when the selected value changes. Selectors must
 * return stable values (a field, or a memoised derivation), as with zustand.
 */
export function useFilters(): FilterState
export function useFilters<Selected>(selector: (state: FilterState) => Selected): Selected
export function useFilters<Selected>(
  selector?: (state: FilterState) => Selected,
): Selected | FilterState {
  const store = useFilterStore('useFilters')
  const select = selector ?? identity
  const getSnapshot = useCallback(() => select(store.getState()), [store, select])
  return useSyncExternalStore(store.subscribe, getSnapshot, getSnapshot)
}

/** The validated actions of the nearest filter store (stable identities). */
export function useFilterActions(): FilterActions {
  const store = useFilterStore('useFilterActions')
  const { setRange, setGranularity, setCurrency, setFilter, setBreakdown, update, reset } =
    store.getState()
  return { setRange, setGranularity, setCurrency, setFilter, setBreakdown, update, reset }
}
