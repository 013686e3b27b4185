import type { DatasetName } from './datasets.ts'
import {
  LagoAnalyticsError,
  LagoAnalyticsHttpError,
  LagoAnalyticsNetworkError,
  LagoAnalyticsResponseError,
  LagoAnalyticsTimeoutError,
  type LagoErrorBody,
} from './errors.ts'
import { readRateLimit, type RateLimitInfo } from './rateLimit.ts'

export interface RetryOptions {
  /** Retries after the first attempt. Default 2. */
  retries?: number | undefined
  /** First backoff delay; doubles each retry, with jitter. Default 250 ms. */
  baseDelayMs?: number | undefined
  /** Cap of one backoff delay. Default 8 s. */
  maxDelayMs?: number | undefined
  /**
   * Longest server-requested wait (`Retry-After`, `x-ratelimit-reset`) the client will sit
   * through; a longer one fails at once with the 429 error and its `rateLimit` info. Default 60 s.
   */
  maxRetryAfterMs?: number | undefined
}

/** Retry settings with every default filled in. */
export type ResolvedRetry = { [Key in keyof RetryOptions]-?: number }

export interface RateLimitEvent extends RateLimitInfo {
  dataset: DatasetName
}

export interface TransportOptions {
  fetch: typeof globalThis.fetch
  timeoutMs: number
  retry: ResolvedRetry
  onRateLimit: ((info: RateLimitEvent) => void) | undefined
  /** Jitter source, replaceable in tests. */
  random: () => number
}

export interface TransportRequest {
  dataset: DatasetName
  url: string
  headers: Record<string, string>
  signal: AbortSignal | undefined
}

export const DEFAULT_RETRY: ResolvedRetry = {
  retries: 2,
  baseDelayMs: 250,
  maxDelayMs: 8_000,
  maxRetryAfterMs: 60_000,
}

const TIMEOUT = Symbol('timeout')

/** The signal's reason, or an AbortError where a runtime or polyfill sets none. */
function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted.', 'AbortError')
}

/** Resolves after `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer)
      reject(abortReason(signal as AbortSignal))
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    if (signal?.aborted) onAbort()
    else signal?.addEventListener('abort', onAbort, { once: true })
  })
}

/** Backoff before retry number `attempt` (0-based): exponential with "equal jitter". */
export function backoffDelay(attempt: number, retry: ResolvedRetry, random: () => number): number {
  const ceiling = Math.min(retry.maxDelayMs, retry.baseDelayMs * 2 ** attempt)
  return Math.round(ceiling / 2 + random() * (ceiling / 2))
}

/** Lago's error fields, bounded, from whatever JSON an error response carried. */
function toErrorBody(json: unknown, status: number): Partial<LagoErrorBody> | undefined {
  if (typeof json !== 'object' || json === null) return undefined
  const { error, code, error_details: details } = json as Record<string, unknown>
  const result: Partial<LagoErrorBody> = { status }
  if (typeof error === 'string') result.error = error.slice(0, 200)
  if (typeof code === 'string') result.code = code.slice(0, 200)
  if (typeof details === 'object' && details !== null) {
    result.errorDetails = details as Record<string, unknown>
  }
  return result
}

/**
 * One GET with timeout, typed errors and retries (network errors, timeouts, 429, 502, 503, 504;
 * never other statuses), honouring `Retry-After` / `x-ratelimit-reset`. Returns the parsed JSON.
 */
export async function getJson(
  transport: TransportOptions,
  request: TransportRequest,
): Promise<unknown> {
  const { retry } = transport
  for (let attempt = 0; ; attempt++) {
    if (request.signal?.aborted) throw abortReason(request.signal)
    let error: LagoAnalyticsError
    try {
      return await attemptOnce(transport, request)
    } catch (caught) {
      if (!(caught instanceof LagoAnalyticsError)) throw caught // the caller's abort
      error = caught
    }
    if (!error.retryable || attempt >= retry.retries) throw error
    const asked = (error as LagoAnalyticsHttpError).rateLimit?.retryAfterMs
    if (asked !== undefined && asked > retry.maxRetryAfterMs) throw error
    await sleep(asked ?? backoffDelay(attempt, retry, transport.random), request.signal)
  }
}

async function attemptOnce(
  transport: TransportOptions,
  request: TransportRequest,
): Promise<unknown> {
  const { dataset, signal } = request
  const controller = new AbortController()
  const onAbort = () => controller.abort(abortReason(signal as AbortSignal))
  signal?.addEventListener('abort', onAbort, { once: true })
  const timer = setTimeout(() => controller.abort(TIMEOUT), transport.timeoutMs)
  try {
    let response: Response
    let text: string
    try {
      response = await transport.fetch(request.url, {
        method: 'GET',
        headers: request.headers,
        signal: controller.signal,
      })
      text = await response.text()
    } catch (cause) {
      const { aborted, reason } = controller.signal
      if (!aborted) throw new LagoAnalyticsNetworkError(dataset, cause)
      if (reason === TIMEOUT) throw new LagoAnalyticsTimeoutError(dataset, transport.timeoutMs)
      throw reason
    }
    const rateLimit = readRateLimit(response)
    if (rateLimit && transport.onRateLimit) {
      try {
        transport.onRateLimit({ ...rateLimit, dataset })
      } catch {
        // A failing observer must not fail the request.
      }
    }
    let json: unknown
    let jsonError: unknown
    try {
      json = text === '' ? undefined : JSON.parse(text)
    } catch (cause) {
      jsonError = cause
    }
    if (!response.ok) {
      throw new LagoAnalyticsHttpError(
        dataset,
        response.status,
        toErrorBody(json, response.status),
        rateLimit,
      )
    }
    if (json === undefined) {
      throw new LagoAnalyticsResponseError(
        dataset,
        jsonError === undefined ? 'the body is empty' : 'the body is not valid JSON',
        { cause: jsonError },
      )
    }
    return json
  } finally {
    clearTimeout(timer)
    signal?.removeEventListener('abort', onAbort)
  }
}
