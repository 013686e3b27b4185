import { createStore, type StoreApi } from 'zustand/vanilla'
import type { DateRangeSelection } from '../time/dateRange.ts'
import type { Granularity } from '../time/granularity.ts'
import {
  DEFAULT_FILTERS,
  FILTER_KEYS,
  validateFilter,
  validateFilters,
  type BreakdownDimension,
  type FilterKey,
  type FilterState,
} from './filterState.ts'

/** Validated actions: an invalid value throws `FilterValidationError` and changes nothing. */
export interface FilterActions {
  setRange(selection: DateRangeSelection): void
  setGranularity(granularity: Granularity): void
  setCurrency(currency: string | null): void
  /** Sets one filter (dimension filters, `range`, `granularity`…); `null` clears it. */
  setFilter<K extends FilterKey>(key: K, value: FilterState[K]): void
  setBreakdown(dimensions: readonly BreakdownDimension[]): void
  /** Sets several filters at once, atomically (all valid, or nothing changes). */
  update(patch: Partial<FilterState>): void
  /** Back to the store's initial filters. */
  reset(): void
}

export type FilterStoreState = FilterState & FilterActions
export type FilterStore = StoreApi<FilterStoreState>

/** The plain filter values of a store state (without the actions). */
export function pickFilters(state: FilterState): FilterState {
  const out: Partial<Record<FilterKey, unknown>> = {}
  for (const key of FILTER_KEYS) out[key] = state[key]
  return out as FilterState
}

/**
 * A filter store for one dashboard (`zustand/vanilla`). Create one per dashboard instance —
 * never share a module-level store — so two dashboards on a page stay independent. `initial` is
 * validated (`FilterValidationError`) and merged over `DEFAULT_FILTERS`.
 */
export function createFilterStore(initial: Partial<FilterState> = {}): FilterStore {
  const start: FilterState = { ...DEFAULT_FILTERS, ...validateFilters(initial) }
  return createStore<FilterStoreState>()((set) => {
    const apply = (patch: Partial<Record<FilterKey, unknown>>): void => {
      const valid = validateFilters(patch)
      set(valid)
    }
    return {
      ...start,
      setRange: (selection) => apply({ range: selection }),
      setGranularity: (granularity) => apply({ granularity }),
      setCurrency: (currency) => apply({ currency }),
      setFilter: (key, value) => set({ [key]: validateFilter(key, value) } as Partial<FilterState>),
      setBreakdown: (dimensions) => apply({ breakdown: dimensions }),
      update: (patch) => apply(patch),
      reset: () => set(start),
    }
  })
}
