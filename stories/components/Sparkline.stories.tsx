import { useMrrMovements, useRevenueStreams } from '@lago-analytics/react'
import { Sparkline, type SparklineProps } from '@lago-analytics/ui'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { Section, StoryFrame, Tiles } from './support/StoryFrame.tsx'
import { CHART_STATES } from './support/storyData.ts'

/**
 * `Sparkline`: a tiny trend line for KPI cards. Decorative by default (`role="img"` with a
 * summary as its description, no tab stop); `tableToggle` makes it interactive. Data: net revenue
 * and ending MRR per month from the simulator.
 */
const meta: Meta<typeof Sparkline> = {
  title: 'Components/Sparkline',
  component: Sparkline,
  render: (args) => (
    <StoryFrame title="Net revenue trend" maxWidth={280}>
      <Sparkline label="Net revenue trend" {...args} />
    </StoryFrame>
  ),
}
export default meta

type Story = StoryObj<typeof Sparkline>

function NetRevenueTrend(props: Omit<SparklineProps, 'values'>) {
  const streams = useRevenueStreams()
  return (
    <Sparkline
      label="Net revenue trend, last 12 months"
      state={streams.state}
      unavailableReason={streams.unavailableReason ?? undefined}
      values={streams.data?.points.map((point) => point.net)}
      pointLabels={streams.data?.points.map((point) => point.label ?? point.bucket.start)}
      currency={streams.data?.currency ?? null}
      {...props}
    />
  )
}

function MrrTrend(props: Omit<SparklineProps, 'values'>) {
  const movements = useMrrMovements()
  return (
    <Sparkline
      label="Ending MRR trend, last 12 months"
      state={movements.state}
      unavailableReason={movements.unavailableReason ?? undefined}
      values={movements.data?.points.map((point) => point.ending)}
      pointLabels={movements.data?.points.map((point) => point.label ?? point.bucket.start)}
      currency={movements.data?.currency ?? null}
      {...props}
    />
  )
}

/** Net revenue and ending MRR, with and without the area fill. */
export const Trends: Story = {
  render: () => (
    <StoryFrame title="Trends, last 12 months" maxWidth={640}>
      <Tiles min={240}>
        <Section title="Net revenue">
          <NetRevenueTrend />
        </Section>
        <Section title="Ending MRR (line only)">
          <MrrTrend area={false} />
        </Section>
      </Tiles>
    </StoryFrame>
  ),
}

/** With `tableToggle` the sparkline gets a tab stop, arrow keys and a table view. */
export const Interactive: Story = {
  render: () => (
    <StoryFrame title="Net revenue trend" maxWidth={480}>
      <NetRevenueTrend tableToggle height={60} />
    </StoryFrame>
  ),
}

export const TableView: Story = {
  render: () => (
    <StoryFrame title="Net revenue trend" maxWidth={480}>
      <NetRevenueTrend tableToggle defaultView="table" />
    </StoryFrame>
  ),
}

/** `null` values are gaps in the line (e.g. months without data). */
export const WithGaps: Story = {
  args: {
    values: [120, 135, null, 150, 142, null, null, 170, 181, 176, 190, 204],
    label: 'Active seats',
  },
}

/** A flat series and a single point still render (no NaN in the summary). */
export const FlatAndSinglePoint: Story = {
  render: () => (
    <StoryFrame title="Edge cases" maxWidth={640}>
      <Tiles min={240}>
        <Section title="Flat">
          <Sparkline label="Flat series" values={[5, 5, 5, 5, 5, 5]} />
        </Section>
        <Section title="One point">
          <Sparkline label="One point" values={[42]} />
        </Section>
      </Tiles>
    </StoryFrame>
  ),
}

export const Yen: Story = {
  parameters: { lago: { currency: 'JPY' } },
  render: () => (
    <StoryFrame title="Net revenue trend (JPY)" maxWidth={480}>
      <NetRevenueTrend tableToggle />
    </StoryFrame>
  ),
}

export const KuwaitiDinar: Story = {
  parameters: { lago: { currency: 'KWD' } },
  render: () => (
    <StoryFrame title="Ending MRR trend (KWD)" maxWidth={480}>
      <MrrTrend tableToggle />
    </StoryFrame>
  ),
}

export const Loading: Story = { ...CHART_STATES.Loading }
export const Empty: Story = { ...CHART_STATES.Empty }
export const ErrorState: Story = { ...CHART_STATES.Error, name: 'Error' }
export const NotAvailableOnPlan: Story = { ...CHART_STATES.NotAvailableOnPlan }
export const NotAvailableWithoutDataApi: Story = { ...CHART_STATES.NotAvailableWithoutDataApi }
