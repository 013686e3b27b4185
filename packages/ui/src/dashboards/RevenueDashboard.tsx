import type { SubscriptionRef } from '@lago-analytics/react'
import { forwardRef, useMemo } from 'react'
import { FilterBar } from '../controls/FilterBar/FilterBar.ts'
import type { DashboardProps } from './DashboardProps.ts'
import { DashboardShell } from './DashboardShell.tsx'
import { DataApiOnly } from './DataApiOnly.tsx'
import { WidgetSlot } from './WidgetSlot.tsx'
import { DEFAULT_DASHBOARD_MESSAGES } from './DashboardMessages.ts'
import { useDataApiStatus } from './useDataApiStatus.ts'
import {
  DEFAULT_COUNTRIES,
  useFilterOptions,
  type DashboardFilterOptions,
} from './useFilterOptions.ts'
import {
  InvoiceCollectionWidget,
  KpiWidget,
  MrrByPlanWidget,
  MrrMovementsWidget,
  OverdueBalanceWidget,
  PlanPivotWidget,
  RevenueBreakdownWidget,
  RevenueStreamsWidget,
  SegmentPivotWidget,
} from './RevenueWidgets.tsx'

export type RevenueWidgetId =
  | 'kpis'
  | 'revenueStreams'
  | 'mrrMovements'
  | 'mrrByPlan'
  | 'revenueBreakdown'
  | 'planPivot'
  | 'segmentPivot'
  | 'invoiceCollection'
  | 'overdueBalance'

export const REVENUE_WIDGETS: readonly RevenueWidgetId[] = [
  'kpis',
  'revenueStreams',
  'mrrMovements',
  'mrrByPlan',
  'revenueBreakdown',
  'planPivot',
  'segmentPivot',
  'invoiceCollection',
  'overdueBalance',
]

/** Widgets that need the Data API and have no public-REST fallback. */
const DATA_API_ONLY: readonly RevenueWidgetId[] = [
  'mrrByPlan',
  'revenueBreakdown',
  'planPivot',
  'segmentPivot',
]
/** Widgets whose datasets can be scoped to one customer. */
const CUSTOMER_SCOPABLE: readonly RevenueWidgetId[] = [
  'kpis',
  'revenueStreams',
  'mrrMovements',
  'overdueBalance',
]

export type RevenueDashboardProps = DashboardProps<RevenueWidgetId>

/**
 * The prebuilt revenue dashboard, assembled only from public parts: KPIs with period-over-period
 * deltas and sparklines, revenue streams, MRR movements and MRR by plan, revenue breakdowns,
 * revenue by plan over time, invoice collection and overdue balance. With only Lago's public REST
 * API (no Data API), it shows gross revenue and invoiced MRR instead, and explains the rest.
 */
export const RevenueDashboard = /* @__PURE__ */ forwardRef<HTMLDivElement, RevenueDashboardProps>(
  function RevenueDashboard(
    {
      widgets = REVENUE_WIDGETS,
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
    const shown = widgets.filter((id) => !scoped || CUSTOMER_SCOPABLE.includes(id))
    return (
      <DashboardShell
        ref={ref}
        title={title ?? messages?.revenueTitle ?? DEFAULT_DASHBOARD_MESSAGES.revenueTitle}
        messages={messages}
        initialFilters={filters}
        urlSync={urlSync}
        externalCustomerId={externalCustomerId}
        filters={hideFilters ? null : <RevenueFilters options={filterOptions} scoped={scoped} />}
        data-dashboard="revenue"
        {...rest}
      >
        <RevenueWidgets
          widgets={shown}
          titles={titles}
          subscriptions={subscriptions}
          scoped={scoped}
          countries={filterOptions?.countries ?? DEFAULT_COUNTRIES}
        />
      </DashboardShell>
    )
  },
)

function RevenueFilters({
  options,
  scoped,
}: {
  options: DashboardFilterOptions | undefined
  scoped: boolean
}) {
  const resolved = useFilterOptions(options, { plansAndCustomers: !scoped })
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
          {resolved.billingEntities.length > 0 ? (
            <FilterBar.BillingEntity options={resolved.billingEntities} />
          ) : null}
        </>
      )}
      <FilterBar.Reset />
    </FilterBar.Root>
  )
}

function RevenueWidgets({
  widgets,
  titles,
  subscriptions,
  scoped,
  countries,
}: {
  widgets: readonly RevenueWidgetId[]
  titles: Partial<Record<RevenueWidgetId, string>>
  subscriptions: readonly SubscriptionRef[] | undefined
  scoped: boolean
  countries: readonly string[]
}) {
  const status = useDataApiStatus('revenueStreams')
  const dataApi = status !== false
  return (
    <>
      {widgets.map((id) => {
        const title = titles[id]
        return (
          <WidgetSlot key={id} id={id} title={title}>
            {revenueWidget(id, title, { dataApi, scoped, subscriptions, countries })}
          </WidgetSlot>
        )
      })}
    </>
  )
}

/** One prebuilt widget, by id (the caller wraps it in a `WidgetSlot`). */
function revenueWidget(
  id: RevenueWidgetId,
  title: string | undefined,
  options: {
    dataApi: boolean
    scoped: boolean
    subscriptions: readonly SubscriptionRef[] | undefined
    countries: readonly string[]
  },
) {
  const { dataApi, scoped, subscriptions, countries } = options
  if (!dataApi && DATA_API_ONLY.includes(id)) return <DataApiOnly id={id} title={title} />
  switch (id) {
    case 'kpis':
      return <KpiWidget dataApi={dataApi} scoped={scoped} title={title} />
    case 'revenueStreams':
      return <RevenueStreamsWidget dataApi={dataApi} title={title} />
    case 'mrrMovements':
      return <MrrMovementsWidget dataApi={dataApi} title={title} />
    case 'mrrByPlan':
      return <MrrByPlanWidget title={title} />
    case 'revenueBreakdown':
      return <RevenueBreakdownWidget subscriptions={subscriptions} title={title} />
    case 'planPivot':
      return <PlanPivotWidget title={title} />
    case 'segmentPivot':
      return <SegmentPivotWidget countries={countries} title={title} />
    case 'invoiceCollection':
      return <InvoiceCollectionWidget title={title} />
    case 'overdueBalance':
      return <OverdueBalanceWidget title={title} />
    default: {
      const never: never = id
      throw new Error(`Unknown revenue widget ${String(never)}`)
    }
  }
}
