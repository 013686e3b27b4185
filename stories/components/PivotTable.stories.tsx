import { pivot, type Pivot } from '@lago-analytics/core'
import { useLagoAnalytics } from '@lago-analytics/react'
import { PivotTable } from '@lago-analytics/ui'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { StoryFrame } from './support/StoryFrame.tsx'
import { HOSTILE_STRINGS, LONG_LABELS } from './support/storyData.ts'
import { useCountryTypePivot, useUsagePivot } from './support/usePivots.ts'

/**
 * `PivotTable`: core's `Pivot` (dimension × dimension) or `TimePivot` (dimension × time) as a
 * sortable table with a row-total column and a column-totals row (grand total in the corner).
 */
const meta: Meta<typeof PivotTable> = {
  title: 'Components/PivotTable',
  component: PivotTable,
  render: (args) => (
    <StoryFrame title="Pivot">
      <PivotTable {...args} />
    </StoryFrame>
  ),
}
export default meta

type Story = StoryObj<typeof PivotTable>

function UsageByMetricAndMonth({ title }: { title: string }) {
  const usage = useUsagePivot()
  return (
    <StoryFrame title={title} maxWidth="none">
      <div data-state={usage.state}>
        {usage.data ? (
          <PivotTable
            caption={`Usage amount by billable metric and month (${usage.currency ?? ''})`}
            pivot={usage.data}
            granularity={usage.granularity}
            currency={usage.currency}
            rowHeader="Billable metric"
          />
        ) : null}
      </div>
    </StoryFrame>
  )
}

/** A `TimePivot`: month columns labelled in the locale, gap-filled with zeros. */
export const MetricByMonth: Story = {
  render: () => <UsageByMetricAndMonth title="Usage by metric and month" />,
}

export const Yen: Story = {
  parameters: { lago: { currency: 'JPY' } },
  render: () => <UsageByMetricAndMonth title="Usage by metric and month (JPY)" />,
}

/** Month names and numbers in ja-JP. */
export const Japanese: Story = {
  parameters: { lago: { locale: 'ja-JP', currency: 'JPY' } },
  render: () => <UsageByMetricAndMonth title="指標別・月別の使用量" />,
}

function CountryByType({ title }: { title: string }) {
  const { locale } = useLagoAnalytics('CountryByType story')
  const result = useCountryTypePivot(locale)
  return (
    <StoryFrame title={title} maxWidth={640}>
      <div data-state={result.state}>
        {result.data ? (
          <PivotTable
            caption={`Net revenue, all history (${result.currency ?? ''})`}
            pivot={result.data}
            currency={result.currency}
            rowHeader="Country"
            defaultSort={{ column: '__total__', direction: 'descending' }}
          />
        ) : null}
      </div>
    </StoryFrame>
  )
}

/** A `Pivot` of two dimensions, sorted by the total column. */
export const CountryByCustomerType: Story = {
  render: () => <CountryByType title="Net revenue by country and customer type" />,
}

export const KuwaitiDinar: Story = {
  parameters: { lago: { currency: 'KWD' } },
  render: () => <CountryByType title="Net revenue by country and customer type (KWD)" />,
}

function fixedPivot(rows: readonly string[]): Pivot {
  const channels = ['Self-serve', 'Sales-led', 'Marketplace']
  return pivot(
    rows.flatMap((name, r) =>
      channels.map((channel, c) => ({
        name,
        channel,
        value: ((r + 3) * (c + 5) * 104_729) % 900_000,
      })),
    ),
    {
      row: (cell) => cell.name,
      column: (cell) => cell.channel,
      columnOrder: channels,
      value: (cell) => cell.value,
    },
  )
}

export const LongLabels: Story = {
  args: {
    caption: 'Revenue by plan and channel (EUR)',
    pivot: fixedPivot(LONG_LABELS),
    currency: 'EUR',
    rowHeader: 'Plan',
  },
}

/** Row labels are user data: rendered as text. */
export const HostileNames: Story = {
  args: {
    caption: 'Revenue by customer and channel (EUR)',
    pivot: fixedPivot(HOSTILE_STRINGS),
    currency: 'EUR',
    rowHeader: 'Customer',
  },
}

/** Without `currency`, cells are plain numbers (units). */
export const Units: Story = {
  args: {
    caption: 'Seats by plan and channel',
    pivot: fixedPivot(['Starter', 'Growth', 'Scale', 'Enterprise']),
    rowHeader: 'Plan',
    totalLabel: 'All channels',
  },
}
