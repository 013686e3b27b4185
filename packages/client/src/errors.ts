import type { DatasetName } from './datasets.ts'
import type { RateLimitInfo } from './rateLimit.ts'

/**
 * Stable, machine-readable error codes. Messages are for humans; branch on `code`
 * (or `instanceof`). No error ever carries the API key, the Data API token or the
 * `Authorization` header: errors hold only what is safe to log and to show.
 */
export type LagoAnalyticsErrorCode =
  | 'http_error'
  | 'network_error'
  | 'timeout'
  | 'invalid_response'
  | 'invalid_params'
  | 'data_api_not_configured'
  | 'invalid_options'

export interface LagoAnalyticsErrorOptions {
  dataset?: DatasetName | undefined
  cause?: unknown
}

/** `Lago analytics <dataset> request`, the start of every transport error message. */
const request = (dataset: DatasetName | undefined) =>
  `Lago analytics${dataset ? ` ${dataset}` : ''} request`

/** Base class of every error the client raises. */
export class LagoAnalyticsError extends Error {
  override name = 'LagoAnalyticsError'
  declare readonly code: LagoAnalyticsErrorCode
  /** The dataset (client method) whose call failed, when there is one. */
  declare readonly dataset: DatasetName | undefined

  constructor(
    code: LagoAnalyticsErrorCode,
    message: string,
    options: LagoAnalyticsErrorOptions = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause })
    Object.assign(this, { code, dataset: options.dataset })
  }

  /** Whether trying again later may succeed (network trouble, 429, 502–504, timeouts). */
  get retryable(): boolean {
    const status = (this as { status?: number }).status ?? 0
    return (
      this.code === 'network_error' ||
      this.code === 'timeout' ||
      status === 429 ||
      (status > 501 && status < 505)
    )
  }
}

/** Lago's JSON error body, as far as the server sent one. */
export interface LagoErrorBody {
  status: number
  error: string
  code?: string
  errorDetails?: Record<string, unknown>
}

/** The server answered with a non-2xx status. */
export class LagoAnalyticsHttpError extends LagoAnalyticsError {
  override name = 'LagoAnalyticsHttpError'
  /** HTTP status code. */
  declare readonly status: number
  /** Lago's `error` string (e.g. `Forbidden`), or the HTTP status text. */
  declare readonly error: string
  /** Lago's `code` (e.g. `feature_unavailable`, `read_action_not_allowed_for_analytic`). */
  declare readonly lagoCode: string | undefined
  /** Lago's `error_details`. */
  declare readonly errorDetails: Record<string, unknown> | undefined
  /** Rate-limit headers of the response, when present. */
  declare readonly rateLimit: RateLimitInfo | undefined

  constructor(
    dataset: DatasetName | undefined,
    status: number,
    body: Partial<LagoErrorBody> | undefined,
    rateLimit: RateLimitInfo | undefined,
  ) {
    const error = body?.error ?? `HTTP ${status}`
    const lagoCode = body?.code
    super(
      'http_error',
      `${request(dataset)} failed: ${status} ${error}${lagoCode ? ` (${lagoCode})` : ''}`,
      { dataset },
    )
    Object.assign(this, { status, error, lagoCode, errorDetails: body?.errorDetails, rateLimit })
  }

  /** 403 `feature_unavailable`: the Lago instance lacks the premium licence or add-on. */
  get isFeatureUnavailable(): boolean {
    return this.status === 403 && this.lagoCode === 'feature_unavailable'
  }
}

/** The request never got an HTTP response (DNS, connection refused or reset, CORS…). */
export class LagoAnalyticsNetworkError extends LagoAnalyticsError {
  override name = 'LagoAnalyticsNetworkError'
  constructor(dataset: DatasetName | undefined, cause: unknown) {
    super(
      'network_error',
      `${request(dataset)} failed before a response: ${cause instanceof Error ? cause.message : String(cause)}`,
      { dataset, cause },
    )
  }
}

/** No complete response within `timeoutMs`. */
export class LagoAnalyticsTimeoutError extends LagoAnalyticsError {
  override name = 'LagoAnalyticsTimeoutError'
  declare readonly timeoutMs: number
  constructor(dataset: DatasetName | undefined, timeoutMs: number) {
    super('timeout', `${request(dataset)} timed out after ${timeoutMs} ms`, { dataset })
    this.timeoutMs = timeoutMs
  }
}

/** The response was not what the API promises: bad JSON, a missing field, a wrong type. */
export class LagoAnalyticsResponseError extends LagoAnalyticsError {
  override name = 'LagoAnalyticsResponseError'
  /** Index of the offending row in the response array, when the problem is in a row. */
  declare readonly rowIndex: number | undefined
  /** Wire name of the offending field, e.g. `amount_cents`. */
  declare readonly field: string | undefined
  /** What was wrong, without the offending value. */
  declare readonly reason: string

  constructor(
    dataset: DatasetName | undefined,
    reason: string,
    where: { rowIndex?: number | undefined; field?: string | undefined; cause?: unknown } = {},
  ) {
    const { rowIndex, field } = where
    let at = rowIndex === undefined ? '' : `row ${rowIndex}`
    if (field !== undefined) at += `${at && ', '}field "${field}"`
    super(
      'invalid_response',
      `Malformed Lago analytics response from ${dataset ?? 'the server'}${at && ` at ${at}`}: ${reason}`,
      { dataset, cause: where.cause },
    )
    Object.assign(this, { rowIndex, field, reason })
  }
}

/**
 * A parameter was rejected: before any request was sent (server mode, or proxy mode with the
 * `encodeQuery` option), or by the proxy's `400 invalid_parameter` (proxy mode; the HTTP error
 * is the `cause`).
 */
export class LagoAnalyticsParamError extends LagoAnalyticsError {
  override name = 'LagoAnalyticsParamError'
  /** The parameter's camelCase name. */
  declare readonly param: string
  /** What was wrong with its value (the message's last part), e.g. `expected a boolean`. */
  declare readonly reason: string
  constructor(dataset: DatasetName | undefined, param: string, reason: string, cause?: unknown) {
    super(
      'invalid_params',
      `Invalid parameter "${param}"${dataset ? ` for ${dataset}` : ''}: ${reason}`,
      { dataset, cause },
    )
    Object.assign(this, { param, reason })
  }
}

export function isLagoAnalyticsError(value: unknown): value is LagoAnalyticsError {
  return value instanceof LagoAnalyticsError
}
