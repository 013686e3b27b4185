import { compareValues, money } from '@lago-analytics/core'
import { useMrrMovements, usePeriodComparison, useRevenueStreams } from '@lago-analytics/react'
import { MetricCard, Sparkline } from '@lago-analytics/ui'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { Section, StoryFrame, Tiles } from './support/StoryFrame.tsx'
import { LONG_NAME } from './support/storyData.ts'

/**
 * `MetricCard`: a KPI tile with value, delta (arrow + signed percentage + a sentence for screen
 * readers) and an optional sparkline. The live stories read the simulator through
 * `useRevenueStreams`, `useMrrMovements` and `usePeriodComparison`.
 */
const meta: Meta<typeof MetricCard> = {
  title: 'Components/MetricCard',
  component: MetricCard,
  args: { label: 'Net revenue', value: money(12_345_678, 'EUR'), compact: true },
  render: (args) => (
    <StoryFrame title="Key figure" maxWidth={280}>
      <MetricCard {...args} />
    </StoryFrame>
  ),
}
export default meta

type Story = StoryObj<typeof MetricCard>

const sumNet = (rows: { netRevenueAmountCents: number }[]) =>
  rows.reduce((total, row) => total + row.netRevenueAmountCents, 0)
const lastEnding = (rows: { endingMrr: number }[]) => rows.at(-1)?.endingMrr ?? 0

/** Live KPI cards: net revenue, MRR, ARR and churn over the last 12 months vs the 12 before. */
function LiveCards({ title }: { title: string }) {
  const streams = useRevenueStreams()
  const movements = useMrrMovements()
  const net = usePeriodComparison({ dataset: 'revenueStreams', measure: sumNet })
  const mrr = usePeriodComparison({ dataset: 'mrrMovements', measure: lastEnding })
  const currency = streams.context.filters.currency ?? 'EUR'
  const asMoney = (amount: number | undefined) =>
    amount === undefined ? null : money(amount, currency)
  const churn = movements.data?.summary.revenueChurnRate
  return (
    <StoryFrame title={title} maxWidth={1000}>
      <Tiles min={210}>
        <MetricCard
          label="Net revenue"
          state={streams.state}
          unavailableReason={streams.unavailableReason ?? undefined}
          onRetry={streams.refetch}
          value={asMoney(streams.data?.totals.net)}
          compact
          delta={net.comparison ?? null}
          comparisonLabel="versus the previous 12 months"
          sparkline={
            <Sparkline
              label="Net revenue trend"
              values={streams.data?.points.map((point) => point.net)}
              currency={currency}
            />
          }
        />
        <MetricCard
          label="MRR"
          state={movements.state}
          unavailableReason={movements.unavailableReason ?? undefined}
          value={asMoney(movements.data?.summary.ending)}
          compact
          delta={mrr.comparison ?? null}
          sparkline={
            <Sparkline
              label="MRR trend"
              values={movements.data?.points.map((point) => point.ending)}
              currency={currency}
            />
          }
        />
        <MetricCard
          label="ARR"
          state={movements.state}
          unavailableReason={movements.unavailableReason ?? undefined}
          value={asMoney(movements.data?.summary.arr)}
          compact
        />
        <MetricCard
          label="Revenue churn rate"
          state={movements.state}
          unavailableReason={movements.unavailableReason ?? undefined}
          value={churn ?? null}
          format="percent"
          sentiment="decrease-is-good"
        />
      </Tiles>
    </StoryFrame>
  )
}

export const Live: Story = { render: () => <LiveCards title="Key figures, last 12 months" /> }

/** Compact money in yen: no decimals, `¥12M`. */
export const LiveYen: Story = {
  parameters: { lago: { currency: 'JPY' } },
  render: () => <LiveCards title="Key figures (JPY)" />,
}

/** Compact money in Kuwaiti dinar (three decimals when not compact). */
export const LiveKuwaitiDinar: Story = {
  parameters: { lago: { currency: 'KWD' } },
  render: () => <LiveCards title="Key figures (KWD)" />,
}

/** The same amounts, compact and in full, in EUR, JPY and KWD (exact from minor units). */
export const CompactMoney: Story = {
  render: () => (
    <StoryFrame title="Compact and full amounts" maxWidth={1000}>
      <Tiles min={210}>
        <MetricCard label="EUR, compact" value={money(123_456_789, 'EUR')} compact />
        <MetricCard label="EUR, full" value={money(123_456_789, 'EUR')} />
        <MetricCard label="JPY, compact" value={money(1_234_567_890, 'JPY')} compact />
        <MetricCard label="JPY, full" value={money(1_234_567_890, 'JPY')} />
        <MetricCard label="KWD, compact" value={money(1_234_567_891, 'KWD')} compact />
        <MetricCard label="KWD, full" value={money(1_234_567_891, 'KWD')} />
        <MetricCard label="KWD, small" value={money(5, 'KWD')} />
        <MetricCard label="Largest safe USD" value={money(9_007_199_254_740_991, 'USD')} />
      </Tiles>
    </StoryFrame>
  ),
}

/**
 * Tone follows the sentiment: with `increase-is-good` a rise is positive, with
 * `decrease-is-good` (churn, overdue) a drop is. Direction is always shown by the arrow and sign,
 * not by colour alone.
 */
