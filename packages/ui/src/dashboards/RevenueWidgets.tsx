import {
  breakdownMrrByPlan,
  dataAsOf,
  money,
  pivot,
  pivotByTime,
  type Comparison,
  type Granularity,
  type Pivot,
  type TimePivot,
} from '@lago-analytics/core'
import { tableFromBreakdown, tableFromPivot } from '@lago-analytics/core/export'
import { toDatasetParams } from '@lago-analytics/core/filters'
import {
  useFanOut,
  useGrossRevenue,
  useInvoiceCollectionReport,
  useLagoAnalytics,
  useMrr,
  useMrrByPlan,
  useMrrMovements,
  useOverdueBalanceReport,
  usePeriodComparison,
  useReportFilters,
  useRevenueBreakdown,
  useRevenueStreams,
  type SubscriptionRef,
} from '@lago-analytics/react'
import { useMemo, useState } from 'react'
import { BreakdownChart } from '../charts/BreakdownChart/BreakdownChart.tsx'
import { DonutChart } from '../charts/DonutChart/DonutChart.tsx'
import { HeatmapChart } from '../charts/HeatmapChart/HeatmapChart.tsx'
import { MrrMovementsChart } from '../charts/MrrMovementsChart/MrrMovementsChart.tsx'
import { RevenueStreamsChart } from '../charts/RevenueStreamsChart/RevenueStreamsChart.tsx'
import { Sparkline } from '../charts/Sparkline/Sparkline.tsx'
import { TimeSeriesChart } from '../charts/TimeSeriesChart/TimeSeriesChart.tsx'
import type { TimeSeriesData } from '../charts/TimeSeriesChart/TimeSeriesData.ts'
import { MetricCard } from '../controls/MetricCard/MetricCard.tsx'
import { useDashboard } from './DashboardContext.ts'
import { useDataApiStatus } from './useDataApiStatus.ts'
import { useDatasetTable } from './useDatasetTable.ts'
import { Widget } from './Widget.tsx'

/** Options every widget takes. */
export interface WidgetOptions {
  /** Overrides the default (translated) title. */
  title?: string | undefined
}

const sumNet = (rows: { netRevenueAmountCents: number }[]) =>
  rows.reduce((total, row) => total + row.netRevenueAmountCents, 0)
const sumGross = (rows: { grossRevenueAmountCents: number }[]) =>
  rows.reduce((total, row) => total + row.grossRevenueAmountCents, 0)
const lastEnding = (rows: { endingMrr: number }[]) => rows.at(-1)?.endingMrr ?? 0
const MONTHLY = { granularity: 'month' } as const

/** Monthly legacy rows (`month`, amount) as a time series over the filter range. */
function monthlySeries(
  rows: { month: string; amountCents: number }[] | undefined,
  periods: { bucket: { start: string; end: string }; partial: boolean }[],
  name: string,
): TimeSeriesData | undefined {
  if (!rows) return undefined
  const byMonth = new Map<string, number>()
  for (const row of rows)
    byMonth.set(row.month.slice(0, 7), (byMonth.get(row.month.slice(0, 7)) ?? 0) + row.amountCents)
  return {
    granularity: 'month',
    periods: periods.map((point) => ({ bucket: point.bucket as never, partial: point.partial })),
    series: [
      {
        key: 'amount',
        name,
        values: periods.map((point) => byMonth.get(point.bucket.start.slice(0, 7)) ?? 0),
      },
    ],
    aggregate: 'sum',
  }
}

