import { allPagesQueryOptions, useLagoAnalytics, useOptionalFilters } from '@lago-analytics/react'
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

export const DEFAULT_COUNTRIES = ['US', 'CA', 'GB', 'FR', 'DE', 'ES', 'IT', 'NL', 'JP', 'KW']
export const DEFAULT_CURRENCIES = ['EUR', 'USD', 'GBP', 'JPY', 'KWD']

/**
 * Options as given, else derived from the Data API breakdowns the dashboard loads anyway
 * (plans and customers of the current currency: same queries, no extra request).
 */
export function useFilterOptions(given: DashboardFilterOptions = {}, enabled = true) {
  const { client, cacheScope, now, refreshMarginMinutes, queryClient, defaultCurrency } =
    useLagoAnalytics('useFilterOptions')
  const filters = useOptionalFilters()
  const currency = filters?.currency ?? defaultCurrency ?? undefined
  const settings = { scope: cacheScope, now, refreshMarginMinutes }
  const plans = useQuery(
    {
      ...allPagesQueryOptions(client, 'revenueByPlan', { currency }, settings),
      enabled: enabled && !given.plans,
    },
    queryClient,
  )
  const customers = useQuery(
    {
      ...allPagesQueryOptions(
        client,
        'revenueByCustomer',
        { currency, orderBy: 'net_revenue_amount_cents' },
        settings,
      ),
      enabled: enabled && !given.customers,
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
      billableMetrics: given.billableMetrics ?? [],
    }),
    [given, plans.data, customers.data],
  )
}
