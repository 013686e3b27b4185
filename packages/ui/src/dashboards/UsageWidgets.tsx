import {
  breakdown,
  isPartialPeriod,
  money,
  type DateKey,
  type TimePivot,
} from '@lago-analytics/core'
import { tableFromBreakdown } from '@lago-analytics/core/export'
import {
  useLagoAnalytics,
  usePrepaidCredits,
  useReportFilters,
  useUsageByMetric,
  useUsageDistribution,
  useUsageForecast,
  useUsageMeteredVsRecurring,
  type SubscriptionRef,
} from '@lago-analytics/react'
import { useMemo, useState } from 'react'
import { BreakdownChart } from '../charts/BreakdownChart/BreakdownChart.tsx'
import { TimeSeriesChart } from '../charts/TimeSeriesChart/TimeSeriesChart.tsx'
import type { TimeSeriesData } from '../charts/TimeSeriesChart/TimeSeriesData.ts'
import { MetricCard } from '../controls/MetricCard/MetricCard.tsx'
import { useDashboard } from './DashboardContext.ts'
import type { WidgetOptions } from './RevenueWidgets.tsx'
import { useDatasetTable } from './useDatasetTable.ts'
import { Widget } from './Widget.tsx'

/** A `TimePivot` (rows × buckets) as stacked series. */
function pivotSeries(
  pivot: TimePivot | undefined,
  granularity: TimeSeriesData['granularity'],
): TimeSeriesData | undefined {
  if (!pivot) return undefined
  return {
    granularity,
    periods: pivot.buckets,
    series: pivot.rows.map((row, index) => ({
      key: row.key,
      name: row.label,
      values: pivot.values[index] ?? [],
    })),
    aggregate: 'sum',
  }
}

/** Usage amount over time, stacked by billable metric (public usage endpoint: works without the Data API). */
export function UsageOverTimeWidget({ title }: WidgetOptions = {}) {
  const { messages, componentMessages } = useDashboard('UsageOverTimeWidget')
  const usage = useUsageByMetric()
  const table = useDatasetTable('usage', messages.usageOverTime)
  const data = useMemo(
    () => pivotSeries(usage.data?.amountByTime, usage.context.filters.granularity),
    [usage.data, usage.context.filters.granularity],
  )
  return (
    <Widget
      widgetId="usageOverTime"
      title={title ?? messages.usageOverTime}
      span={12}
      getTable={table}
    >
      <TimeSeriesChart
        messages={componentMessages.chart}
        label={title ?? messages.usageOverTime}
        kind="bar"
        stacked
        state={usage.state}
        unavailableReason={usage.unavailableReason ?? undefined}
        onRetry={usage.refetch}
        data={data}
        currency={usage.data?.currency ?? null}
        tableToggle
        legend
      />
    </Widget>
  )
}

/** Usage by billable metric, with a units ↔ amount toggle. */
export function UsageByMetricWidget({ title }: WidgetOptions = {}) {
  const { messages, componentMessages } = useDashboard('UsageByMetricWidget')
  const usage = useUsageByMetric()
  const [measure, setMeasure] = useState<'amount' | 'units'>('amount')
  const result = useMemo(() => {
    if (!usage.data) return undefined
    const metrics = usage.data.metrics
    const items = breakdown(metrics, {
      key: (metric) => metric.billableMetricCode,
      value: (metric) => (measure === 'amount' ? metric.amountCents : metric.units),
    })
    return measure === 'amount'
      ? { ...items, currency: usage.data.currency }
      : { ...items, currency: null }
  }, [usage.data, measure])
  const name = title ?? messages.usageByMetric
  return (
    <Widget
      widgetId="usageByMetric"
      title={name}
      getTable={() =>
        result
          ? tableFromBreakdown(result, { dataset: 'usage', title: name, currency: result.currency })
          : null
      }
      actions={
        <div role="radiogroup" aria-label={name} className="lago-analytics-segmented">
          {(['amount', 'units'] as const).map((value) => (
            <button
              key={value}
              type="button"
              role="radio"
              aria-checked={measure === value}
              data-state={measure === value ? 'on' : 'off'}
              className="lago-analytics-segmented-item"
              onClick={() => setMeasure(value)}
            >
              {value === 'amount' ? messages.amount : messages.units}
            </button>
          ))}
        </div>
      }
    >
      <BreakdownChart
        messages={componentMessages.chart}
        label={`${name} (${measure === 'amount' ? messages.amount : messages.units})`}
        state={usage.state}
        unavailableReason={usage.unavailableReason ?? undefined}
        onRetry={usage.refetch}
        data={result}
        tableToggle
      />
    </Widget>
  )
}

