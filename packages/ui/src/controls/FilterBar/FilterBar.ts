import { BreakdownFilter } from './BreakdownFilter.tsx'
import { CustomerFilter, SubscriptionFilter } from './ComboboxFilters.tsx'
import { DateRangeFilter } from './DateRangeFilter.tsx'
import { FilterBarRoot } from './FilterBarRoot.tsx'
import { ResetButton } from './ResetButton.tsx'
import {
  BillableMetricFilter,
  BillingEntityFilter,
  CountryFilter,
  CurrencyFilter,
  CustomerTypeFilter,
  GranularityFilter,
  PlanFilter,
} from './SelectFilters.tsx'

/**
 * Dashboard filters as parts: `<FilterBar.Root>` holds the state (bound to the nearest filter
 * store, or controlled/uncontrolled) and each part edits one filter.
 */
export const FilterBar = {
  Root: FilterBarRoot,
  DateRange: DateRangeFilter,
  Granularity: GranularityFilter,
  Currency: CurrencyFilter,
  Customer: CustomerFilter,
  CustomerType: CustomerTypeFilter,
  Country: CountryFilter,
  Plan: PlanFilter,
  Subscription: SubscriptionFilter,
  BillingEntity: BillingEntityFilter,
  BillableMetric: BillableMetricFilter,
  Breakdown: BreakdownFilter,
  Reset: ResetButton,
} as const
