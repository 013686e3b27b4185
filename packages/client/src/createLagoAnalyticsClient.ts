import {
  DATASETS,
  DATASET_NAMES,
  splitDataApiPath,
  type DatasetDefinition,
  type DatasetName,
} from './datasets.ts'
import { encodeQuery } from './encodeQuery.ts'
import { LagoAnalyticsError } from './errors.ts'
import type { LagoAnalyticsResult } from './rows.ts'
import { readProxyBody } from './proxyBody.ts'
import {
  DEFAULT_RETRY,
  getJson,
  type RateLimitEvent,
  type ResolvedRetry,
  type RetryOptions,
  type TransportOptions,
} from './transport.ts'
import type {
  DatasetParamsMap,
  DatasetRowMap,
  LagoAnalyticsMethods,
  PaginateOptions,
  PaginatedDatasetName,
  RequestOptions,
} from './types.ts'

interface CommonOptions {
  /** A `fetch` implementation; defaults to the global one. */
  fetch?: typeof globalThis.fetch | undefined
  /** Per attempt, headers and body included. Default 30 000 ms. */
  timeoutMs?: number | undefined
  /** Retry policy, or `false` for a single attempt. */
  retry?: RetryOptions | false | undefined
  /** Called for every response that carries rate-limit headers, and for every 429. */
  onRateLimit?: ((info: RateLimitEvent) => void) | undefined
  /** Extra request headers (never `Authorization`, which the client owns). */
  headers?: Record<string, string> | undefined
}

/** Server side (Node, internal tools): talks to Lago directly with secret credentials. */
export interface ServerClientOptions extends CommonOptions {
  /** Lago API origin, e.g. `https://api.getlago.com` (a trailing `/api/v1` is accepted). */
  apiUrl: string
  /** Lago secret API key. Never shipped to a browser: use `proxyUrl` there. */
  apiKey: string
  /** Lago's Data API, for the datasets the public REST API does not serve. */
  dataApi?: DataApiOptions | undefined
  /** Allow `apiKey` in a browser context. Only for local tools you never deploy. */
  dangerouslyAllowBrowser?: boolean | undefined
}

export interface DataApiOptions {
  /** Base URL of the Data API (Lago's `LAGO_DATA_API_URL`). */
  url: string
  /** Bearer token (Lago's `LAGO_DATA_API_BEARER_TOKEN`). */
  token: string
  organizationId: string
}

/** Browser side: every request goes through the host's server proxy (`@lago-analytics/server`). */
export interface ProxyClientOptions extends CommonOptions {
  /** Base URL of the proxy, absolute or relative to the page (e.g. `/api/lago-analytics`). */
  proxyUrl: string
  /** The host app's own session token, sent as `Authorization: Bearer …` to the proxy. */
  getAccessToken?:
    (() => string | null | undefined | Promise<string | null | undefined>) | undefined
}

export type LagoAnalyticsClientOptions = ServerClientOptions | ProxyClientOptions

export interface LagoAnalyticsClient extends LagoAnalyticsMethods {
  /** `server` talks to Lago with secrets; `proxy` goes through the host's proxy. */
  readonly mode: 'server' | 'proxy'
  /**
   * Whether Data API datasets can be requested. `true` behind a proxy (the proxy answers
   * `data_api_not_configured` when it cannot serve them).
   */
  readonly hasDataApi: boolean
  /** Generic entry point: `client.request('mrr', params)` equals `client.mrr(params)`. */
  request<Name extends DatasetName>(
    name: Name,
    params?: DatasetParamsMap[Name],
    options?: RequestOptions,
  ): Promise<LagoAnalyticsResult<DatasetRowMap[Name]>>
  /** The URL a dataset request goes to (no credentials in it). */
  url<Name extends DatasetName>(name: Name, params?: DatasetParamsMap[Name]): string
}

/**
 * Paths under a proxy: `<proxyUrl>/api/v1/analytics/<endpoint>` for the public REST datasets
 * and `<proxyUrl>/data-api/<dataset>[/<breakdown>]` for the Data API ones (the proxy adds the
 * organisation id and the secrets).
 */