/** Metered vs recurring usage over time (two filtered Data API requests). */
export function MeteredVsRecurringWidget({ title }: WidgetOptions = {}) {
  const { messages, componentMessages } = useDashboard('MeteredVsRecurringWidget')
  const split = useUsageMeteredVsRecurring()
  const context = useReportFilters(undefined, 'MeteredVsRecurringWidget')
  const data = useMemo((): TimeSeriesData | undefined => {
    if (!split.data) return undefined
    const points = split.data.points
    return {
      granularity: context.filters.granularity,
      periods: points,
      series: [
        { key: 'metered', name: messages.metered, values: points.map((point) => point.metered) },
        {
          key: 'recurring',
          name: messages.recurring,
          values: points.map((point) => point.recurring),
        },
      ],
      aggregate: 'sum',
    }
  }, [split.data, context.filters.granularity, messages])
  return (
    <Widget widgetId="meteredVsRecurring" title={title ?? messages.meteredVsRecurring}>
      <TimeSeriesChart
        messages={componentMessages.chart}
        label={title ?? messages.meteredVsRecurring}
        kind="area"
        stacked
        state={split.state}
        unavailableReason={split.unavailableReason ?? undefined}
        onRetry={split.refetch}
        data={data}
        currency={split.data?.currency ?? null}
        tableToggle
        legend
      />
    </Widget>
  )
}

/** How usage spreads across customers (top customers by revenue) or given subscriptions. */
export function UsageDistributionWidget({
  across,
  subscriptions,
  title,
}: WidgetOptions & {
  across: 'customer' | 'subscription'
  subscriptions?: readonly SubscriptionRef[] | undefined
}) {
  const { messages, componentMessages } = useDashboard('UsageDistributionWidget')
  const { locale } = useLagoAnalytics('UsageDistributionWidget')
  const needsSubscriptions = across === 'subscription' && (subscriptions?.length ?? 0) === 0
  const distribution = useUsageDistribution({
    across,
    subscriptions,
    top: 10,
    enabled: !needsSubscriptions,
  })
  const context = useReportFilters(undefined, 'UsageDistributionWidget')
  const name =
    title ??
    (across === 'customer' ? messages.usageAcrossCustomers : messages.usageAcrossSubscriptions)
  const id = across === 'customer' ? 'usageAcrossCustomers' : 'usageAcrossSubscriptions'
  const share = distribution.data?.concentration.topShare
  const currency = context.filters.currency
  return (
    <Widget
      widgetId={id}
      title={name}
      getTable={() =>
        distribution.data
          ? tableFromBreakdown(distribution.data, {
              dataset: 'usageAmounts',
              title: name,
              currency,
            })
          : null
      }
    >
      {needsSubscriptions ? (
        <p className="lago-analytics-widget-note">{messages.subscriptionsNeeded}</p>
      ) : (
        <>
          <BreakdownChart
            messages={componentMessages.chart}
            label={name}
            state={distribution.state}
            unavailableReason={distribution.unavailableReason ?? undefined}
            onRetry={distribution.refetch}
            data={distribution.data ? { ...distribution.data, currency } : undefined}
            tableToggle
          />
          {share !== undefined && share !== null ? (
            <p className="lago-analytics-widget-note" data-slot="concentration">
              {messages.topShare(
                new Intl.NumberFormat(locale, {
                  style: 'percent',
                  maximumFractionDigits: 1,
                }).format(share),
                distribution.data?.concentration.top ?? 10,
              )}
            </p>
          ) : null}
        </>
      )}
    </Widget>
  )
}

