import type { DatasetDefinition, DatasetName } from './datasets.ts'
import { LagoAnalyticsError } from './errors.ts'
import type { LagoAnalyticsResult } from './rows.ts'
import type { RateLimitEvent, RetryOptions } from './transport.ts'
import type {
  DatasetParamsMap,
  DatasetRowMap,
  LagoAnalyticsMethods,
  RequestOptions,
} from './types.ts'

export interface CommonClientOptions {
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
export interface ServerClientOptions extends CommonClientOptions {
  /** Lago API origin, e.g. `https://api.getlago.com` (a trailing `/api/v1` is accepted). */
  apiUrl: string
  /** Lago secret API key. Never shipped to a browser: use `proxyUrl` there. */
  apiKey: string
  /** Lago's Data API, for the datasets the public REST API does not serve. */
  dataApi?: DataApiOptions | undefined
  /**
   * Allow `apiKey` where a DOM is present (Vitest's jsdom, Electron). Browser bundles, and Jest's
   * jsdom environment (its default `customExportConditions: ['browser']`), resolve the package's
   * `browser` build, which has no server mode at all.
   */
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
export interface ProxyClientOptions extends CommonClientOptions {
  /** Base URL of the proxy, absolute or relative to the page (e.g. `/api/lago-analytics`). */
  proxyUrl: string
  /** The host app's own session token, sent as `Authorization: Bearer …` to the proxy. */
  getAccessToken?:
    (() => string | null | undefined | Promise<string | null | undefined>) | undefined
  /**
   * Reads a 2xx body that is not the proxy's own format (`lago-analytics/rows@1`): for a proxy
   * of your own that forwards Lago's bodies unchanged, pass `parseDatasetResponse` from
   * `@lago-analytics/client/parse`. Without it, such a body is a `LagoAnalyticsResponseError`,
   * and browsers behind `@lago-analytics/server` never download the full validator.
   */
  parseResponse?: ResponseParser | undefined
  /**
   * Writes a request's query string. By default values are sent as given (`writeQuery`) and
   * `@lago-analytics/server` validates them; behind a proxy that does not, pass `encodeQuery`
   * from `@lago-analytics/client/protocol` to check them before sending, as server mode does.
   */
  encodeQuery?: QueryEncoder | undefined
}

/** Turns typed parameters into a dataset's wire query (`encodeQuery` and `writeQuery` are two). */
export type QueryEncoder = (
  dataset: DatasetDefinition,
  params: object | undefined,
) => URLSearchParams

/**
 * Validates and normalises a raw Lago body into the dataset's rows (`parseDatasetResponse` is
 * one). The client trusts what it returns as that dataset's typed rows.
 */
export type ResponseParser = (dataset: DatasetName, json: unknown) => LagoAnalyticsResult<object>

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

/** Where a mode sends a dataset's requests, and with which `Authorization`. */
export interface Target {
  mode: LagoAnalyticsClient['mode']
  hasDataApi: boolean
  base: (dataset: DatasetDefinition) => string
  /** The query string of a request (`encodeQuery` validates; `writeQuery` leaves it to a proxy). */
  query: QueryEncoder
  authorization: (dataset: DatasetDefinition) => Promise<string | null | undefined>
  /** Turns a 2xx JSON body into the result (validated). */
  read: <Name extends DatasetName>(
    dataset: Name,
    json: unknown,
  ) => LagoAnalyticsResult<DatasetRowMap[Name]>
  /** What a failed request raises, from the transport's error. */
  failed?: (dataset: DatasetName, error: unknown) => unknown
}

export function invalidOptions(message: string): LagoAnalyticsError {
  return new LagoAnalyticsError('invalid_options', message)
}

/** `value` when it is a non-empty string, else an `invalid_options` error naming it. */
export function nonEmpty(value: unknown, name: string): string {
  if (typeof value !== 'string' || value.trim() === '')
    throw invalidOptions(`${name} must be a non-empty string`)
  return value
}

/** The URL without its trailing slashes. */
export const trimSlashes = (url: string): string => url.replace(/\/+$/, '')

/** Whether the options ask for proxy mode; rejects a mix of both modes and a missing object. */
export function isProxyOptions(options: LagoAnalyticsClientOptions): options is ProxyClientOptions {
  if (typeof options !== 'object' || options === null) throw invalidOptions('options are required')
  const isProxy = 'proxyUrl' in options && options.proxyUrl !== undefined
  if (isProxy && 'apiKey' in options) {
    throw invalidOptions('pass either proxyUrl (browser) or apiUrl + apiKey (server), not both')
  }
  return isProxy
}
