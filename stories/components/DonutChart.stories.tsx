import { breakdown, breakdownMrrByPlan, type BreakdownResult } from '@lago-analytics/core'
import { useLagoAnalytics, useMrrByPlan, useRevenueBreakdown } from '@lago-analytics/react'
import { DonutChart, type DonutChartProps } from '@lago-analytics/ui'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { useMemo } from 'react'
import { StoryFrame } from './support/StoryFrame.tsx'
import { CHART_STATES, HOSTILE_STRINGS, LONG_LABELS } from './support/storyData.ts'

/**
 * `DonutChart`: the same top-N + "Other" breakdown as `BreakdownChart`, as slices with an HTML
 * legend of names and shares. Data: MRR by plan (`useMrrByPlan`) and revenue by plan
 * (`useRevenueBreakdown`) against the simulator.
 */
const meta: Meta<typeof DonutChart> = {
  title: 'Components/DonutChart',
  component: DonutChart,
  render: (args) => (
    <StoryFrame title="MRR by plan" maxWidth={640}>
      <DonutChart label="MRR by plan" {...args} />
    </StoryFrame>
  ),
}
export default meta

type Story = StoryObj<typeof DonutChart>

/** MRR by plan at the latest snapshot, in the provider's currency. */
function MrrByPlan({ title, ...chart }: Omit<DonutChartProps, 'data'> & { title: string }) {
  const { defaultCurrency } = useLagoAnalytics('MrrByPlan story')
  const result = useMrrByPlan({ currency: defaultCurrency ?? 'EUR', limit: 100 })
  const data = useMemo(
    () => (result.data ? breakdownMrrByPlan(result.data.rows, { topN: 6 }) : undefined),
    [result.data],
  )
  return (
    <StoryFrame title={title} maxWidth={640}>
      <DonutChart
        label={title}
        state={result.state}
        unavailableReason={result.unavailableReason ?? undefined}
        onRetry={result.refetch}
        data={data}
        {...chart}
      />
    </StoryFrame>
  )
}

export const MrrByPlanSnapshot: Story = {
  name: 'MRR by plan',
  render: () => <MrrByPlan title="MRR by plan" />,
}

/** Names and shares drawn on the slices as well (`sliceLabels`). */
export const SliceLabels: Story = {
  render: () => <MrrByPlan title="MRR by plan" sliceLabels />,
}

function RevenueByPlan({ title }: { title: string }) {
  const result = useRevenueBreakdown({ by: 'plan', topN: 4 })
  return (
    <StoryFrame title={title} maxWidth={640}>
      <DonutChart
        label={title}
        state={result.state}
        unavailableReason={result.unavailableReason ?? undefined}
        onRetry={result.refetch}
        data={result.data}
      />
    </StoryFrame>
  )
}

/** Net revenue by plan, top 4 and "Other". */
export const RevenueByPlanTopFour: Story = {
  name: 'Revenue by plan (top 4 + Other)',
  render: () => <RevenueByPlan title="Net revenue by plan" />,
}

export const Yen: Story = {
  parameters: { lago: { currency: 'JPY' } },
  render: () => <MrrByPlan title="MRR by plan (JPY)" />,
}

export const KuwaitiDinar: Story = {
  parameters: { lago: { currency: 'KWD' } },
  render: () => <MrrByPlan title="MRR by plan (KWD)" sliceLabels />,
}

export const TableView: Story = {
  render: () => <MrrByPlan title="MRR by plan" defaultView="table" />,
}

function fixed(names: readonly string[]): BreakdownResult & { currency: string } {
  return {
    currency: 'KWD',
    ...breakdown(
      names.map((name, index) => ({ name, fils: (names.length - index) * 987_654 })),
      { key: (row) => row.name, value: (row) => row.fils, topN: 5 },
    ),
  }
}

/** Long names wrap in the legend. */
export const LongLabels: Story = {
  args: { data: fixed(LONG_LABELS), label: 'MRR by plan (long names)' },
}

/** The legend is HTML rendered by React: hostile names show as text. */
export const HostileNames: Story = {
  args: { data: fixed(HOSTILE_STRINGS), label: 'MRR by customer (hostile names)' },
}

export const Loading: Story = { ...CHART_STATES.Loading }
export const Empty: Story = { ...CHART_STATES.Empty }
export const ErrorState: Story = { ...CHART_STATES.Error, name: 'Error' }
export const NotAvailableOnPlan: Story = { ...CHART_STATES.NotAvailableOnPlan }
export const NotAvailableWithoutDataApi: Story = { ...CHART_STATES.NotAvailableWithoutDataApi }
