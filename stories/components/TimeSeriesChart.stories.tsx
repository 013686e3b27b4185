import { bucketsInRange, samePeriodLastYear, type RevenueStreamsResult } from '@lago-analytics/core'
import { useRevenueStreams, type FilterOverrides } from '@lago-analytics/react'
import {
  TimeSeriesChart,
  type TimeSeriesChartProps,
  type TimeSeriesData,
  type TimeSeriesKind,
} from '@lago-analytics/ui'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { useMemo } from 'react'
import { StoryFrame } from './support/StoryFrame.tsx'
import { CHART_STATES, HOSTILE_STRINGS, LONG_LABELS, seeded } from './support/storyData.ts'

/**
 * `TimeSeriesChart`: line, area or bar over time buckets, stacked or grouped, with dashed
 * comparison series. The data stories read revenue streams from the simulator through the react
 * hooks (`useRevenueStreams`), the provider's currency and the last 12 months.
 */
const meta: Meta<typeof TimeSeriesChart> = {
  title: 'Components/TimeSeriesChart',
  component: TimeSeriesChart,
  render: (args) => (
    <StoryFrame title="Net revenue">
      <TimeSeriesChart label="Net revenue" {...args} />
    </StoryFrame>
  ),
}
export default meta

type Story = StoryObj<typeof TimeSeriesChart>

type SeriesPick = 'net-gross' | 'net' | 'streams' | 'subscription-usage'

function toSeries(result: RevenueStreamsResult, pick: SeriesPick): TimeSeriesData {
  const periods = result.points.map((point) => ({ bucket: point.bucket, partial: point.partial }))
  const of = (select: (point: RevenueStreamsResult['points'][number]) => number) =>
    result.points.map(select)
  const series =
    pick === 'net'
      ? [{ key: 'net', name: 'Net revenue', values: of((p) => p.net) }]
      : pick === 'net-gross'
        ? [
            { key: 'gross', name: 'Gross revenue', values: of((p) => p.gross.total) },
            { key: 'net', name: 'Net revenue', values: of((p) => p.net) },
          ]
        : pick === 'subscription-usage'
          ? [
              {
                key: 'subscription',
                name: 'Subscription fees',
                values: of((p) => p.gross.subscription),
              },
              { key: 'usage', name: 'Usage-based fees', values: of((p) => p.gross.usageBased) },
            ]
          : [
              {
                key: 'subscription',
                name: 'Subscription fees',
                values: of((p) => p.gross.subscription),
              },
              { key: 'usage', name: 'Usage-based fees', values: of((p) => p.gross.usageBased) },
              {
                key: 'commitment',
                name: 'Minimum commitment',
                values: of((p) => p.gross.commitment),
              },
              { key: 'oneOff', name: 'One-off fees', values: of((p) => p.gross.oneOff) },
            ]
  return { granularity: 'month', periods, series, aggregate: 'sum' }
}

/** Revenue streams from the simulator, shaped as a time series. */
function RevenueOverTime({
  kind,
  stacked = false,
  pick,
  title,
  comparison = false,
  granularity,
  ...chart
}: Omit<TimeSeriesChartProps, 'data'> & {
  kind: TimeSeriesKind
  pick: SeriesPick
  title: string
  comparison?: boolean
  granularity?: 'week' | 'month'
}) {
  const filters: FilterOverrides | undefined =
    granularity === 'week' ? { granularity: 'week', range: { preset: 'last90Days' } } : undefined
  const streams = useRevenueStreams({ filters })
  const lastYear = useRevenueStreams({
    filters: { range: { preset: 'custom', ...samePeriodLastYear(streams.context.range) } },
    enabled: comparison,
  })
  const data = useMemo((): TimeSeriesData | undefined => {
    if (!streams.data) return undefined
    const base = toSeries(streams.data, pick)
    const withGranularity = { ...base, granularity: streams.context.filters.granularity }
    if (!comparison) return withGranularity
    if (!lastYear.data) return undefined
    return {
      ...withGranularity,
      comparisons: [
        {
          key: 'net-last-year',
          of: 'net',
          name: 'Net revenue, same period last year',
          baseline: 'year',
          values: lastYear.data.points.map((point) => point.net),
        },
      ],
    }
  }, [streams.data, streams.context, lastYear.data, pick, comparison])
  const state = comparison && streams.state === 'ready' ? lastYear.state : streams.state
  return (
    <StoryFrame title={title}>
      <TimeSeriesChart
        label={title}
        kind={kind}
        stacked={stacked}
        state={state}
        unavailableReason={streams.unavailableReason ?? lastYear.unavailableReason ?? undefined}
        onRetry={streams.refetch}
        data={data}
        currency={streams.data?.currency ?? null}
        {...chart}
      />
    </StoryFrame>
  )
}

/** Gross and net revenue per month (lines). */
export const Line: Story = {
  render: () => <RevenueOverTime kind="line" pick="net-gross" title="Gross and net revenue" />,
}

