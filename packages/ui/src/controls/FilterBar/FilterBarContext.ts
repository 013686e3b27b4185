import type { FilterKey, FilterState } from '@lago-analytics/core/filters'
import { createContext, useContext } from 'react'

export interface FilterBarContextValue {
  filters: FilterState
  /** Validates and applies one filter; on `FilterValidationError` records a field error and returns false. */
  set: <K extends FilterKey>(key: K, value: FilterState[K]) => boolean
  reset: () => void
  /** Field errors from rejected values, by filter key. */
  errors: Partial<Record<FilterKey, string>>
  locale: string
  /** Resolves range presets for display. */
  now: Date
  disabled: boolean
  /** Where popovers and listboxes portal to (a themed container); default `document.body`. */
  portalContainer: HTMLElement | null | undefined
}

export const FilterBarContext = /* @__PURE__ */ createContext<FilterBarContextValue | null>(null)
FilterBarContext.displayName = 'FilterBarContext'

export function useFilterBar(part: string): FilterBarContextValue {
  const value = useContext(FilterBarContext)
  if (value === null) throw new Error(`FilterBar.${part} must be used inside <FilterBar.Root>`)
  return value
}