/** Prepaid credits: purchased, offered, consumed and voided over time, balance and run-out date. */
export function CreditsWidget({ title }: WidgetOptions = {}) {
  const { messages, componentMessages } = useDashboard('CreditsWidget')
  const { locale } = useLagoAnalytics('CreditsWidget')
  const credits = usePrepaidCredits()
  const table = useDatasetTable('prepaidCredits', messages.creditConsumption)
  const data = useMemo((): TimeSeriesData | undefined => {
    if (!credits.data) return undefined
    const points = credits.data.points
    return {
      granularity: credits.context.filters.granularity,
      periods: points,
      series: [
        {
          key: 'purchased',
          name: messages.purchased,
          values: points.map((point) => point.purchased),
        },
        { key: 'offered', name: messages.offered, values: points.map((point) => point.offered) },
        {
          key: 'consumed',
          name: messages.consumed,
          values: points.map((point) => -point.consumed),
        },
        { key: 'voided', name: messages.voided, values: points.map((point) => -point.voided) },
      ],
      aggregate: 'sum',
    }
  }, [credits.data, credits.context.filters.granularity, messages])
  const runOut = credits.state === 'ready' ? credits.data?.runOut : undefined
  const runOutText = !runOut
    ? null
    : runOut.kind === 'date'
      ? messages.runOut(
          new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
            new Date(`${runOut.date}T00:00:00Z`),
          ),
        )
      : runOut.kind === 'depleted'
        ? messages.runOutDepleted
        : runOut.kind === 'notBurning'
          ? messages.runOutNotBurning
          : messages.runOutUnknown
  const currency = credits.data?.currency ?? credits.context.filters.currency
  return (
    <Widget
      widgetId="credits"
      title={title ?? messages.creditConsumption}
      span={12}
      getTable={table}
    >
      <div className="lago-analytics-kpi-row">
        <MetricCard
          messages={componentMessages.metricCard}
          label={messages.balance}
          state={credits.state === 'empty' ? 'ready' : credits.state}
          unavailableReason={credits.unavailableReason ?? undefined}
          value={credits.data && currency ? money(credits.data.balance, currency) : null}
          format="money"
        />
        <MetricCard
          messages={componentMessages.metricCard}
          label={messages.consumed}
          state={credits.state === 'empty' ? 'ready' : credits.state}
          unavailableReason={credits.unavailableReason ?? undefined}
          value={credits.data && currency ? money(credits.data.totals.consumed, currency) : null}
          format="money"
        />
      </div>
      {runOutText ? (
        <p className="lago-analytics-widget-note" data-slot="run-out">
          {runOutText}
        </p>
      ) : null}
      <TimeSeriesChart
        messages={componentMessages.chart}
        label={title ?? messages.creditConsumption}
        kind="bar"
        stacked
        state={credits.state}
        unavailableReason={credits.unavailableReason ?? undefined}
        onRetry={credits.refetch}
        data={data}
        currency={currency}
        // No credits at all (most customers of a portal): one line of text, not a blank plot.
        height={credits.state === 'empty' ? EMPTY_CREDITS_HEIGHT : undefined}
        tableToggle
        legend
      />
    </Widget>
  )
}

const EMPTY_CREDITS_HEIGHT = 96

/** Usage forecast: actual amounts and the conservative, realistic and optimistic projections. */
export function ForecastWidget({ title }: WidgetOptions = {}) {
  const { messages, componentMessages } = useDashboard('ForecastWidget')
  const forecast = useUsageForecast()
  const context = useReportFilters(undefined, 'ForecastWidget')
  const table = useDatasetTable('usageForecast', messages.usageForecast)
  const { now, refreshMarginMinutes: marginMinutes } = useLagoAnalytics('ForecastWidget')
  const data = useMemo((): TimeSeriesData | undefined => {
    if (!forecast.data) return undefined
    const rows = [...forecast.data.rows].sort((a, b) =>
      a.startOfPeriodDt < b.startOfPeriodDt ? -1 : 1,
    )
    const today = now()
    const periods = rows.map((row) => {
      const bucket = { start: row.startOfPeriodDt as DateKey, end: row.endOfPeriodDt as DateKey }
      return { bucket, partial: isPartialPeriod(bucket, today, { marginMinutes }) }
    })
    // A projection fans out from the last complete period's actual amount to the periods still
    // open; drawn over the whole history it would only hide the actual line.
    const anchor = periods.findLastIndex((period) => !period.partial)
    const projection = (
      key: string,
      name: string,
      field:
        | 'amountCentsForecastConservative'
        | 'amountCentsForecastRealistic'
        | 'amountCentsForecastOptimistic',
    ) => ({
      key,
      name,
      values: rows.map((row, i) =>
        i < anchor ? null : i === anchor ? row.amountCents : row[field],
      ),
      // Over the range: what the closed periods made plus the forecast of the open ones.
      total: rows.reduce((sum, row, i) => sum + (i <= anchor ? row.amountCents : row[field]), 0),
    })
    return {
      granularity: context.filters.granularity,
      periods,
      series: [
        { key: 'actual', name: messages.actual, values: rows.map((row) => row.amountCents) },
        projection('conservative', messages.conservative, 'amountCentsForecastConservative'),
        projection('realistic', messages.realistic, 'amountCentsForecastRealistic'),
        projection('optimistic', messages.optimistic, 'amountCentsForecastOptimistic'),
      ],
      aggregate: 'sum',
    }
  }, [forecast.data, context.filters.granularity, messages, now, marginMinutes])
  return (
    <Widget widgetId="forecast" title={title ?? messages.usageForecast} getTable={table} span={12}>
      <TimeSeriesChart
        messages={componentMessages.chart}
        label={title ?? messages.usageForecast}
        kind="line"
        state={forecast.state}
        unavailableReason={forecast.unavailableReason ?? undefined}
        onRetry={forecast.refetch}
        data={data}
        currency={forecast.data?.rows[0]?.currency ?? null}
        tableToggle
        legend
      />
    </Widget>
  )
}