/** Net revenue as an area. */
export const Area: Story = {
  render: () => <RevenueOverTime kind="area" pick="net" title="Net revenue" />,
}

/** Subscription and usage-based fees side by side (grouped bars). */
export const Bar: Story = {
  render: () => (
    <RevenueOverTime
      kind="bar"
      pick="subscription-usage"
      title="Subscription vs usage-based fees"
    />
  ),
}

/** The gross revenue streams stacked: bars reach the gross total. */
export const StackedBar: Story = {
  render: () => (
    <RevenueOverTime kind="bar" stacked pick="streams" title="Gross revenue by stream" />
  ),
}

export const StackedArea: Story = {
  render: () => (
    <RevenueOverTime kind="area" stacked pick="streams" title="Gross revenue by stream" />
  ),
}

/** Net revenue against the same months a year earlier (dashed, same colour). */
export const WithComparison: Story = {
  render: () => (
    <RevenueOverTime
      kind="line"
      pick="net"
      comparison
      title="Net revenue vs same period last year"
    />
  ),
}

/** Weekly buckets over the last 90 days (ISO weeks, Monday first; the first and last are clipped). */
export const Weekly: Story = {
  render: () => (
    <RevenueOverTime kind="bar" pick="net" granularity="week" title="Net revenue per week" />
  ),
}

/** Japanese yen: no minor unit, compact axis labels (¥1.2M). */
export const Yen: Story = {
  parameters: { lago: { currency: 'JPY' } },
  render: () => (
    <RevenueOverTime kind="line" pick="net-gross" title="Gross and net revenue (JPY)" />
  ),
}

/** Kuwaiti dinar: three decimals in tooltips and tables. */
export const KuwaitiDinar: Story = {
  parameters: { lago: { currency: 'KWD' } },
  render: () => (
    <RevenueOverTime kind="bar" stacked pick="streams" title="Gross revenue by stream (KWD)" />
  ),
}

/** The same numbers as an accessible, sortable table with a totals row. */
export const TableView: Story = {
  render: () => (
    <RevenueOverTime
      kind="line"
      pick="net-gross"
      title="Gross and net revenue"
      defaultView="table"
    />
  ),
}

const twelveMonths = bucketsInRange({ from: '2025-12-01', to: '2026-11-30' }, 'month').map(
  (bucket, index) => ({ bucket, partial: index === 11 }),
)

function fixedSeries(names: readonly string[]): TimeSeriesData {
  const random = seeded(7)
  return {
    granularity: 'month',
    periods: twelveMonths,
    series: names.map((name, s) => ({
      key: `s${s}`,
      name,
      values: twelveMonths.map(() => Math.round((2 + s + random() * 3) * 100_000)),
    })),
    aggregate: 'sum',
  }
}

/** Series names that wrap in the legend and the tooltip. */
export const LongLabels: Story = {
  args: { data: fixedSeries(LONG_LABELS), kind: 'bar', stacked: true, currency: 'EUR' },
}

/** Series names are user data: the legend and tooltip render them as text, never as HTML. */
export const HostileNames: Story = {
  args: { data: fixedSeries(HOSTILE_STRINGS.slice(0, 6)), kind: 'line', currency: 'EUR' },
}

const POINTS = 100_000

/** 100,000 daily points (synthetic). */
function hundredThousandPoints(): TimeSeriesData {
  const random = seeded(42)
  const periods = bucketsInRange({ from: '1800-01-01', to: '2075-12-31' }, 'day')
    .slice(0, POINTS)
    .map((bucket) => ({ bucket }))
  const values = periods.map((_, i) =>
    Math.round(
      50_000 +
        20_000 * Math.sin((i / 365.25) * 2 * Math.PI) +
        8_000 * Math.sin((i / 7) * 2 * Math.PI) +
        i / 4 +
        random() * 6_000,
    ),
  )
  return {
    granularity: 'day',
    periods,
    series: [{ key: 'calls', name: 'API calls per day', values }],
    aggregate: 'sum',
  }
}

function HundredThousand() {
  const data = useMemo(hundredThousandPoints, [])
  return (
    <StoryFrame
      title="API calls per day — 100,000 points"
      note="Above 2,000 points a series switches to LTTB sampling, progressive rendering and no animation."
    >
      <TimeSeriesChart label="API calls per day" kind="line" data={data} />
    </StoryFrame>
  )
}

/** The large-series path: 100,000 points in one line series. */
export const HundredThousandPoints: Story = { render: () => <HundredThousand /> }

export const Loading: Story = { ...CHART_STATES.Loading }
export const Empty: Story = { ...CHART_STATES.Empty }
export const ErrorState: Story = { ...CHART_STATES.Error, name: 'Error' }
export const NotAvailableOnPlan: Story = { ...CHART_STATES.NotAvailableOnPlan }
export const NotAvailableWithoutDataApi: Story = { ...CHART_STATES.NotAvailableWithoutDataApi }
