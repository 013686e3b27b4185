import type { SubscriptionRef } from '@lago-analytics/react'
import { forwardRef, useMemo } from 'react'
import { FilterBar } from '../controls/FilterBar/FilterBar.ts'
import type { DashboardProps } from './DashboardProps.ts'
import { DashboardShell } from './DashboardShell.tsx'
import { DEFAULT_DASHBOARD_MESSAGES } from './DashboardMessages.ts'
import { DataApiOnly } from './DataApiOnly.tsx'
import { WidgetSlot } from './WidgetSlot.tsx'
import { useDataApiStatus } from './useDataApiStatus.ts'
import { useFilterOptions, type DashboardFilterOptions } from './useFilterOptions.ts'
import {
  CreditsWidget,
  ForecastWidget,
  MeteredVsRecurringWidget,
  UsageByMetricWidget,
  UsageDistributionWidget,
  UsageOverTimeWidget,
} from './UsageWidgets.tsx'

export type UsageWidgetId =
  | 'usageOverTime'
  | 'usageByMetric'
  | 'meteredVsRecurring'
  | 'usageAcrossCustomers'
  | 'usageAcrossSubscriptions'
  | 'credits'
  | 'forecast'

export const USAGE_WIDGETS: readonly UsageWidgetId[] = [
  'usageOverTime',
  'usageByMetric',
  'meteredVsRecurring',
  'usageAcrossCustomers',
  'usageAcrossSubscriptions',
  'credits',
  'forecast',
]

/** Widgets that need the Data API (the public REST surface only serves `usage`). */
const DATA_API_ONLY: readonly UsageWidgetId[] = [
  'meteredVsRecurring',
  'usageAcrossCustomers',
  'usageAcrossSubscriptions',
  'credits',
  'forecast',
]

export type UsageDashboardProps = DashboardProps<UsageWidgetId>

/**
 * The prebuilt usage & credits dashboard: usage amount over time by metric, usage by billable
 * metric (units ↔ amount), metered vs recurring, usage distribution across customers and across
 * subscriptions, prepaid credits (flows, balance, run-out estimate) and the usage forecast.
 * With only Lago's public REST API, the usage widgets work and the others explain what they need.
 */
export const UsageDashboard = /* @__PURE__ */ forwardRef<HTMLDivElement, UsageDashboardProps>(
  function UsageDashboard(
    {
      widgets = USAGE_WIDGETS,
      titles = {},
      title,
      messages,
      initialFilters,
      urlSync,
      filterOptions,
      subscriptions,
      externalCustomerId,
      hideFilters = false,
      ...rest
    },
    ref,
  ) {
    const scoped = externalCustomerId !== undefined
    const filters = useMemo(
      () => ({ ...initialFilters, ...(scoped ? { externalCustomerId } : {}) }),
      [initialFilters, scoped, externalCustomerId],
    )
    const shown = widgets.filter((id) => !scoped || id !== 'usageAcrossCustomers')
    return (
      <DashboardShell
        ref={ref}
        title={title ?? messages?.usageTitle ?? DEFAULT_DASHBOARD_MESSAGES.usageTitle}
        messages={messages}
        initialFilters={filters}
        urlSync={urlSync}
        externalCustomerId={externalCustomerId}
        filters={hideFilters ? null : <UsageFilters options={filterOptions} scoped={scoped} />}
        data-dashboard="usage"
        {...rest}
      >
        <UsageWidgets widgets={shown} titles={titles} subscriptions={subscriptions} />
      </DashboardShell>
    )
  },
)

function UsageFilters({
  options,
  scoped,
}: {
  options: DashboardFilterOptions | undefined
  scoped: boolean
}) {
  const resolved = useFilterOptions(options, {
    plansAndCustomers: !scoped,
    billableMetrics: true,
  })
  return (
    <FilterBar.Root>
      <FilterBar.DateRange />
      <FilterBar.Granularity />
      <FilterBar.Currency options={resolved.currencies} />
      {scoped ? null : (
        <>
          <FilterBar.Customer options={resolved.customers} />
          <FilterBar.CustomerType />
          <FilterBar.Country options={resolved.countries} />
          <FilterBar.Plan options={resolved.plans} />
        </>
      )}
      <FilterBar.BillableMetric options={resolved.billableMetrics} />
      <FilterBar.Reset />
    </FilterBar.Root>
  )
}

function UsageWidgets({
  widgets,
  titles,
  subscriptions,
}: {
  widgets: readonly UsageWidgetId[]
  titles: Partial<Record<UsageWidgetId, string>>
  subscriptions: readonly SubscriptionRef[] | undefined
}) {
  const dataApi = useDataApiStatus('usageAmounts') !== false
  return (
    <>
      {widgets.map((id) => {
        const title = titles[id]
        return (
          <WidgetSlot key={id} id={id} title={title}>
            {usageWidget(id, title, dataApi, subscriptions)}
          </WidgetSlot>
        )
      })}
    </>
  )
}

/** One prebuilt widget, by id (the caller wraps it in a `WidgetSlot`). */
function usageWidget(
  id: UsageWidgetId,
  title: string | undefined,
  dataApi: boolean,
  subscriptions: readonly SubscriptionRef[] | undefined,
) {
  if (!dataApi && DATA_API_ONLY.includes(id)) return <DataApiOnly id={id} title={title} />
  switch (id) {
    case 'usageOverTime':
      return <UsageOverTimeWidget title={title} />
    case 'usageByMetric':
      return <UsageByMetricWidget title={title} />
    case 'meteredVsRecurring':
      return <MeteredVsRecurringWidget title={title} />
    case 'usageAcrossCustomers':
      return <UsageDistributionWidget across="customer" title={title} />
    case 'usageAcrossSubscriptions':
      return (
        <UsageDistributionWidget
          across="subscription"
          subscriptions={subscriptions}
          title={title}
        />
      )
    case 'credits':
      return <CreditsWidget title={title} />
    case 'forecast':
      return <ForecastWidget title={title} />
    default: {
      const never: never = id
      throw new Error(`Unknown usage widget ${String(never)}`)
    }
  }
}
