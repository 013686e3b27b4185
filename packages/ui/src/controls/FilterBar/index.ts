export { FilterBar } from './FilterBar.ts'
export { FilterBarRoot, type FilterBarRootProps } from './FilterBarRoot.tsx'
export {
  DATE_RANGE_PRESET_LABELS,
  type DateRangeFilterLabels,
  type DateRangeFilterProps,
} from './DateRangeFilter.tsx'
export { type ComboboxFilterProps } from './ComboboxFilters.tsx'
export {
  GRANULARITY_LABELS,
  type BillableMetricFilterProps,
  type CountryFilterProps,
  type CurrencyFilterProps,
  type CustomerTypeFilterProps,
  type GranularityFilterProps,
  type OptionsFilterProps,
} from './SelectFilters.tsx'
export { BREAKDOWN_LABELS, type BreakdownFilterProps } from './BreakdownFilter.tsx'
export { type ResetButtonProps } from './ResetButton.tsx'
export { type FilterOption } from './FilterSelect.tsx'
