import { useMrrMovements, type FilterOverrides } from '@lago-analytics/react'
import {
  MrrMovementsChart,
  type MrrMovementsChartProps,
  type MrrWaterfallText,
} from '@lago-analytics/ui'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { StoryFrame } from './support/StoryFrame.tsx'
import { CHART_STATES } from './support/storyData.ts'

/**
 * `MrrMovementsChart`: the MRR waterfall over the filter range, from starting MRR through new,
 * expansion, contraction and churn to ending MRR. Data: `useMrrMovements` against the simulator.
 */
const meta: Meta<typeof MrrMovementsChart> = {
  title: 'Components/MrrMovementsChart',
  component: MrrMovementsChart,
  render: (args) => (
    <StoryFrame title="MRR movements" maxWidth={720}>
      <MrrMovementsChart label="MRR movements" {...args} />
    </StoryFrame>
  ),
}
export default meta

type Story = StoryObj<typeof MrrMovementsChart>

function LiveMrrMovements({
  title,
  filters,
  ...chart
}: Omit<MrrMovementsChartProps, 'data'> & { title: string; filters?: FilterOverrides }) {
  const movements = useMrrMovements({ filters })
  return (
    <StoryFrame title={title} maxWidth={720}>
      <MrrMovementsChart
        label={title}
        state={movements.state}
        unavailableReason={movements.unavailableReason ?? undefined}
        onRetry={movements.refetch}
        data={movements.data}
        {...chart}
      />
    </StoryFrame>
  )
}

/** The last 12 months in EUR. */
export const LastTwelveMonths: Story = {
  render: () => <LiveMrrMovements title="MRR movements, last 12 months" />,
}

/** One closed quarter. */
export const PreviousQuarter: Story = {
  render: () => (
    <LiveMrrMovements
      title="MRR movements, previous quarter"
      filters={{ range: { preset: 'previousQuarter' } }}
    />
  ),
}

const GERMAN: MrrWaterfallText = {
  steps: {
    starting: 'MRR zu Beginn',
    new: 'Neu',
    expansion: 'Erweiterung',
    contraction: 'Reduzierung',
    churn: 'Abwanderung',
    ending: 'MRR am Ende',
  },
  step: 'Bewegung',
  change: 'Betrag',
  mrrAfter: 'MRR danach',
}

/** Step names through `text`, amounts in de-DE. */
export const German: Story = {
  parameters: { lago: { locale: 'de-DE' } },
  render: () => (
    <LiveMrrMovements
      title="MRR-Bewegungen"
      text={GERMAN}
      messages={{
        showTable: 'Als Tabelle anzeigen',
        showChart: 'Als Diagramm anzeigen',
        keyboardHint: 'Mit den Pfeiltasten zwischen den Werten wechseln, Pos1 und Ende springen.',
      }}
    />
  ),
}

export const Yen: Story = {
  parameters: { lago: { currency: 'JPY' } },
  render: () => <LiveMrrMovements title="MRR movements (JPY)" />,
}

export const KuwaitiDinar: Story = {
  parameters: { lago: { currency: 'KWD' } },
  render: () => <LiveMrrMovements title="MRR movements (KWD)" />,
}

export const TableView: Story = {
  render: () => <LiveMrrMovements title="MRR movements" defaultView="table" />,
}

export const Loading: Story = { ...CHART_STATES.Loading }
export const Empty: Story = { ...CHART_STATES.Empty }
export const ErrorState: Story = { ...CHART_STATES.Error, name: 'Error' }
export const NotAvailableOnPlan: Story = { ...CHART_STATES.NotAvailableOnPlan }
export const NotAvailableWithoutDataApi: Story = { ...CHART_STATES.NotAvailableWithoutDataApi }
