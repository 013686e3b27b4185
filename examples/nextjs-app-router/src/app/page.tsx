import { PROXY_PATH, getAnalyticsProxy } from '../lib/analyticsProxy.ts'
import { STAFF_TOKEN } from '../lib/demoSessions.ts'
import { RevenueDashboardClient } from './RevenueDashboardClient.tsx'

// Rendered per request: the page reads the session (here: the demo staff session).
export const dynamic = 'force-dynamic'

/**
 * A server component: it decides who the user is and what the browser gets (a session token,
 * the proxy path), then hands over to the client component that renders the dashboard.
 */
export default function RevenuePage() {
  // A real app reads its session cookie here (cookies(), auth()…) and passes that user's token.
  const accessToken = STAFF_TOKEN
  const { source } = getAnalyticsProxy()
  return (
    <>
      <header className="app-header">
        <h1>Acme Cloud</h1>
        <p>Revenue, reading {source}</p>
      </header>
      <main>
        <RevenueDashboardClient accessToken={accessToken} proxyUrl={PROXY_PATH} />
      </main>
    </>
  )
}