export function KpiWidget({
  dataApi,
  scoped = false,
  title,
}: WidgetOptions & { dataApi: boolean; scoped?: boolean }) {
  const { messages, componentMessages } = useDashboard('KpiWidget')
  const { defaultCurrency } = useLagoAnalytics('KpiWidget')
  const streams = useRevenueStreams({ enabled: dataApi })
  const movements = useMrrMovements({ enabled: dataApi })
  const netComparison = usePeriodComparison({
    dataset: 'revenueStreams',
    measure: sumNet,
    enabled: dataApi,
  })
  const grossComparison = usePeriodComparison({
    dataset: 'revenueStreams',
    measure: sumGross,
    enabled: dataApi,
  })
  const mrrComparison = usePeriodComparison({
    dataset: 'mrrMovements',
    measure: lastEnding,
    enabled: dataApi,
  })
  const legacyGross = useGrossRevenue(undefined, { enabled: !dataApi })
  const legacyMrr = useMrr(undefined, { enabled: !dataApi })
  // Monthly-only datasets: totals over the range, whatever the dashboard's granularity.
  const collection = useInvoiceCollectionReport({ enabled: !scoped, filters: MONTHLY })
  const overdue = useOverdueBalanceReport({ filters: MONTHLY })
  const currency = streams.context.filters.currency ?? defaultCurrency ?? 'EUR'
  const asMoney = (amount: number | undefined) =>
    amount === undefined ? undefined : money(amount, currency)
  const delta = (comparison: Comparison | undefined) => comparison ?? null

  const legacyGrossTotal = legacyGross.data?.rows.reduce((total, row) => total + row.amountCents, 0)
  const legacyMrrLast = legacyMrr.data?.rows.at(-1)?.amountCents
  const legacyMrrPrevious = legacyMrr.data?.rows.at(-2)?.amountCents
  const streamsState = dataApi ? streams.state : legacyGross.state
  const mrrState = dataApi ? movements.state : legacyMrr.state
  const cards = [
    {
      key: 'net',
      label: messages.netRevenue,
      state: dataApi ? streams.state : ('unavailable' as const),
      reason: dataApi ? streams.unavailableReason : ('data-api' as const),
      value: asMoney(streams.data?.totals.net),
      delta: delta(netComparison.comparison),
      spark: streams.data?.points.map((point) => point.net),
      sparkPartial: streams.data?.points.map((point) => point.partial),
    },
    {
      key: 'gross',
      label: messages.grossRevenue,
      state: streamsState,
      reason: dataApi ? streams.unavailableReason : legacyGross.unavailableReason,
      value: asMoney(dataApi ? streams.data?.totals.gross.total : legacyGrossTotal),
      delta: dataApi ? delta(grossComparison.comparison) : null,
      spark: dataApi
        ? streams.data?.points.map((point) => point.gross.total)
        : legacyGross.data?.rows.map((row) => row.amountCents),
      sparkPartial: dataApi ? streams.data?.points.map((point) => point.partial) : undefined,
    },
    {
      key: 'mrr',
      label: messages.mrr,
      state: mrrState,
      reason: dataApi ? movements.unavailableReason : legacyMrr.unavailableReason,
      value: asMoney(dataApi ? movements.data?.summary.ending : legacyMrrLast),
      delta: dataApi ? delta(mrrComparison.comparison) : null,
      spark: dataApi
        ? movements.data?.points.map((point) => point.ending)
        : legacyMrr.data?.rows.map((row) => row.amountCents),
      sparkPartial: dataApi ? movements.data?.points.map((point) => point.partial) : undefined,
    },
    {
      key: 'arr',
      label: messages.arr,
      state: mrrState,
      reason: dataApi ? movements.unavailableReason : legacyMrr.unavailableReason,
      value: asMoney(
        dataApi
          ? movements.data?.summary.arr
          : legacyMrrLast === undefined
            ? undefined
            : 12 * legacyMrrLast,
      ),
      delta: null,
      spark: undefined,
    },
    {
      key: 'netNew',
      label: messages.netNewMrr,
      state: mrrState,
      reason: dataApi ? movements.unavailableReason : legacyMrr.unavailableReason,
      value: asMoney(
        dataApi
          ? movements.data?.summary.netNew
          : legacyMrrLast === undefined || legacyMrrPrevious === undefined
            ? undefined
            : legacyMrrLast - legacyMrrPrevious,
      ),
      delta: null,
      spark: dataApi ? movements.data?.points.map((point) => point.netNew) : undefined,
      sparkPartial: dataApi ? movements.data?.points.map((point) => point.partial) : undefined,
    },
    {
      key: 'collection',
      label: messages.collectionRate,
      state: collection.state,
      reason: collection.unavailableReason,
      value: collection.data?.totals.collectionRate ?? undefined,
      format: 'percent' as const,
      delta: null,
      spark: collection.data?.points.map((point) => point.collectionRate),
      sparkPartial: collection.data?.points.map((point) => point.partial),
    },
    {
      key: 'overdue',
      label: messages.overdueBalance,
      state: overdue.state,
      reason: overdue.unavailableReason,
      value: asMoney(overdue.data?.totalCents),
      delta: null,
      sentiment: 'decrease-is-good' as const,
      spark: undefined,
    },
  ].filter((card) => !scoped || card.key !== 'collection')
  return (
    <Widget widgetId="kpis" title={title ?? messages.kpis} span={12}>
      <div className="lago-analytics-kpi-row" data-slot="kpi-row">
        {cards.map((card) => (
          <MetricCard
            messages={componentMessages.metricCard}
            key={card.key}
            data-kpi={card.key}
            label={card.label}
            state={card.state === 'empty' ? 'ready' : card.state}
            unavailableReason={card.reason ?? undefined}
            value={card.value ?? null}
            format={card.format ?? (card.value === undefined ? undefined : 'money')}
            compact
            delta={card.delta}
            sentiment={card.sentiment}
            sparkline={
              card.spark && card.spark.length > 1 ? (
                <Sparkline
                  values={card.spark}
                  partial={'sparkPartial' in card ? card.sparkPartial : undefined}
                  currency={card.format === 'percent' ? null : currency}
                  label={`${card.label} trend`}
                />
              ) : undefined
            }
          />
        ))}
      </div>
    </Widget>
  )
}

