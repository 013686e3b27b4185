// @lago-analytics/core/filters: dashboard filter state, its validation, the per-dashboard
// zustand store, URL search-params sync and the mapping to dataset parameters, kept out of the
// main entry (the only module that needs zustand).
export {
  BREAKDOWN_DIMENSIONS,
  DEFAULT_FILTERS,
  FILTER_KEYS,
  FilterValidationError,
  validateFilter,
  validateFilters,
  type BillableMetricKind,
  type BreakdownDimension,
  type FilterKey,
  type FilterState,
} from './filterState.ts'
export {
  createFilterStore,
  pickFilters,
  type FilterActions,
  type FilterStore,
  type FilterStoreState,
} from './createFilterStore.ts'
export {
  fromSearchParams,
  mergeSearchParams,
  ownedSearchParamKeys,
  SEARCH_PARAM_KEYS,
  toSearchParams,
  type SearchParamsOptions,
} from './searchParams.ts'
export { toDatasetParams, type DatasetParamsOptions } from './toDatasetParams.ts'