export const Sentiments: Story = {
  render: () => (
    <StoryFrame title="Sentiments" maxWidth={1000}>
      <Tiles min={220}>
        <MetricCard
          label="Revenue up (increase is good)"
          value={money(1_250_000, 'EUR')}
          delta={compareValues(1_250_000, 1_000_000)}
          sentiment="increase-is-good"
        />
        <MetricCard
          label="Revenue down (increase is good)"
          value={money(900_000, 'EUR')}
          delta={compareValues(900_000, 1_000_000)}
          sentiment="increase-is-good"
        />
        <MetricCard
          label="Churn down (decrease is good)"
          value={0.021}
          format="percent"
          delta={compareValues(0.021, 0.03)}
          sentiment="decrease-is-good"
        />
        <MetricCard
          label="Overdue up (decrease is good)"
          value={money(480_000, 'USD')}
          delta={compareValues(480_000, 300_000)}
          sentiment="decrease-is-good"
        />
        <MetricCard
          label="Seats (neutral)"
          value={1_284}
          format="number"
          delta={compareValues(1_284, 1_200)}
          sentiment="neutral"
        />
        <MetricCard
          label="Unchanged (rounds to 0%)"
          value={money(1_000_010, 'EUR')}
          delta={compareValues(1_000_010, 1_000_000)}
        />
        <MetricCard
          label="Negative baseline"
          value={money(-20_000, 'EUR')}
          delta={compareValues(-20_000, -50_000)}
        />
      </Tiles>
    </StoryFrame>
  ),
}

/**
 * No baseline: the comparison period had no data, or was zero (a ratio would be infinite).
 * The card shows "—" and "no baseline", never `Infinity` or `NaN`.
 */
export const NoBaseline: Story = {
  render: () => (
    <StoryFrame title="No baseline" maxWidth={700}>
      <Tiles min={220}>
        <MetricCard
          label="New product line (no data before)"
          value={money(450_000, 'EUR')}
          delta={compareValues(450_000, null)}
        />
        <MetricCard
          label="Usage revenue (zero before)"
          value={money(12_000, 'EUR')}
          delta={compareValues(12_000, 0)}
        />
      </Tiles>
    </StoryFrame>
  ),
}

export const PercentAndNumber: Story = {
  render: () => (
    <StoryFrame title="Percentages and counts" maxWidth={700}>
      <Tiles min={210}>
        <MetricCard label="Collection rate" value={0.9634} format="percent" />
        <MetricCard label="Active customers" value={12_480} format="number" compact />
        <MetricCard label="Missing value" value={Number.NaN} format="number" />
      </Tiles>
    </StoryFrame>
  ),
}

/** Built from parts: `Root`, `Label`, `Value`, `Delta`, `Sparkline` (render function). */
export const Parts: Story = {
  render: () => (
    <StoryFrame title="Composed from parts" maxWidth={320}>
      <MetricCard.Root locale="de-DE">
        <MetricCard.Label>Abwanderungsrate</MetricCard.Label>
        <MetricCard.Value value={0.042} format="percent" />
        <MetricCard.Delta
          comparison={compareValues(0.042, 0.05)}
          sentiment="decrease-is-good"
          comparisonLabel="gegenüber dem Vorjahr"
          labels={{ up: 'gestiegen', down: 'gesunken', unchanged: 'unverändert' }}
        />
        <MetricCard.Sparkline>
          {({ state }) => (
            <Sparkline
              label="Abwanderungsrate, Verlauf"
              state={state}
              values={[0.05, 0.048, 0.051, 0.046, 0.044, 0.042]}
              locale="de-DE"
            />
          )}
        </MetricCard.Sparkline>
      </MetricCard.Root>
    </StoryFrame>
  ),
}

/** A long label wraps; the value stays on one line. */
export const LongLabel: Story = {
  args: {
    label: `Net revenue for ${LONG_NAME}`,
    value: money(98_765_432, 'EUR'),
    delta: compareValues(98_765_432, 90_000_000),
  },
}

export const Loading: Story = {
  args: { state: 'loading', delta: compareValues(1, 2), sparkline: <span /> },
  tags: ['e2e-allow-loading'],
}

export const Empty: Story = { args: { state: 'empty' } }

export const ErrorState: Story = {
  name: 'Error',
  args: { state: 'error', onRetry: () => undefined },
}

export const NotAvailableOnPlan: Story = {
  args: {
    state: 'unavailable',
    unavailableReason: 'plan',
    docsHref: 'https://docs.getlago.com/guide/analytics/overview',
  },
}

export const NotAvailableWithoutDataApi: Story = {
  args: {
    state: 'unavailable',
    unavailableReason: 'data-api',
    docsHref: 'https://docs.getlago.com/guide/analytics/overview',
  },
}

/** All five states side by side. */
export const AllStates: Story = {
  tags: ['e2e-allow-loading'],
  render: () => (
    <StoryFrame title="States" maxWidth={1000}>
      <Tiles min={200}>
        {(
          [
            ['Ready', 'ready'],
            ['Loading', 'loading'],
            ['Empty', 'empty'],
            ['Error', 'error'],
            ['Unavailable (plan)', 'unavailable'],
          ] as const
        ).map(([title, state]) => (
          <Section key={title} title={title}>
            <MetricCard
              label="Net revenue"
              state={state}
              unavailableReason="plan"
              value={money(12_345_678, 'EUR')}
              compact
              delta={compareValues(12_345_678, 11_000_000)}
              onRetry={() => undefined}
            />
          </Section>
        ))}
      </Tiles>
    </StoryFrame>
  ),
}