export const PROXY_PUBLIC_PREFIX = '/api/v1/analytics/'
export const PROXY_DATA_API_PREFIX = '/data-api/'

const trimSlashes = (url: string) => url.replace(/\/+$/, '')

function invalid(message: string): LagoAnalyticsError {
  return new LagoAnalyticsError('invalid_options', message)
}

function nonEmpty(value: unknown, name: string): string {
  if (typeof value !== 'string' || value.trim() === '')
    throw invalid(`${name} must be a non-empty string`)
  return value
}

/** Where a dataset's requests go, and with which `Authorization`. */
type Target = [
  base: (dataset: DatasetDefinition) => string,
  authorization: (dataset: DatasetDefinition) => Promise<string | null | undefined>,
]

function serverTarget(options: ServerClientOptions): Target {
  const apiKey = nonEmpty(options.apiKey, 'apiKey')
  const apiRoot = trimSlashes(nonEmpty(options.apiUrl, 'apiUrl')).replace(/\/api\/v1$/, '')
  const dataApi = options.dataApi
  if (dataApi)
    for (const key of ['url', 'token', 'organizationId'] as const)
      nonEmpty(dataApi[key], `dataApi.${key}`)
  return [
    (dataset) => {
      if (dataset.surface === 'public') return `${apiRoot}${PROXY_PUBLIC_PREFIX}${dataset.path}`
      if (!dataApi) {
        throw new LagoAnalyticsError(
          'data_api_not_configured',
          `${dataset.name} is served by Lago's Data API; pass dataApi: { url, token, organizationId } to use it`,
          { dataset: dataset.name },
        )
      }
      const [name, breakdown] = splitDataApiPath(dataset.path)
      const org = encodeURIComponent(dataApi.organizationId)
      return `${trimSlashes(dataApi.url)}/${name}/${org}/${breakdown ? `${breakdown}/` : ''}`
    },
    async (dataset) =>
      `Bearer ${dataset.surface === 'public' ? apiKey : (dataApi as DataApiOptions).token}`,
  ]
}

function proxyTarget(options: ProxyClientOptions): Target {
  const root = trimSlashes(nonEmpty(options.proxyUrl, 'proxyUrl'))
  const getAccessToken = options.getAccessToken
  return [
    (dataset) =>
      `${root}${dataset.surface === 'public' ? PROXY_PUBLIC_PREFIX : PROXY_DATA_API_PREFIX}${dataset.path}`,
    async () => {
      const token = await getAccessToken?.()
      return token && `Bearer ${token}`
    },
  ]
}

function resolveRetry(retry: RetryOptions | false | undefined): ResolvedRetry {
  const resolved = { ...DEFAULT_RETRY }
  if (retry === false) resolved.retries = 0
  else {
    for (const key of Object.keys(DEFAULT_RETRY) as (keyof ResolvedRetry)[]) {
      const value = retry?.[key]
      if (value === undefined) continue
      if (typeof value !== 'number' || !(value >= 0 && value < Infinity)) {
        throw invalid(`retry.${key} must be a non-negative number`)
      }
      resolved[key] = value
    }
  }
  return resolved
}

/**
 * Creates a typed client for every Lago analytics dataset.
 *
 * ```ts
 * // Node: secrets stay on the server
 * const lago = createLagoAnalyticsClient({ apiUrl: 'https://api.getlago.com', apiKey })
 * // Browser: through @lago-analytics/server
 * const lago = createLagoAnalyticsClient({ proxyUrl: '/api/lago-analytics', getAccessToken })
 * const { rows } = await lago.mrr({ currency: 'EUR', months: 12 }, { signal })
 * ```
 */
