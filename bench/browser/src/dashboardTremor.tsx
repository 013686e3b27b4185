import { createLagoAnalyticsClient } from '@lago-analytics/client'
import { AreaChart, BarChart, Card, Metric, Text, Title } from '@tremor/react'
import { useEffect, useState, type ReactNode } from 'react'
import { createRoot } from 'react-dom/client'
import { PROXY_URL, STAFF_TOKEN } from './dashboardShared.ts'
import './tremor.css'

// The reference: what a host writes with Tremor for three of the revenue dashboard's widgets —
// revenue streams over time (AreaChart), revenue by plan (BarChart), an MRR KPI (Card + Metric) —
// fetching the same datasets through the same proxy and client, with the same default range
// (last 12 months, monthly, EUR). Plain `useEffect` fetching, no cache library.
const client = createLagoAnalyticsClient({ proxyUrl: PROXY_URL, getAccessToken: () => STAFF_TOKEN })

function last12Months(now: Date): { fromDate: string; toDate: string } {
  const from = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 11, 1))
  return { fromDate: from.toISOString().slice(0, 10), toDate: now.toISOString().slice(0, 10) }
}
const range = last12Months(new Date())
const euros = (cents: number) =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency: 'EUR' }).format(cents / 100)
const compact = (value: number) =>
  new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency: 'EUR',
    notation: 'compact',
  }).format(value)

/** Loads once on mount (`load` is a module-level function, stable). */
function useData<T>(load: () => Promise<T>): T | null {
  const [data, setData] = useState<T | null>(null)
  useEffect(() => {
    let live = true
    load().then((value) => {
      if (live) setData(value)
    }, console.error)
    return () => {
      live = false
    }
  }, [load])
  return data
}

function Widget({ id, ready, children }: { id: string; ready: boolean; children: ReactNode }) {
  return (
    <div data-slot="widget" data-widget={id}>
      <Card data-state={ready ? 'ready' : 'loading'} style={{ marginBottom: 16 }}>
        {children}
      </Card>
    </div>
  )
}

async function loadStreams() {
  const { rows } = await client.revenueStreams({
    currency: 'EUR',
    timeGranularity: 'monthly',
    ...range,
  })
  return rows.map((row) => ({
    month: row.startOfPeriodDt.slice(0, 7),
    Subscriptions: row.subscriptionFeeAmountCents / 100,
    Usage: row.usageBasedFeeAmountCents / 100,
    Commitments: row.commitmentFeeAmountCents / 100,
    'One-off': row.oneOffFeeAmountCents / 100,
  }))
}

function RevenueOverTime() {
  const data = useData(loadStreams)
  return (
    <Widget id="revenueStreams" ready={data !== null}>
      <Title>Revenue streams</Title>
      {data === null ? (
        <Text>Loading…</Text>
      ) : (
        <AreaChart
          data-bench-chart=""
          className="mt-4 h-72"
          data={data}
          index="month"
          categories={['Subscriptions', 'Usage', 'Commitments', 'One-off']}
          stack
          valueFormatter={compact}
        />
      )}
    </Widget>
  )
}

async function loadPlans() {
  const { rows } = await client.revenueByPlan({ currency: 'EUR', limit: 100 })
  return rows
    .slice()
    .sort((a, b) => b.netRevenueAmountCents - a.netRevenueAmountCents)
    .slice(0, 10)
    .map((row) => ({ plan: row.planName, 'Net revenue': row.netRevenueAmountCents / 100 }))
}

function RevenueByPlan() {
  const data = useData(loadPlans)
  return (
    <Widget id="revenueBreakdown" ready={data !== null}>
      <Title>Revenue by plan</Title>
      {data === null ? (
        <Text>Loading…</Text>
      ) : (
        <BarChart
          data-bench-chart=""
          className="mt-4 h-72"
          data={data}
          index="plan"
          categories={['Net revenue']}
          valueFormatter={compact}
        />
      )}
    </Widget>
  )
}

async function loadMrr() {
  const { rows } = await client.mrrMovements({
    currency: 'EUR',
    timeGranularity: 'monthly',
    ...range,
  })
  return rows.at(-1)?.endingMrr ?? 0
}

function MrrKpi() {
  const mrr = useData(loadMrr)
  return (
    <Widget id="kpis" ready={mrr !== null}>
      <Text>MRR</Text>
      <Metric>{mrr === null ? '…' : euros(mrr)}</Metric>
    </Widget>
  )
}

createRoot(document.getElementById('root') as HTMLElement).render(
  <main style={{ maxWidth: 1100, fontFamily: 'system-ui, sans-serif' }}>
    <h1>Revenue (Tremor reference)</h1>
    <MrrKpi />
    <RevenueOverTime />
    <RevenueByPlan />
  </main>,
)
