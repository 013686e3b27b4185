/**
 * The analytics proxy as a route handler: the browser client's `proxyUrl` is
 * `/api/lago-analytics`, and every dataset URL under it lands here. The Lago key stays on the
 * server; `authorizeDemoSession` decides who may read what.
 */
import { toNextRouteHandler } from '@lago-analytics/server'
import { getAnalyticsProxy } from '../../../../lib/analyticsProxy.ts'

export const { GET, HEAD } = toNextRouteHandler(getAnalyticsProxy().proxy)

// Per-request answers (each depends on the caller's session); the proxy does its own caching.
export const dynamic = 'force-dynamic'
// The proxy and the simulator need Node (Web Crypto is enough for the proxy alone, not the simulator).
export const runtime = 'nodejs'