export function RevenueStreamsWidget({ dataApi, title }: WidgetOptions & { dataApi: boolean }) {
  const { messages, componentMessages } = useDashboard('RevenueStreamsWidget')
  const streams = useRevenueStreams({ enabled: dataApi })
  const legacy = useGrossRevenue(undefined, { enabled: !dataApi })
  const periods = useMemoPeriods(streams.context)
  const streamsTable = useDatasetTable('revenueStreams', messages.revenueStreams, dataApi)
  const legacyTable = useDatasetTable('grossRevenue', messages.grossRevenueOverTime, !dataApi)
  const granularity: Granularity = streams.context.filters.granularity
  if (!dataApi) {
    return (
      <Widget
        widgetId="revenueStreams"
        title={title ?? messages.grossRevenueOverTime}
        span={12}
        getTable={legacyTable}
      >
        <TimeSeriesChart
          messages={componentMessages.chart}
          label={messages.grossRevenueOverTime}
          kind="bar"
          state={legacy.state}
          unavailableReason={legacy.unavailableReason ?? undefined}
          onRetry={legacy.refetch}
          data={monthlySeries(legacy.data?.rows, periods, messages.grossRevenue)}
          currency={legacy.data?.rows[0]?.currency ?? null}
          tableToggle
          legend
        />
      </Widget>
    )
  }
  return (
    <Widget
      widgetId="revenueStreams"
      title={title ?? messages.revenueStreams}
      span={12}
      getTable={streamsTable}
    >
      <RevenueStreamsChart
        messages={componentMessages.chart}
        label={messages.revenueStreams}
        state={streams.state}
        unavailableReason={streams.unavailableReason ?? undefined}
        onRetry={streams.refetch}
        data={streams.data}
        granularity={granularity}
        tableToggle
        legend
      />
    </Widget>
  )
}

/** Month buckets of the filter range (for legacy monthly endpoints). */
function useMemoPeriods(context: ReturnType<typeof useReportFilters>) {
  return useMemo(() => {
    const points: { bucket: { start: string; end: string }; partial: boolean }[] = []
    const [fromYear, fromMonth] = context.range.from.split('-').map(Number) as [number, number]
    const [toYear, toMonth] = context.range.to.split('-').map(Number) as [number, number]
    const asOf = dataAsOf(context.now).toISOString().slice(0, 10)
    for (
      let year = fromYear, month = fromMonth;
      year < toYear || (year === toYear && month <= toMonth);
      month === 12 ? (year++, (month = 1)) : month++
    ) {
      const start = `${year}-${String(month).padStart(2, '0')}-01`
      const end = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10)
      points.push({ bucket: { start, end }, partial: end >= asOf })
    }
    return points
  }, [context.range, context.now])
}

