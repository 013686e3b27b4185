/** Options and public types of `createAnalyticsProxy`. */
import type { DatasetName } from '@lago-analytics/client'
import type { GraphqlUpstreamConfig } from './createGraphqlUpstream.ts'
import type { ProxyStore } from './ProxyStore.ts'

/** Who is asking, as decided by the host's `authorize`. */
export interface ProxyPrincipal {
  /** Datasets this principal may read (client method names), or `'all'`. */
  datasets: readonly DatasetName[] | 'all'
  /**
   * Scope every request to this Lago customer (`external_id`): the proxy forces
   * `external_customer_id`, rejects other values (403 `customer_scope_conflict`) and refuses
   * datasets that cannot be scoped to one customer (403 `dataset_not_customer_scopable`).
   */
  externalCustomerId?: string | undefined
  /**
   * Stable id of the principal for rate limiting and logs (a user id). Default: the customer
   * for scoped principals, otherwise a hash of the request's `Authorization` (or `Cookie`) header.
   */
  subject?: string | undefined
}

/** A real Data API (Lago's `LAGO_DATA_API_URL` / `LAGO_DATA_API_BEARER_TOKEN`). */
export interface DataApiRestUpstream {
  url: string
  token: string
  organizationId: string
}

/** Lago's GraphQL `dataApi*` queries, with a service user's session. */
export interface DataApiGraphqlUpstream {
  graphql: Omit<GraphqlUpstreamConfig, 'url'> & {
    /** Default `<apiUrl>/graphql`. */
    url?: string | undefined
  }
}

export type DataApiUpstream = DataApiRestUpstream | DataApiGraphqlUpstream

export interface ProxyCacheOptions {
  /** Server-side cache and cross-request coalescing. Default true. */
  enabled?: boolean | undefined
  /** Minutes after 00:00 UTC by which Lago's daily refresh is assumed done. Default 15. */
  refreshMarginMinutes?: number | undefined
  /** How long after its refresh a body may still be served when Lago fails. Default 86,400 s. */
  staleIfErrorSeconds?: number | undefined
  /**
   * Send `public, max-age, s-maxage` for unscoped principals so a CDN may cache. Only when the
   * CDN keys on the credentials (responses carry `Vary: Authorization, Cookie`) or every caller
   * of the CDN is authorised anyway. Scoped principals always get `private`. Default false.
   */
  sharedForUnscoped?: boolean | undefined
}

export interface ProxyRateLimitOptions {
  /** Burst size per principal. Default 120. */
  capacity?: number | undefined
  /** Sustained requests per second per principal. Default 4. */
  refillPerSecond?: number | undefined
}

export type ProxyLogLevel = 'info' | 'warn' | 'error'

/** One log event. Every string in it has been scrubbed of credentials. */
export interface ProxyLogEvent {
  level: ProxyLogLevel
  /** `request`: one per answered request; the others: one per incident. */
  event: 'request' | 'upstream_failure' | 'authorize_error' | 'graphql_login' | 'internal_error'
  message: string
  dataset?: DatasetName | undefined
  status?: number | undefined
  code?: string | undefined
  /** How the body was obtained: `hit`, `miss` (fetched), `coalesced` (shared a fetch), `stale`. */
  cache?: CacheOutcome | undefined
  durationMs?: number | undefined
}

export type ProxyLogger = (event: ProxyLogEvent) => void

export type CacheOutcome = 'hit' | 'miss' | 'coalesced' | 'stale' | 'bypass'

export interface AnalyticsProxyOptions {
  /** Lago API origin, e.g. `https://api.getlago.com` (a trailing `/api/v1` is accepted). */
  apiUrl: string
  /** Lago secret API key. Stays on the server. */
  apiKey: string
  /** Where the Data API datasets come from; without it they answer 501 `data_api_not_configured`. */
  dataApi?: DataApiUpstream | undefined
  /**
   * Decides who is asking, from the browser request (session cookie, bearer token…). `null` →
   * 401. Throwing → 500 (logged). Never forwarded: the proxy sends only its own credentials.
   */
  authorize: (request: Request) => Promise<ProxyPrincipal | null> | ProxyPrincipal | null
  /** Path the proxy is mounted at, e.g. `/api/lago-analytics` (the browser's `proxyUrl`). Default `''`. */
  basePath?: string | undefined
  /** Server-side cache settings, or `false` to fetch every request (coalescing concurrent ones). */
  cache?: ProxyCacheOptions | false | undefined
  /** Per-principal token bucket, or `false`. */
  rateLimit?: ProxyRateLimitOptions | false | undefined
  /** Shared state. Default: `createMemoryStore()`. Several instances: `createRedisStore()`. */
  store?: ProxyStore | undefined
  /** Upstream deadline per request, headers and body. Default 15,000 ms. */
  timeoutMs?: number | undefined
  /** Largest upstream body accepted. Default 16 MiB. */
  maxResponseBytes?: number | undefined
  /** `fetch` used for the upstream. Default: the global one. */
  fetch?: typeof globalThis.fetch | undefined
  /** Receives one event per request and per incident; never credentials. */
  logger?: ProxyLogger | undefined
  /** Clock (epoch ms), for tests. */
  now?: (() => number) | undefined
}

export interface ProxyStats {
  /** Requests answered. */
  requests: number
  /** Upstream calls made (GraphQL logins not included). */
  upstreamRequests: number
  cacheHits: number
  /** Requests that waited on another request's upstream call (same or other instance). */
  coalesced: number
  staleServed: number
  rateLimited: number
}

/** A standard fetch handler, plus helpers for adapters and monitoring. */
export interface AnalyticsProxy {
  (request: Request): Promise<Response>
  /** Whether a path (or absolute URL) is under `basePath`; adapters pass other requests on. */
  handles(pathOrUrl: string): boolean
  readonly basePath: string
  stats(): ProxyStats
  /** Closes the store when the proxy created it. */
  close(): Promise<void>
}
