import {
  allPagesQueryOptions,
  datasetQueryOptions,
  useDatasetParams,
  useLagoAnalytics,
  useOptionalFilters,
} from '@lago-analytics/react'
import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import type { FilterOption } from '../controls/FilterBar/FilterSelect.tsx'

/** Option lists for the filter bar. Lago's analytics API lists none of these, so hosts may pass them. */
export interface DashboardFilterOptions {
  currencies?: readonly string[] | undefined
  /** ISO 3166 alpha-2 codes. */
  countries?: readonly string[] | undefined
  plans?: readonly FilterOption[] | undefined
  customers?: readonly FilterOption[] | undefined
  billingEntities?: readonly FilterOption[] | undefined
  billableMetrics?: readonly FilterOption[] | undefined
}

/** Which option lists `useFilterOptions` derives from data when the host gives none. */
export interface FilterOptionsDerivation {
  /** Plans and customers, from the Data API breakdowns. Default true. */
  plansAndCustomers?: boolean | undefined
  /** Billable metric codes, from the usage dataset. Default false. */
  billableMetrics?: boolean | undefined
}

export const DEFAULT_COUNTRIES = ['US', 'CA', 'GB', 'FR', 'DE', 'ES', 'IT', 'NL', 'JP', 'KW']
export const DEFAULT_CURRENCIES = ['EUR', 'USD', 'GBP', 'JPY', 'KWD']

/**
 * Options as given, else derived from what the dashboard loads anyway: plans and customers from
 * the Data API breakdowns of the current currency (`plansAndCustomers: false` holds those two, e.g. in a
 * customer-scoped dashboard that shows neither filter), billable metrics from the usage dataset
 * under the current filters but the metric itself (the usage widgets' own query while no metric
 * is chosen, so no extra request). Lago's analytics rows carry metric codes, not names: pass
 * `billableMetrics` for names.
 */
export function useFilterOptions(
  given: DashboardFilterOptions = {},
  derive: FilterOptionsDerivation = {},
) {
  const { plansAndCustomers = true, billableMetrics = false } = derive
  const { client, cacheScope, now, refreshMarginMinutes, queryClient, defaultCurrency } =
    useLagoAnalytics('useFilterOptions')
  const filters = useOptionalFilters()
  const currency = filters?.currency ?? defaultCurrency ?? undefined
  const settings = { scope: cacheScope, now, refreshMarginMinutes }
  const plans = useQuery(
    {
      ...allPagesQueryOptions(client, 'revenueByPlan', { currency }, settings),
      enabled: plansAndCustomers && !given.plans,
    },
    queryClient,
  )
  const usageParams = useDatasetParams('usage', undefined)
  const metrics = useQuery(
    {
      ...datasetQueryOptions(
        client,
        'usage',
        { ...usageParams, billableMetricCode: undefined },
        settings,
      ),
      enabled: billableMetrics && !given.billableMetrics,
      select: (result) => [...new Set(result.rows.map((row) => row.billableMetricCode))],
    },
    queryClient,
  )
  const chosenMetric = filters?.billableMetricCode ?? null
  const customers = useQuery(
    {
      ...allPagesQueryOptions(
        client,
        'revenueByCustomer',
        { currency, orderBy: 'net_revenue_amount_cents' },
        settings,
      ),
      enabled: plansAndCustomers && !given.customers,
    },
    queryClient,
  )
  return useMemo(
    () => ({
      currencies: given.currencies ?? DEFAULT_CURRENCIES,
      countries: given.countries ?? DEFAULT_COUNTRIES,
      plans:
        given.plans ??
        (plans.data ?? []).map((row) => ({ value: row.planCode, label: row.planName })),
      customers:
        given.customers ??
        (customers.data ?? []).map((row) => ({
          value: row.externalCustomerId,
          label: row.customerName ?? row.externalCustomerId,
        })),
      billingEntities: given.billingEntities ?? [],
      billableMetrics: given.billableMetrics ?? metricOptions(metrics.data, chosenMetric),
    }),
    [given, plans.data, customers.data, metrics.data, chosenMetric],
  )
}

/** Metric codes seen in the data, sorted, plus the chosen one (so the select can show it). */
function metricOptions(
  codes: readonly string[] | undefined,
  chosen: string | null,
): FilterOption[] {
  const all = new Set(codes ?? [])
  if (chosen !== null) all.add(chosen)
  return [...all].sort().map((code) => ({ value: code, label: code }))
}