export function MrrMovementsWidget({ dataApi, title }: WidgetOptions & { dataApi: boolean }) {
  const { messages, componentMessages } = useDashboard('MrrMovementsWidget')
  const movements = useMrrMovements({ enabled: dataApi })
  const legacy = useMrr(undefined, { enabled: !dataApi })
  const context = useReportFilters(undefined, 'MrrMovementsWidget')
  const periods = useMemoPeriods(context)
  const movementsTable = useDatasetTable('mrrMovements', messages.mrrMovements, dataApi)
  const legacyTable = useDatasetTable('mrr', messages.mrrOverTime, !dataApi)
  if (!dataApi) {
    return (
      <Widget widgetId="mrrMovements" title={title ?? messages.mrrOverTime} getTable={legacyTable}>
        <TimeSeriesChart
          messages={componentMessages.chart}
          label={messages.mrrOverTime}
          kind="line"
          state={legacy.state}
          unavailableReason={legacy.unavailableReason ?? undefined}
          onRetry={legacy.refetch}
          data={(() => {
            const series = monthlySeries(legacy.data?.rows, periods, messages.mrr)
            return series ? { ...series, aggregate: 'last' as const } : undefined
          })()}
          currency={legacy.data?.rows[0]?.currency ?? null}
          tableToggle
        />
      </Widget>
    )
  }
  return (
    <Widget
      widgetId="mrrMovements"
      title={title ?? messages.mrrMovements}
      getTable={movementsTable}
    >
      <MrrMovementsChart
        messages={componentMessages.chart}
        label={messages.mrrMovements}
        state={movements.state}
        unavailableReason={movements.unavailableReason ?? undefined}
        onRetry={movements.refetch}
        data={movements.data}
        tableToggle
      />
    </Widget>
  )
}

export function MrrByPlanWidget({ title }: WidgetOptions = {}) {
  const { messages, componentMessages } = useDashboard('MrrByPlanWidget')
  const { defaultCurrency } = useLagoAnalytics('MrrByPlanWidget')
  const context = useReportFilters(undefined, 'MrrByPlanWidget')
  const breakdown = useRevenueBreakdownMrr(context.filters.currency ?? defaultCurrency ?? undefined)
  return (
    <Widget
      widgetId="mrrByPlan"
      title={title ?? messages.mrrByPlan}
      getTable={() =>
        breakdown.data
          ? tableFromBreakdown(breakdown.data, {
              dataset: 'mrrByPlan',
              title: messages.mrrByPlan,
              currency: breakdown.data.currency,
            })
          : null
      }
    >
      <DonutChart
        messages={componentMessages.chart}
        label={messages.mrrByPlan}
        state={breakdown.state}
        unavailableReason={breakdown.unavailableReason ?? undefined}
        onRetry={breakdown.refetch}
        data={breakdown.data}
        tableToggle
        legend
      />
    </Widget>
  )
}

function useRevenueBreakdownMrr(currency: string | undefined) {
  const result = useMrrByPlan({ currency, limit: 100 })
  const data = useMemo(
    () => (result.data ? breakdownMrrByPlan(result.data.rows, { topN: 6, currency }) : undefined),
    [result.data, currency],
  )
  return { ...result, data }
}

export function RevenueBreakdownWidget({
  subscriptions,
  title,
}: WidgetOptions & { subscriptions?: readonly SubscriptionRef[] | undefined }) {
  const { messages, componentMessages } = useDashboard('RevenueBreakdownWidget')
  const [by, setBy] = useState<'customer' | 'plan' | 'subscription'>('customer')
  const breakdown = useRevenueBreakdown({
    by,
    topN: 10,
    subscriptions,
    enabled: by !== 'subscription' || (subscriptions?.length ?? 0) > 0,
  })
  const tabs = [
    ['customer', messages.byCustomer],
    ['plan', messages.byPlan],
    ['subscription', messages.bySubscription],
  ] as const
  return (
    <Widget
      widgetId="revenueBreakdown"
      span={12}
      title={title ?? messages.revenueBreakdown}
      getTable={() =>
        breakdown.data
          ? tableFromBreakdown(breakdown.data, {
              dataset: `revenueBy${by[0]?.toUpperCase()}${by.slice(1)}`,
              title: messages.revenueBreakdown,
              currency: breakdown.data.currency,
            })
          : null
      }
      actions={
        <div
          role="radiogroup"
          aria-label={messages.revenueBreakdown}
          className="lago-analytics-segmented"
        >
          {tabs.map(([value, label]) => (
            <button
              key={value}
              type="button"
              role="radio"
              aria-checked={by === value}
              className="lago-analytics-segmented-item"
              data-state={by === value ? 'on' : 'off'}
              onClick={() => setBy(value)}
            >
              {label}
            </button>
          ))}
        </div>
      }
    >
      {by === 'subscription' && (subscriptions?.length ?? 0) === 0 ? (
        <p className="lago-analytics-widget-note">{messages.subscriptionsNeeded}</p>
      ) : (
        <BreakdownChart
          messages={componentMessages.chart}
          label={`${messages.revenueBreakdown}: ${tabs.find(([value]) => value === by)?.[1] ?? ''}`}
          state={breakdown.state}
          unavailableReason={breakdown.unavailableReason ?? undefined}
          onRetry={breakdown.refetch}
          data={breakdown.data}
          tableToggle
        />
      )}
    </Widget>
  )
}

