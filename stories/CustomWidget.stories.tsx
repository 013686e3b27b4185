import { formatMoney } from '@lago-analytics/core'
import { useGrossRevenue, useLagoAnalytics, useMrr } from '@lago-analytics/react'
import { DashboardShell, MrrByPlanWidget, Widget, WidgetSlot } from '@lago-analytics/ui'
import type { Meta, StoryObj } from '@storybook/react-vite'

/**
 * A custom widget built from a hook and core's formatting only — the recipe for anything the
 * prebuilt components do not cover. The hook gives rows and a `state`; the markup is yours.
 */
function GrossRevenueTable({ currency }: { currency: string }) {
  const { locale } = useLagoAnalytics()
  const { data, state, error, refetch } = useGrossRevenue({ currency, months: 6 })
  return (
    <section
      data-state={state}
      aria-busy={state === 'loading'}
      style={{
        fontFamily: 'var(--lago-analytics-font-family, system-ui)',
        color: 'var(--lago-analytics-text, #111)',
      }}
    >
      <h2 style={{ fontSize: 16 }}>Gross revenue, last 6 months ({currency})</h2>
      {state === 'loading' && <p>Loading…</p>}
      {state === 'empty' && <p>No invoices in this period.</p>}
      {state === 'unavailable' && <p>Not available on this Lago plan.</p>}
      {state === 'error' && (
        <p role="alert">
          {error?.message} <button onClick={refetch}>Retry</button>
        </p>
      )}
      {state === 'ready' && (
        <table>
          <thead>
            <tr>
              <th scope="col">Month</th>
              <th scope="col" style={{ textAlign: 'right' }}>
                Amount
              </th>
              <th scope="col" style={{ textAlign: 'right' }}>
                Invoices
              </th>
            </tr>
          </thead>
          <tbody>
            {data?.rows.map((row) => (
              <tr key={`${row.month}-${row.billingEntityId ?? ''}`}>
                <td>{row.month.slice(0, 7)}</td>
                <td style={{ textAlign: 'right' }}>
                  {formatMoney(
                    { amountMinor: row.amountCents, currency: row.currency },
                    { locale },
                  )}
                </td>
                <td style={{ textAlign: 'right' }}>{row.invoicesCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}

const meta: Meta<typeof GrossRevenueTable> = {
  title: 'Recipes/Custom widget from hooks',
  component: GrossRevenueTable,
  args: { currency: 'EUR' },
}
export default meta

type Story = StoryObj<typeof GrossRevenueTable>

export const Euro: Story = {}
export const Yen: Story = { args: { currency: 'JPY' }, parameters: { lago: { currency: 'JPY' } } }
export const KuwaitiDinar: Story = { args: { currency: 'KWD' } }
export const NotOnThisPlan: Story = {
  args: { currency: 'EUR' },
  parameters: { lago: { simulator: { premium: false } } },
  render: function Render() {
    return <MrrProbe />
  },
}

function MrrProbe() {
  const { state } = useMrr({ currency: 'EUR' })
  return (
    <p data-state={state}>
      {state === 'unavailable' ? 'MRR is not available on this Lago plan.' : state}
    </p>
  )
}

/** A widget whose data code throws (here on purpose; in life, a bug or rows it did not expect). */
function BrokenWidget(): never {
  throw new Error('This widget failed while computing its data')
}

/**
 * Your own dashboard from public parts: `DashboardShell` for filters, freshness and export,
 * prebuilt widgets beside your own, each in a `WidgetSlot`. The slot keeps a widget whose hooks
 * or transforms throw in its place as a titled error panel with Retry; the others carry on.
 */
export const OwnDashboardWithAFailingWidget: StoryObj = {
  render: function Render() {
    return (
      <DashboardShell title="Our billing overview">
        <WidgetSlot id="mrrByPlan">
          <MrrByPlanWidget />
        </WidgetSlot>
        <WidgetSlot id="broken" title="Churn forecast">
          <BrokenWidget />
        </WidgetSlot>
        <WidgetSlot id="note" title="Notes" span={12}>
          <Widget widgetId="note" title="Notes" span={12}>
            <p>Figures refresh daily around 00:00 UTC.</p>
          </Widget>
        </WidgetSlot>
      </DashboardShell>
    )
  },
}