export function createLagoAnalyticsClient(
  options: LagoAnalyticsClientOptions,
): LagoAnalyticsClient {
  if (typeof options !== 'object' || options === null) throw invalid('options are required')
  const isProxy = 'proxyUrl' in options && options.proxyUrl !== undefined
  if (isProxy && 'apiKey' in options) {
    throw invalid('pass either proxyUrl (browser) or apiUrl + apiKey (server), not both')
  }
  if (
    !isProxy &&
    typeof window !== 'undefined' &&
    typeof (window as { document?: unknown }).document !== 'undefined' &&
    !(options as ServerClientOptions).dangerouslyAllowBrowser
  ) {
    throw invalid(
      'refusing to use a Lago API key in a browser: use proxyUrl with @lago-analytics/server, ' +
        'or set dangerouslyAllowBrowser for a local tool',
    )
  }
  const [base, authorize] = isProxy
    ? proxyTarget(options as ProxyClientOptions)
    : serverTarget(options as ServerClientOptions)
  const fetchImpl = options.fetch ?? globalThis.fetch
  if (typeof fetchImpl !== 'function') throw invalid('no fetch implementation: pass options.fetch')
  const timeoutMs = options.timeoutMs ?? 30_000
  if (!(Number.isFinite(timeoutMs) && timeoutMs > 0))
    throw invalid('timeoutMs must be a positive number')
  const transport: TransportOptions = {
    fetch: (input, init) => fetchImpl(input, init),
    timeoutMs,
    retry: resolveRetry(options.retry),
    onRateLimit: options.onRateLimit,
    random: Math.random,
  }
  const extraHeaders: Record<string, string> = {}
  for (const [name, value] of Object.entries(options.headers ?? {})) {
    if (name.toLowerCase() !== 'authorization') extraHeaders[name] = value
  }

  function url<Name extends DatasetName>(name: Name, params?: DatasetParamsMap[Name]): string {
    const dataset = DATASETS[name]
    const query = encodeQuery(dataset, params).toString()
    return base(dataset) + (query && `?${query}`)
  }

  async function request<Name extends DatasetName>(
    name: Name,
    params?: DatasetParamsMap[Name],
    requestOptions: RequestOptions = {},
  ): Promise<LagoAnalyticsResult<DatasetRowMap[Name]>> {
    const dataset = DATASETS[name]
    if (!dataset) throw invalid(`unknown dataset ${JSON.stringify(name)}`)
    const href = url(name, params)
    const headers: Record<string, string> = { accept: 'application/json', ...extraHeaders }
    const authorization = await authorize(dataset)
    if (authorization) headers.authorization = authorization
    const json = await getJson(transport, {
      dataset: name,
      url: href,
      headers,
      signal: requestOptions.signal,
    })
    return (
      readProxyBody<DatasetRowMap[Name]>(name, json, dataset.paginated) ??
      // A raw Lago body (server mode, or a pass-through proxy): the full validator, loaded on
      // first use so that browsers behind @lago-analytics/server never download it.
      (await import('./parseDatasetResponse.ts')).parseDatasetResponse(name, json)
    )
  }

  async function* paginate<Name extends PaginatedDatasetName>(
    name: Name,
    params: DatasetParamsMap[Name] | undefined,
    paginateOptions: PaginateOptions = {},
  ): AsyncGenerator<DatasetRowMap[Name]> {
    let page = params?.page ?? 1
    const maxPages = paginateOptions.maxPages ?? 1_000
    for (let fetched = 0; fetched < maxPages; fetched++) {
      const { rows, meta } = await request(
        name,
        { ...params, page } as DatasetParamsMap[Name],
        paginateOptions,
      )
      yield* rows
      if (!meta || meta.nextPage === null || meta.nextPage <= page || page >= meta.totalPages)
        return
      page = meta.nextPage
    }
  }

  const methods = {} as Record<DatasetName, unknown>
  for (const name of DATASET_NAMES) {
    const method = (params?: object, requestOptions?: RequestOptions) =>
      request(name, params as DatasetParamsMap[typeof name], requestOptions)
    if (DATASETS[name].paginated) {
      Object.assign(method, {
        paginate: (params?: object, paginateOptions?: PaginateOptions) =>
          paginate(
            name as PaginatedDatasetName,
            params as DatasetParamsMap[PaginatedDatasetName],
            paginateOptions,
          ),
      })
    }
    methods[name] = method
  }

  return Object.freeze({
    ...(methods as LagoAnalyticsMethods),
    mode: isProxy ? 'proxy' : 'server',
    hasDataApi: isProxy || Boolean((options as ServerClientOptions).dataApi),
    request,
    url,
  })
}