/** Plan × time: Lago has no such breakdown, so one filtered revenue-streams request per plan. */
export function PlanPivotWidget({ title }: WidgetOptions = {}) {
  const { messages, componentMessages } = useDashboard('PlanPivotWidget')
  const plans = useRevenueBreakdown({ by: 'plan', topN: 6 })
  const context = useReportFilters(undefined, 'PlanPivotWidget')
  const planCodes = useMemo(() => (plans.data?.items ?? []).map((item) => item.key), [plans.data])
  const paramsList = useMemo(
    () =>
      planCodes.map((planCode) =>
        toDatasetParams('revenueStreams', { ...context.filters, planCode }, { now: context.now }),
      ),
    [planCodes, context],
  )
  const fanOut = useFanOut('revenueStreams', paramsList, { enabled: planCodes.length > 0 })
  const pivot = useMemo((): TimePivot | undefined => {
    if (!fanOut.results || !plans.data) return undefined
    const names = new Map(plans.data.items.map((item) => [item.key, item.label]))
    const rows = fanOut.results.flatMap((result, index) =>
      result.rows.map((row) => ({ ...row, planCode: planCodes[index] ?? '' })),
    )
    type PlanRow = (typeof rows)[number]
    return pivotByTime(rows, {
      ...context.transform,
      row: (row: PlanRow) => row.planCode,
      rowLabel: (row: PlanRow) => names.get(row.planCode) ?? row.planCode,
      value: (row: PlanRow) => row.netRevenueAmountCents,
    })
  }, [fanOut.results, plans.data, planCodes, context])
  const state = plans.state !== 'ready' ? plans.state : fanOut.state
  return (
    <Widget
      widgetId="planPivot"
      title={title ?? messages.planOverTime}
      span={12}
      getTable={() =>
        pivot
          ? tableFromPivot(pivot, {
              dataset: 'revenueStreams',
              title: messages.planOverTime,
              currency: context.filters.currency,
            })
          : null
      }
    >
      <HeatmapChart
        messages={componentMessages.chart}
        label={messages.planOverTime}
        state={state}
        unavailableReason={plans.unavailableReason ?? fanOut.unavailableReason ?? undefined}
        onRetry={() => {
          plans.refetch()
          fanOut.refetch()
        }}
        data={pivot}
        granularity={context.filters.granularity}
        currency={context.filters.currency}
        tableToggle
      />
    </Widget>
  )
}

export function InvoiceCollectionWidget({ title }: WidgetOptions = {}) {
  const { messages, componentMessages } = useDashboard('InvoiceCollectionWidget')
  const collection = useInvoiceCollectionReport({ filters: { granularity: 'month' } })
  const table = useDatasetTable('invoiceCollection', messages.invoiceCollection)
  const data = useMemo((): TimeSeriesData | undefined => {
    if (!collection.data) return undefined
    const points = collection.data.points
    return {
      granularity: 'month',
      periods: points,
      series: [
        {
          key: 'succeeded',
          name: messages.succeeded,
          color: '#009e73',
          values: points.map((point) => point.succeeded.amountCents),
        },
        {
          key: 'pending',
          name: messages.pending,
          color: '#e69f00',
          values: points.map((point) => point.pending.amountCents),
        },
        {
          key: 'failed',
          name: messages.failed,
          color: '#d55e00',
          values: points.map((point) => point.failed.amountCents),
        },
      ],
      aggregate: 'sum',
    }
  }, [collection.data, messages])
  return (
    <Widget
      widgetId="invoiceCollection"
      title={title ?? messages.invoiceCollection}
      getTable={table}
    >
      <TimeSeriesChart
        messages={componentMessages.chart}
        label={messages.invoiceCollection}
        kind="bar"
        stacked
        state={collection.state}
        unavailableReason={collection.unavailableReason ?? undefined}
        onRetry={collection.refetch}
        data={data}
        currency={collection.data?.currency ?? null}
        tableToggle
        legend
      />
    </Widget>
  )
}

