/**
 * `createAnalyticsProxy`: the browser-facing side of Lago analytics, as a standard fetch handler.
 *
 * Browsers call the paths `createLagoAnalyticsClient({ proxyUrl })` builds, with the host's own
 * session. The proxy decides who is asking (`authorize`), allows only listed datasets and
 * parameters, forces the customer scope, adds the Lago credentials server-side, and caches each
 * answer until Lago's next daily refresh, with coalescing, stale-if-error and rate limiting.
 */
import type { DatasetDefinition, DatasetName } from '@lago-analytics/client'
import { createBodyLoader, type LoadResult } from './createBodyLoader.ts'
import { createGraphqlUpstream } from './createGraphqlUpstream.ts'
import { createMemoryStore } from './createMemoryStore.ts'
import { createRedactor } from './createRedactor.ts'
import { createRestUpstream } from './createRestUpstream.ts'
import { etagMatches } from './etagMatches.ts'
import { hashText } from './hashText.ts'
import { isUnderBasePath, matchProxyRoute, normalizeBasePath } from './matchProxyRoute.ts'
import { parseProxyQuery } from './parseProxyQuery.ts'
import {
  failureResponse,
  JSON_CONTENT_TYPE,
  proxyFailure,
  type ProxyFailure,
} from './proxyError.ts'
import type { CachedBody, TokenBucketConfig } from './ProxyStore.ts'
import type {
  AnalyticsProxy,
  AnalyticsProxyOptions,
  CacheOutcome,
  DataApiGraphqlUpstream,
  DataApiRestUpstream,
  ProxyLogEvent,
  ProxyPrincipal,
  ProxyRateLimitOptions,
  ProxyStats,
} from './types.ts'
import type { Upstream } from './Upstream.ts'

/**
 * The default bucket. A load of the prebuilt Revenue dashboard is 35 requests (its country ×
 * customer-type heatmap alone fans out into 20, since Lago has no group-by), so 120 holds a load
 * and two quick filter changes; 4 per second refills a full load in under 10 s.
 */
export const DEFAULT_RATE_LIMIT = {
  capacity: 120,
  refillPerSecond: 4,
} as const satisfies Required<ProxyRateLimitOptions>

const DEFAULT_TIMEOUT_MS = 15_000
const DEFAULT_MAX_BYTES = 16 * 1024 * 1024
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/

function invalidOption(message: string): TypeError {
  return new TypeError(`createAnalyticsProxy: ${message}`)
}

function nonEmpty(value: unknown, name: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw invalidOption(`${name} must be a non-empty string`)
  }
  return value
}

function positiveNumber(value: number | undefined, fallback: number, name: string): number {
  const n = value ?? fallback
  if (typeof n !== 'number' || !Number.isFinite(n) || n <= 0) {
    throw invalidOption(`${name} must be a positive number`)
  }
  return n
}

function isGraphql(value: AnalyticsProxyOptions['dataApi']): value is DataApiGraphqlUpstream {
  return typeof value === 'object' && value !== null && 'graphql' in value
}

/** The principal, `null` for 401, or a reason the host's answer is unusable (fail closed → 500). */
function checkPrincipal(value: unknown): ProxyPrincipal | null | { invalid: string } {
  if (value === null || value === undefined) return null
  if (typeof value !== 'object') return { invalid: 'authorize must return an object or null' }
  const principal = value as Record<string, unknown>
  const { datasets, externalCustomerId, subject } = principal
  if (
    datasets !== 'all' &&
    !(Array.isArray(datasets) && datasets.every((d) => typeof d === 'string'))
  ) {
    return { invalid: "datasets must be 'all' or an array of dataset names" }
  }
  if (
    externalCustomerId !== undefined &&
    (typeof externalCustomerId !== 'string' ||
      externalCustomerId === '' ||
      externalCustomerId.length > 1024 ||
      CONTROL.test(externalCustomerId))
  ) {
    return { invalid: 'externalCustomerId must be undefined or a non-empty string' }
  }
  if (subject !== undefined && typeof subject !== 'string') {
    return { invalid: 'subject must be a string' }
  }
  return value as ProxyPrincipal
}

