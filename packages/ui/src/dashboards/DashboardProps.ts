import type { FilterState } from '@lago-analytics/core/filters'
import type { SubscriptionRef } from '@lago-analytics/react'
import type { ComponentPropsWithoutRef } from 'react'
import type { DashboardShellProps } from './DashboardShell.tsx'
import type { DashboardMessages } from './DashboardMessages.ts'
import type { DashboardFilterOptions } from './useFilterOptions.ts'

/** Props every prebuilt dashboard takes; `Id` is its widget id union. */
export interface DashboardProps<Id extends string> extends Omit<
  ComponentPropsWithoutRef<'div'>,
  'title'
> {
  /** Which widgets, in which order. Default: all of them. */
  widgets?: readonly Id[] | undefined
  /** Widget titles by id. */
  titles?: Partial<Record<Id, string>> | undefined
  title?: string | undefined
  messages?: Partial<DashboardMessages> | undefined
  /** Translations for the components inside (charts, KPI cards, export menus, freshness badge). */
  componentMessages?: DashboardShellProps['componentMessages']
  initialFilters?: Partial<FilterState> | undefined
  /** Keep filters in the URL (`{ prefix }` for several dashboards on a page). Default off. */
  urlSync?: boolean | { prefix: string } | undefined
  /** Option lists for the filter bar (plans and customers are derived when not given). */
  filterOptions?: DashboardFilterOptions | undefined
  /** Subscriptions to compare (Lago's analytics API does not list them). */
  subscriptions?: readonly SubscriptionRef[] | undefined
  /**
   * Customer-scoped mode: one customer's figures only, customer filters hidden (and widgets that
   * cannot be scoped to a customer left out). Use with a customer-scoped proxy principal.
   */
  externalCustomerId?: string | undefined
  /** Hide the filter bar. */
  hideFilters?: boolean | undefined
  docsHref?: string | undefined
  theme?: 'light' | 'dark' | undefined
  /** Called with every dashboard export (the whole-dashboard workbook or JSON). */
  onExport?: DashboardShellProps['onExport']
  /** Save exports through a download. Default true. */
  download?: boolean | undefined
}