export function OverdueBalanceWidget({ title }: WidgetOptions = {}) {
  const { messages, componentMessages } = useDashboard('OverdueBalanceWidget')
  const overdue = useOverdueBalanceReport({ filters: { granularity: 'month' } })
  const table = useDatasetTable('overdueBalance', messages.overdueOverTime)
  const data = useMemo((): TimeSeriesData | undefined => {
    if (!overdue.data) return undefined
    const points = overdue.data.points
    return {
      granularity: 'month',
      periods: points,
      series: [
        {
          key: 'overdue',
          name: messages.overdueBalance,
          values: points.map((point) => point.amountCents),
        },
      ],
      aggregate: 'sum',
    }
  }, [overdue.data, messages])
  return (
    <Widget widgetId="overdueBalance" title={title ?? messages.overdueOverTime} getTable={table}>
      <TimeSeriesChart
        messages={componentMessages.chart}
        label={messages.overdueOverTime}
        kind="bar"
        state={overdue.state}
        unavailableReason={overdue.unavailableReason ?? undefined}
        onRetry={overdue.refetch}
        data={data}
        currency={overdue.data?.currency ?? null}
        tableToggle
      />
    </Widget>
  )
}

/**
 * Net revenue by customer type × country (dimension × dimension). Lago has no such breakdown, so
 * one filtered revenue-streams request per cell, at most 4 in flight, each a shared cache entry.
 */
export function SegmentPivotWidget({
  countries,
  title,
}: WidgetOptions & { countries: readonly string[] }) {
  const { messages, componentMessages } = useDashboard('SegmentPivotWidget')
  const context = useReportFilters(undefined, 'SegmentPivotWidget')
  const cells = useMemo(
    () =>
      (['company', 'individual'] as const).flatMap((customerType) =>
        countries.map((customerCountry) => ({ customerType, customerCountry })),
      ),
    [countries],
  )
  const paramsList = useMemo(
    () =>
      cells.map((cell) =>
        toDatasetParams('revenueStreams', { ...context.filters, ...cell }, { now: context.now }),
      ),
    [cells, context],
  )
  // One request per cell: held until the main revenue-streams query (the dashboard sends it
  // anyway) shows the Data API is there, so a Lago without it gets no volley of 501s.
  const dataApi = useDataApiStatus('revenueStreams')
  const fanOut = useFanOut('revenueStreams', paramsList, { enabled: dataApi === true })
  const data = useMemo((): Pivot | undefined => {
    if (!fanOut.results) return undefined
    const rows = fanOut.results.map((result, index) => ({
      ...(cells[index] as { customerType: string; customerCountry: string }),
      net: result.rows.reduce((total, row) => total + row.netRevenueAmountCents, 0),
      invoiced: result.rows.some(
        (row) => row.grossRevenueAmountCents !== 0 || row.netRevenueAmountCents !== 0,
      ),
    }))
    // Countries without any revenue in this currency and range are left out (most countries bill
    // in one currency: an all-blank column says nothing).
    const seen = new Set(rows.filter((row) => row.invoiced).map((row) => row.customerCountry))
    return pivot(
      rows.filter((row) => seen.has(row.customerCountry)),
      {
        row: (row) => row.customerType,
        rowLabel: (row) =>
          row.customerType === 'company' ? messages.company : messages.individual,
        column: (row) => row.customerCountry,
        value: (row) => row.net,
      },
    )
  }, [fanOut.results, cells, messages])
  const name = title ?? messages.segmentPivot
  return (
    <Widget
      widgetId="segmentPivot"
      title={name}
      span={12}
      getTable={() =>
        data
          ? tableFromPivot(data, {
              dataset: 'revenueStreams',
              title: name,
              currency: context.filters.currency,
            })
          : null
      }
    >
      <HeatmapChart
        messages={componentMessages.chart}
        label={name}
        state={fanOut.state}
        unavailableReason={fanOut.unavailableReason ?? undefined}
        onRetry={fanOut.refetch}
        data={data}
        currency={context.filters.currency}
        tableToggle
      />
    </Widget>
  )
}