export function createAnalyticsProxy(options: AnalyticsProxyOptions): AnalyticsProxy {
  if (typeof options !== 'object' || options === null) throw invalidOption('options are required')
  const apiUrl = nonEmpty(options.apiUrl, 'apiUrl')
  const apiKey = nonEmpty(options.apiKey, 'apiKey')
  if (typeof options.authorize !== 'function') throw invalidOption('authorize must be a function')
  const authorize = options.authorize
  const basePath = normalizeBasePath(options.basePath)
  const givenFetch = options.fetch ?? globalThis.fetch
  if (typeof givenFetch !== 'function') {
    throw invalidOption('no fetch implementation: pass options.fetch')
  }
  // Called as a plain function: some runtimes refuse a `fetch` invoked as a method of another object.
  const fetchImpl: typeof globalThis.fetch = (input, init) => givenFetch(input, init)
  const timeoutMs = positiveNumber(options.timeoutMs, DEFAULT_TIMEOUT_MS, 'timeoutMs')
  const maxBytes = positiveNumber(options.maxResponseBytes, DEFAULT_MAX_BYTES, 'maxResponseBytes')
  const now = options.now ?? Date.now
  const cache = options.cache === false ? { enabled: false } : (options.cache ?? {})
  const marginMinutes = cache.refreshMarginMinutes ?? 15
  if (!Number.isFinite(marginMinutes) || marginMinutes < 0 || marginMinutes >= 1440) {
    throw invalidOption('cache.refreshMarginMinutes must be within [0, 1440)')
  }
  const staleIfErrorSeconds = cache.staleIfErrorSeconds ?? 86_400
  if (!Number.isFinite(staleIfErrorSeconds) || staleIfErrorSeconds < 0) {
    throw invalidOption('cache.staleIfErrorSeconds must be a non-negative number')
  }
  const bucket: TokenBucketConfig | undefined =
    options.rateLimit === false
      ? undefined
      : {
          capacity: positiveNumber(
            options.rateLimit?.capacity,
            DEFAULT_RATE_LIMIT.capacity,
            'rateLimit.capacity',
          ),
          refillPerSecond: positiveNumber(
            options.rateLimit?.refillPerSecond,
            DEFAULT_RATE_LIMIT.refillPerSecond,
            'rateLimit.refillPerSecond',
          ),
        }
  const ownStore = options.store === undefined
  const store = options.store ?? createMemoryStore({ now })
  const logger = options.logger

  const stats: ProxyStats = {
    requests: 0,
    upstreamRequests: 0,
    cacheHits: 0,
    coalesced: 0,
    staleServed: 0,
    rateLimited: 0,
  }
  const onRequest = () => {
    stats.upstreamRequests++
  }

  const dataApi = options.dataApi
  let restDataApi: DataApiRestUpstream | undefined
  let graphql: Upstream | undefined
  if (dataApi !== undefined) {
    if (isGraphql(dataApi)) {
      const config = dataApi.graphql
      graphql = createGraphqlUpstream({
        fetch: fetchImpl,
        timeoutMs,
        maxBytes,
        onRequest,
        onLogin: () =>
          log({ level: 'info', event: 'graphql_login', message: 'logging in to Lago GraphQL' }),
        graphql: {
          url: config.url ?? `${apiUrl.replace(/\/+$/, '').replace(/\/api\/v1$/, '')}/graphql`,
          email: nonEmpty(config.email, 'dataApi.graphql.email'),
          password: nonEmpty(config.password, 'dataApi.graphql.password'),
          organizationId: nonEmpty(config.organizationId, 'dataApi.graphql.organizationId'),
        },
      })
    } else {
      restDataApi = {
        url: nonEmpty(dataApi.url, 'dataApi.url'),
        token: nonEmpty(dataApi.token, 'dataApi.token'),
        organizationId: nonEmpty(dataApi.organizationId, 'dataApi.organizationId'),
      }
    }
  }
  const rest = createRestUpstream({
    fetch: fetchImpl,
    timeoutMs,
    maxBytes,
    apiUrl,
    apiKey,
    dataApi: restDataApi,
    onRequest,
  })
  const redact = createRedactor(() => [apiKey, ...rest.secrets(), ...(graphql?.secrets() ?? [])])

  function upstreamFor(dataset: DatasetDefinition): Upstream | undefined {
    if (dataset.surface === 'public' || restDataApi !== undefined) return rest
    return graphql
  }

  const loader = createBodyLoader({
    store,
    enabled: cache.enabled !== false,
    now,
    marginMinutes,
    staleIfErrorMs: staleIfErrorSeconds * 1000,
    leaseMs: 2 * timeoutMs + 1_000,
    failureNoteMs: 5_000,
    redact,
  })

  function log(event: ProxyLogEvent): void {
    if (logger === undefined) return
    try {
      logger({
        ...event,
        message: redact(event.message),
        ...(event.code === undefined ? {} : { code: redact(event.code) }),
      })
    } catch {
      // A failing logger must not fail the request.
    }
  }

  function success(
    request: Request,
    principal: ProxyPrincipal,
    result: Extract<LoadResult, { ok: true }>,
  ): Response {
    const entry: CachedBody = result.entry
    const scoped = principal.externalCustomerId !== undefined
    const maxAge = Math.max(0, Math.floor((entry.freshUntil - now()) / 1000))
    const stale = result.outcome === 'stale'
    const headers = new Headers({
      'content-type': JSON_CONTENT_TYPE,
      'x-content-type-options': 'nosniff',
      etag: entry.etag,
      vary: 'Authorization, Cookie',
      'x-lago-analytics-data-as-of': new Date(entry.dataAsOf).toISOString(),
      'x-lago-analytics-cache': result.outcome,
    })
    if (stale) {
      headers.set('cache-control', 'private, max-age=0, must-revalidate')
      headers.set('x-lago-analytics-stale', '1')
      headers.set('warning', '110 - "Response is Stale"')
      if (result.staleReason !== undefined) {
        headers.set('x-lago-analytics-stale-reason', result.staleReason.code)
      }
    } else if (!scoped && cache.sharedForUnscoped === true) {
      headers.set('cache-control', `public, max-age=${maxAge}, s-maxage=${maxAge}`)
    } else {
      headers.set('cache-control', `private, max-age=${maxAge}`)
    }
    if (etagMatches(request.headers.get('if-none-match'), entry.etag)) {
      headers.delete('content-type')
      return new Response(null, { status: 304, headers })
    }
    return new Response(request.method === 'HEAD' ? null : entry.body, { status: 200, headers })
  }

  async function subjectOf(request: Request, principal: ProxyPrincipal): Promise<string> {
    if (principal.subject !== undefined) return `s:${principal.subject}`
    if (principal.externalCustomerId !== undefined) return `c:${principal.externalCustomerId}`
    const credential = request.headers.get('authorization') ?? request.headers.get('cookie') ?? ''
    return `h:${await hashText(credential)}`
  }

  async function serve(
    request: Request,
    context: { dataset?: DatasetName; cache?: CacheOutcome },
  ): Promise<Response | ProxyFailure> {
    const url = new URL(request.url)
    const route = matchProxyRoute(url.pathname, basePath)
    if (route.kind === 'outside') {
      return proxyFailure(404, 'not_found', 'Not a Lago analytics proxy path')
    }
    if (route.kind === 'unknown') {
      return proxyFailure(404, 'dataset_not_found', 'No such Lago analytics dataset')
    }
    const dataset = route.dataset
    context.dataset = dataset.name
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return proxyFailure(405, 'method_not_allowed', 'Only GET and HEAD are allowed')
    }

    let answer: unknown
    try {
      answer = await authorize(request)
    } catch (error) {
      log({
        level: 'error',
        event: 'authorize_error',
        message: `authorize threw: ${error instanceof Error ? error.message : String(error)}`,
        dataset: dataset.name,
      })
      return proxyFailure(500, 'internal_error', 'The request could not be authorised')
    }
    const principal = checkPrincipal(answer)
    if (principal === null) return proxyFailure(401, 'unauthorized', 'Sign in to see analytics')
    if ('invalid' in principal) {
      log({
        level: 'error',
        event: 'authorize_error',
        message: principal.invalid,
        dataset: dataset.name,
      })
      return proxyFailure(500, 'internal_error', 'The request could not be authorised')
    }

    if (bucket !== undefined) {
      const taken = await store.take(
        `rate:${await hashText(await subjectOf(request, principal))}`,
        bucket,
        now(),
      )
      if (!taken.allowed) {
        stats.rateLimited++
        const seconds = Math.max(1, Math.ceil(taken.retryAfterMs / 1000))
        return proxyFailure(
          429,
          'too_many_requests',
          `Too many analytics requests: retry in ${seconds} s`,
          {
            headers: {
              'retry-after': String(seconds),
              'x-ratelimit-limit': String(bucket.capacity),
              'x-ratelimit-remaining': '0',
              'x-ratelimit-reset': String(seconds),
            },
          },
        )
      }
    }

    if (principal.datasets !== 'all' && !principal.datasets.includes(dataset.name)) {
      return proxyFailure(403, 'dataset_forbidden', `You may not read ${dataset.name}`)
    }
    const scope = principal.externalCustomerId
    if (scope !== undefined && !dataset.customerScopable) {
      return proxyFailure(
        403,
        'dataset_not_customer_scopable',
        `${dataset.name} cannot be limited to one customer, so customer-scoped sessions may not read it`,
      )
    }
    const parsed = parseProxyQuery(dataset, url.search, scope)
    if (!parsed.ok) return parsed.failure

    const upstream = upstreamFor(dataset)
    if (upstream === undefined) {
      return proxyFailure(
        501,
        'data_api_not_configured',
        `${dataset.name} is served by Lago's Data API, which this proxy has no upstream for (set the dataApi option)`,
      )
    }

    const query = parsed.query
    const key = await hashText(
      `${scope === undefined ? 'org' : `customer:${scope}`}\n${dataset.name}\n${query.toString()}`,
    )
    const result = await loader.load(key, async () => {
      const outcome = await upstream.fetch(dataset, query)
      if (!outcome.ok) {
        log({
          level: outcome.failure.status >= 500 ? 'warn' : 'info',
          event: 'upstream_failure',
          message: `${outcome.failure.message}${outcome.cause === undefined ? '' : `: ${outcome.cause}`}`,
          dataset: dataset.name,
          status: outcome.failure.status,
          code: outcome.failure.code,
        })
      }
      return outcome
    })
    if (!result.ok) return result.failure
    context.cache = result.outcome
    if (result.outcome === 'hit') stats.cacheHits++
    if (result.outcome === 'coalesced') stats.coalesced++
    if (result.outcome === 'stale') stats.staleServed++
    return success(request, principal, result)
  }

  const handler = async (request: Request): Promise<Response> => {
    const started = Date.now()
    stats.requests++
    const context: { dataset?: DatasetName; cache?: CacheOutcome } = {}
    let response: Response
    try {
      const served = await serve(request, context)
      response =
        served instanceof Response
          ? served
          : failureResponse(served, redact, request.method === 'HEAD')
    } catch (error) {
      log({
        level: 'error',
        event: 'internal_error',
        message: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
        dataset: context.dataset,
      })
      response = failureResponse(
        proxyFailure(500, 'internal_error', 'The analytics proxy failed'),
        redact,
        request.method === 'HEAD',
      )
    }
    log({
      level: response.status >= 500 ? 'warn' : 'info',
      event: 'request',
      message: `${request.method} ${context.dataset ?? '-'} ${response.status}`,
      dataset: context.dataset,
      status: response.status,
      cache: context.cache,
      durationMs: Date.now() - started,
    })
    return response
  }

  const proxy = Object.assign(handler, {
    basePath,
    handles(pathOrUrl: string): boolean {
      let pathname = pathOrUrl
      if (/^[a-z][a-z0-9+.-]*:/i.test(pathOrUrl)) {
        try {
          pathname = new URL(pathOrUrl).pathname
        } catch {
          return false
        }
      }
      const queryAt = pathname.search(/[?#]/)
      return isUnderBasePath(queryAt === -1 ? pathname : pathname.slice(0, queryAt), basePath)
    },
    stats: (): ProxyStats => ({ ...stats }),
    async close(): Promise<void> {
      if (ownStore) await store.close?.()
    },
  })
  return proxy
}
