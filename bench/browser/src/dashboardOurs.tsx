import '@lago-analytics/ui/styles.css'
import { createLagoAnalyticsClient } from '@lago-analytics/client'
import { LagoAnalyticsProvider } from '@lago-analytics/react'
import { RevenueDashboard, UsageDashboard, type RevenueWidgetId } from '@lago-analytics/ui'
import { createRoot } from 'react-dom/client'
import { PROXY_URL, STAFF_TOKEN } from './dashboardShared.ts'

// The prebuilt dashboards exactly as a host embeds them (examples/vite-embed): every widget (or
// `?widgets=a,b` of the revenue dashboard), default filters (last 12 months, monthly, EUR),
// through the host's proxy.
const search = new URLSearchParams(window.location.search)
const which = search.get('dashboard')
const widgets = search.get('widgets')?.split(',') as RevenueWidgetId[] | undefined
const client = createLagoAnalyticsClient({ proxyUrl: PROXY_URL, getAccessToken: () => STAFF_TOKEN })

createRoot(document.getElementById('root') as HTMLElement).render(
  <LagoAnalyticsProvider client={client} defaultCurrency="EUR">
    {which === 'usage' ? (
      <UsageDashboard theme="light" />
    ) : (
      <RevenueDashboard theme="light" widgets={widgets} />
    )}
  </LagoAnalyticsProvider>,
)
