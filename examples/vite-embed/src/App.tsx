import { createLagoAnalyticsClient } from '@lago-analytics/client'
import { LagoAnalyticsProvider, useRevenueBreakdown } from '@lago-analytics/react'
import { RevenueDashboard, UsageDashboard } from '@lago-analytics/ui'
import { useEffect, useMemo, useState } from 'react'
import { customerToken, STAFF_TOKEN } from './sessions.ts'

const PROXY_URL = '/api/lago-analytics'
type Page = 'revenue' | 'portal'

function pageFromHash(): Page {
  return window.location.hash.startsWith('#/portal') ? 'portal' : 'revenue'
}

/** A host SaaS app: an internal revenue page for staff and a customer-portal usage page. */
export function App() {
  const [page, setPage] = useState<Page>(pageFromHash)
  const [theme, setTheme] = useState<'light' | 'dark'>(() =>
    window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light',
  )
  useEffect(() => {
    const onHash = () => setPage(pageFromHash())
    window.addEventListener('hashchange', onHash)
    return () => window.removeEventListener('hashchange', onHash)
  }, [])
  const staffClient = useMemo(
    () => createLagoAnalyticsClient({ proxyUrl: PROXY_URL, getAccessToken: () => STAFF_TOKEN }),
    [],
  )
  return (
    <div className="app" data-theme={theme}>
      <header className="app-header">
        <h1 className="brand">Acme Cloud</h1>
        <nav aria-label="Main">
          <a href="#/revenue" aria-current={page === 'revenue' ? 'page' : undefined}>
            Revenue (internal)
          </a>
          <a href="#/portal" aria-current={page === 'portal' ? 'page' : undefined}>
            Customer portal
          </a>
        </nav>
        <button type="button" onClick={() => setTheme(theme === 'dark' ? 'light' : 'dark')}>
          {theme === 'dark' ? 'Light' : 'Dark'} theme
        </button>
      </header>
      <main>
        <LagoAnalyticsProvider client={staffClient} defaultCurrency="EUR" cacheScope="staff">
          {page === 'revenue' ? (
            <RevenueDashboard
              theme={theme}
              urlSync={{ prefix: 'rev.' }}
              docsHref="https://docs.getlago.com"
            />
          ) : (
            <Portal theme={theme} />
          )}
        </LagoAnalyticsProvider>
      </main>
    </div>
  )
}

/**
 * The customer portal: staff pick a customer to "sign in as" (a demo shortcut); the portal then
 * talks to the proxy with that customer's session, and the proxy scopes every request to them.
 */
function Portal({ theme }: { theme: 'light' | 'dark' }) {
  const customers = useRevenueBreakdown({ by: 'customer', topN: 20 })
  const [customer, setCustomer] = useState<string | null>(null)
  const options = customers.data?.items ?? []
  const selected = customer ?? options[0]?.key ?? null
  const client = useMemo(
    () =>
      selected
        ? createLagoAnalyticsClient({
            proxyUrl: PROXY_URL,
            getAccessToken: () => customerToken(selected),
          })
        : null,
    [selected],
  )
  const name = options.find((option) => option.key === selected)?.label ?? selected
  return (
    <section aria-label="Customer portal">
      <label className="portal-picker">
        Signed in as customer{' '}
        <select value={selected ?? ''} onChange={(event) => setCustomer(event.target.value)}>
          {options.map((option) => (
            <option key={option.key} value={option.key}>
              {option.label}
            </option>
          ))}
        </select>
      </label>
      {client && selected ? (
        <LagoAnalyticsProvider
          key={selected}
          client={client}
          defaultCurrency="EUR"
          cacheScope={`customer:${selected}`}
        >
          <UsageDashboard
            theme={theme}
            externalCustomerId={selected}
            urlSync={{ prefix: 'usage.' }}
            title={`Your usage — ${name ?? ''}`}
            widgets={[
              'usageOverTime',
              'usageByMetric',
              'meteredVsRecurring',
              'credits',
              'forecast',
            ]}
          />
        </LagoAnalyticsProvider>
      ) : (
        <p data-state={customers.state}>Loading customers…</p>
      )}
    </section>
  )
}
