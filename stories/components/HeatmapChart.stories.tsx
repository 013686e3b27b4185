import { pivot, type Pivot } from '@lago-analytics/core'
import type { FilterOverrides } from '@lago-analytics/react'
import { HeatmapChart, type HeatmapChartProps } from '@lago-analytics/ui'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { StoryFrame } from './support/StoryFrame.tsx'
import { CHART_STATES, HOSTILE_STRINGS, LONG_LABELS } from './support/storyData.ts'
import { useCountryTypePivot, useUsagePivot } from './support/usePivots.ts'

/**
 * `HeatmapChart`: a pivot as coloured cells — dimension × time (`pivotByTime`) or dimension ×
 * dimension (`pivot`). Arrow keys move across columns and rows. Data: usage per billable metric
 * (`useUsage`) and revenue by customer (`useRevenueBreakdown`) joined with the simulator's
 * customer list.
 */
const meta: Meta<typeof HeatmapChart> = {
  title: 'Components/HeatmapChart',
  component: HeatmapChart,
  render: (args) => (
    <StoryFrame title="Heatmap">
      <HeatmapChart label="Heatmap" {...args} />
    </StoryFrame>
  ),
}
export default meta

type Story = StoryObj<typeof HeatmapChart>

/** Usage amount per billable metric and bucket over the filter range. */
function UsageByMetric({
  title,
  filters,
  ...chart
}: Omit<HeatmapChartProps, 'data'> & { title: string; filters?: FilterOverrides }) {
  const usage = useUsagePivot(filters)
  return (
    <StoryFrame title={title}>
      <HeatmapChart
        label={title}
        state={usage.state}
        unavailableReason={usage.unavailableReason ?? undefined}
        onRetry={usage.refetch}
        data={usage.data}
        granularity={usage.granularity}
        currency={usage.currency}
        {...chart}
      />
    </StoryFrame>
  )
}

/** Usage amounts per metric and month, last 12 months. */
export const UsageByMetricAndMonth: Story = {
  render: () => <UsageByMetric title="Usage amount by metric and month" />,
}

/** Weekly buckets over the last 90 days. */
export const UsageByMetricAndWeek: Story = {
  render: () => (
    <UsageByMetric
      title="Usage amount by metric and week"
      filters={{ granularity: 'week', range: { preset: 'last90Days' } }}
    />
  ),
}

/** Revenue by customer (all history) cross-tabulated by country × customer type. */
function CountryByType({ title, ...chart }: Omit<HeatmapChartProps, 'data'> & { title: string }) {
  const result = useCountryTypePivot()
  return (
    <StoryFrame title={title} maxWidth={640}>
      <HeatmapChart
        label={title}
        state={result.state}
        unavailableReason={result.unavailableReason ?? undefined}
        onRetry={result.refetch}
        data={result.data}
        currency={result.currency}
        height={420}
        {...chart}
      />
    </StoryFrame>
  )
}

/** Dimension × dimension: net revenue by country and customer type. */
export const CountryByCustomerType: Story = {
  render: () => <CountryByType title="Net revenue by country and customer type" />,
}

export const Yen: Story = {
  parameters: { lago: { currency: 'JPY' } },
  render: () => <UsageByMetric title="Usage amount by metric and month (JPY)" />,
}

export const KuwaitiDinar: Story = {
  parameters: { lago: { currency: 'KWD' } },
  render: () => <CountryByType title="Net revenue by country and customer type (KWD)" />,
}

export const TableView: Story = {
  render: () => <UsageByMetric title="Usage amount by metric and month" defaultView="table" />,
}

function fixedPivot(rows: readonly string[]): Pivot {
  const quarters = ['Q1 2026', 'Q2 2026', 'Q3 2026', 'Q4 2026']
  const cells = rows.flatMap((name, r) =>
    quarters.map((quarter, q) => ({ name, quarter, value: ((r + 2) * (q + 3) * 7919) % 50_000 })),
  )
  return pivot(cells, {
    row: (cell) => cell.name,
    column: (cell) => cell.quarter,
    columnOrder: quarters,
    value: (cell) => cell.value,
  })
}

/** Row labels that do not fit the axis (truncated there, whole in the table view). */
export const LongLabels: Story = {
  args: { data: fixedPivot(LONG_LABELS), label: 'Units by plan and quarter (long names)' },
}

/** Row labels are canvas text and table text: never markup. */
export const HostileNames: Story = {
  args: {
    data: fixedPivot(HOSTILE_STRINGS),
    label: 'Units by customer and quarter (hostile names)',
  },
}

export const Loading: Story = { ...CHART_STATES.Loading }
export const Empty: Story = { ...CHART_STATES.Empty }
export const ErrorState: Story = { ...CHART_STATES.Error, name: 'Error' }
export const NotAvailableOnPlan: Story = { ...CHART_STATES.NotAvailableOnPlan }
export const NotAvailableWithoutDataApi: Story = { ...CHART_STATES.NotAvailableWithoutDataApi }
