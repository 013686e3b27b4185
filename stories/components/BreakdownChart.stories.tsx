import { breakdown, type BreakdownResult } from '@lago-analytics/core'
import { useRevenueBreakdown, type RevenueBreakdownOptions } from '@lago-analytics/react'
import { BreakdownChart, type BreakdownChartProps } from '@lago-analytics/ui'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { Section, StoryFrame } from './support/StoryFrame.tsx'
import {
  CHART_STATES,
  HOSTILE_STRINGS,
  LONG_LABELS,
  subscriptionOptions,
} from './support/storyData.ts'

/**
 * `BreakdownChart`: horizontal bars of a top-N breakdown plus "Other", with amount and share
 * labels. Data: `useRevenueBreakdown` (by customer, plan or subscription) against the simulator.
 */
const meta: Meta<typeof BreakdownChart> = {
  title: 'Components/BreakdownChart',
  component: BreakdownChart,
  render: (args) => (
    <StoryFrame title="Revenue by customer" maxWidth={760}>
      <BreakdownChart label="Revenue by customer" {...args} />
    </StoryFrame>
  ),
}
export default meta

type Story = StoryObj<typeof BreakdownChart>

function LiveBreakdown({
  title,
  options,
  ...chart
}: Omit<BreakdownChartProps, 'data'> & { title: string; options: RevenueBreakdownOptions }) {
  const result = useRevenueBreakdown(options)
  return (
    <StoryFrame title={title} maxWidth={760}>
      <BreakdownChart
        label={title}
        state={result.state}
        unavailableReason={result.unavailableReason ?? undefined}
        onRetry={result.refetch}
        data={result.data}
        {...chart}
      />
    </StoryFrame>
  )
}

/** Net revenue by customer, all history in EUR: the 10 largest and "Other". */
export const ByCustomer: Story = {
  render: () => (
    <LiveBreakdown title="Net revenue by customer" options={{ by: 'customer', topN: 10 }} />
  ),
}

export const ByPlan: Story = {
  render: () => <LiveBreakdown title="Net revenue by plan" options={{ by: 'plan' }} />,
}

const subscriptions = subscriptionOptions(undefined, 'EUR')
  .slice(0, 8)
  .map((option) => ({ externalSubscriptionId: option.value, name: option.label }))

/** Lago has no per-subscription breakdown: one filtered revenue-streams request each (8 here). */
export const BySubscription: Story = {
  render: () => (
    <LiveBreakdown
      title="Net revenue by subscription, last 12 months"
      options={{ by: 'subscription', subscriptions, topN: 6 }}
    />
  ),
}

/** Gross instead of net. */
export const GrossByCustomer: Story = {
  render: () => (
    <LiveBreakdown
      title="Gross revenue by customer"
      options={{ by: 'customer', topN: 5, measure: 'gross' }}
    />
  ),
}

export const Yen: Story = {
  parameters: { lago: { currency: 'JPY' } },
  render: () => (
    <LiveBreakdown title="Net revenue by customer (JPY)" options={{ by: 'customer', topN: 8 }} />
  ),
}

export const KuwaitiDinar: Story = {
  parameters: { lago: { currency: 'KWD' } },
  render: () => (
    <LiveBreakdown title="Net revenue by customer (KWD)" options={{ by: 'customer', topN: 8 }} />
  ),
}

export const TableView: Story = {
  render: () => (
    <LiveBreakdown
      title="Net revenue by customer"
      options={{ by: 'customer', topN: 10 }}
      defaultView="table"
    />
  ),
}

/** Fixed data: a breakdown of EUR minor units over the given names (largest first). */
function fixedBreakdown(names: readonly string[]): BreakdownResult & { currency: string } {
  const rows = names.map((name, index) => ({
    id: `cus_${String(index + 1).padStart(3, '0')}`,
    name,
    cents: (names.length - index) * 1_234_567 + index * 89,
  }))
  return {
    currency: 'EUR',
    ...breakdown(rows, {
      key: (row) => row.id,
      label: (row) => row.name,
      value: (row) => row.cents,
      topN: names.length,
    }),
  }
}

/** Labels too long for the axis: truncated on the plot, whole in the table and the summary. */
export const LongLabels: Story = {
  args: { data: fixedBreakdown(LONG_LABELS), label: 'Revenue by plan (long names)' },
}

const hostile = fixedBreakdown(['Acme Corp', ...HOSTILE_STRINGS, 'Globex GmbH'])

/**
 * Customer names are user data. The plot draws them as canvas text; the summary, the tooltip and
 * the table render them as React text nodes. None of these may run: `window.__xss` stays
 * undefined (checked by the e2e).
 */
export const HostileNames: Story = {
  render: () => (
    <StoryFrame title="Revenue by customer (hostile names)" maxWidth={760}>
      <Section title="Chart">
        <BreakdownChart label="Revenue by customer, hostile names" data={hostile} height={420} />
      </Section>
      <Section title="Table view">
        <BreakdownChart
          label="Revenue by customer, hostile names (table)"
          data={hostile}
          defaultView="table"
        />
      </Section>
    </StoryFrame>
  ),
}

/** The simulator's own hostile names (`hostileNames: true`), through the hook, in JPY. */
export const HostileNamesFromSimulator: Story = {
  parameters: { lago: { simulator: { hostileNames: true }, currency: 'JPY' } },
  render: () => (
    <LiveBreakdown title="Net revenue by customer (JPY)" options={{ by: 'customer', topN: 20 }} />
  ),
}

export const Loading: Story = { ...CHART_STATES.Loading }
export const Empty: Story = { ...CHART_STATES.Empty }
export const ErrorState: Story = { ...CHART_STATES.Error, name: 'Error' }
export const NotAvailableOnPlan: Story = { ...CHART_STATES.NotAvailableOnPlan }
export const NotAvailableWithoutDataApi: Story = { ...CHART_STATES.NotAvailableWithoutDataApi }
