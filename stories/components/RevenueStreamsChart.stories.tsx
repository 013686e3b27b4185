import { useRevenueStreams, type FilterOverrides } from '@lago-analytics/react'
import {
  RevenueStreamsChart,
  type RevenueStreamsChartProps,
  type RevenueStreamsLabels,
} from '@lago-analytics/ui'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { StoryFrame } from './support/StoryFrame.tsx'
import { CHART_STATES } from './support/storyData.ts'

/**
 * `RevenueStreamsChart`: gross streams stacked above zero, contra items (coupons, credit notes,
 * credits) below, and the net revenue line. Data: `useRevenueStreams` against the simulator.
 */
const meta: Meta<typeof RevenueStreamsChart> = {
  title: 'Components/RevenueStreamsChart',
  component: RevenueStreamsChart,
  render: (args) => (
    <StoryFrame title="Revenue streams">
      <RevenueStreamsChart label="Revenue streams" {...args} />
    </StoryFrame>
  ),
}
export default meta

type Story = StoryObj<typeof RevenueStreamsChart>

function LiveRevenueStreams({
  title,
  filters,
  ...chart
}: Omit<RevenueStreamsChartProps, 'data'> & { title: string; filters?: FilterOverrides }) {
  const streams = useRevenueStreams({ filters })
  return (
    <StoryFrame title={title}>
      <RevenueStreamsChart
        label={title}
        state={streams.state}
        unavailableReason={streams.unavailableReason ?? undefined}
        onRetry={streams.refetch}
        data={streams.data}
        granularity={streams.context.filters.granularity}
        {...chart}
      />
    </StoryFrame>
  )
}

/** The last 12 months, monthly, in the provider's currency (EUR). */
export const Monthly: Story = {
  render: () => <LiveRevenueStreams title="Revenue streams, last 12 months" />,
}

/** Quarters are rolled up client-side from monthly rows; the current quarter is partial. */
export const Quarterly: Story = {
  render: () => (
    <LiveRevenueStreams
      title="Revenue streams per quarter"
      filters={{
        granularity: 'quarter',
        range: { preset: 'custom', from: '2025-01-01', to: '2026-11-24' },
      }}
    />
  ),
}

export const Weekly: Story = {
  render: () => (
    <LiveRevenueStreams
      title="Revenue streams per week, last 90 days"
      filters={{ granularity: 'week', range: { preset: 'last90Days' } }}
    />
  ),
}

const FRENCH: RevenueStreamsLabels = {
  gross: {
    subscription: 'Abonnements',
    usageBased: 'Frais à l’usage',
    commitment: 'Engagement minimum',
    oneOff: 'Frais ponctuels',
    other: 'Autres revenus',
  },
  contra: {
    coupons: 'Coupons',
    creditNotes: 'Avoirs',
    freeCredits: 'Crédits offerts',
    prepaidCredits: 'Crédits prépayés',
    progressiveBilling: 'Facturation progressive',
    other: 'Autres déductions',
  },
  net: 'Revenu net',
}

/** Series names through `labels`, numbers and months in the locale (fr-FR). */
export const French: Story = {
  parameters: { lago: { locale: 'fr-FR' } },
  render: () => (
    <LiveRevenueStreams
      title="Flux de revenus"
      labels={FRENCH}
      messages={{
        showTable: 'Voir le tableau',
        showChart: 'Voir le graphique',
        legend: 'Séries',
        keyboardHint: 'Flèches pour parcourir les points, Début et Fin pour aller aux extrémités.',
      }}
    />
  ),
}

export const Yen: Story = {
  parameters: { lago: { currency: 'JPY' } },
  render: () => <LiveRevenueStreams title="Revenue streams (JPY)" />,
}

export const KuwaitiDinar: Story = {
  parameters: { lago: { currency: 'KWD' } },
  render: () => <LiveRevenueStreams title="Revenue streams (KWD)" />,
}

export const TableView: Story = {
  render: () => <LiveRevenueStreams title="Revenue streams" defaultView="table" />,
}

/** A Lago without the premium licence: the hook reports `unavailable` / `plan` (403). */
export const LiveWithoutPremium: Story = {
  parameters: { lago: { simulator: { premium: false } } },
  render: () => <LiveRevenueStreams title="Revenue streams" />,
}

/** A proxy with no Data API upstream: the hook reports `unavailable` / `data-api` (501). */
export const LiveWithoutDataApi: Story = {
  parameters: { lago: { dataApi: false } },
  render: () => <LiveRevenueStreams title="Revenue streams" />,
}

export const Loading: Story = { ...CHART_STATES.Loading }
export const Empty: Story = { ...CHART_STATES.Empty }
export const ErrorState: Story = { ...CHART_STATES.Error, name: 'Error' }
export const NotAvailableOnPlan: Story = { ...CHART_STATES.NotAvailableOnPlan }
export const NotAvailableWithoutDataApi: Story = { ...CHART_STATES.NotAvailableWithoutDataApi }
