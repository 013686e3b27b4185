/**
 * Turns an upstream HTTP outcome into what the browser may see:
 *
 * - 2xx with a body that the client's own `parseDatasetResponse` accepts → its normalised rows
 *   in the proxy body format (`toProxyBody`), which browser clients read without re-validating;
 *   anything else → 502 `upstream_invalid_response` (so malformed data is never cached);
 * - 401 → 502 `upstream_unauthorized` (the proxy's credentials, not the browser's session);
 * - other 4xx → passed through: status, Lago's `error`, `code` and `error_details` (e.g. 403
 *   `feature_unavailable`, 429 with `Retry-After` and `x-ratelimit-*`), rebuilt field by field;
 * - 5xx → 502 `upstream_error` (keeping a valid `Retry-After`); timeouts → 504
 *   `upstream_timeout`; network errors → 502 `upstream_error`; oversized → 502.
 */
import type { DatasetDefinition } from '@lago-analytics/client'
import { parseDatasetResponse } from '@lago-analytics/client/parse'
import { toProxyBody } from '@lago-analytics/client/protocol'
import type { BoundedResponse } from './fetchBounded.ts'
import { proxyFailure, reasonPhrase, type ProxyFailure } from './proxyError.ts'
import type { UpstreamOutcome } from './Upstream.ts'

const PASSED_HEADERS = [
  'retry-after',
  'x-ratelimit-limit',
  'x-ratelimit-remaining',
  'x-ratelimit-reset',
]

/** Copies the rate-limit headers whose values are plain numbers (or an HTTP date for Retry-After). */
export function safeRateLimitHeaders(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {}
  for (const name of PASSED_HEADERS) {
    const value = headers.get(name)?.trim()
    if (value === undefined || value === '') continue
    if (/^\d{1,10}(\.\d{1,3})?$/.test(value)) out[name] = value
    else if (
      name === 'retry-after' &&
      /^[A-Za-z0-9 ,:]{1,40}$/.test(value) &&
      !Number.isNaN(Date.parse(value))
    ) {
      out[name] = value
    }
  }
  return out
}

function parseJson(text: string): unknown {
  try {
    return text === '' ? undefined : (JSON.parse(text) as unknown)
  } catch {
    return undefined
  }
}

/** Lago's 4xx body, rebuilt from known fields only. */
function passThrough(status: number, headers: Headers, text: string): ProxyFailure {
  const json = parseJson(text)
  const body = typeof json === 'object' && json !== null ? (json as Record<string, unknown>) : {}
  const error = typeof body.error === 'string' ? body.error.slice(0, 200) : reasonPhrase(status)
  const code =
    typeof body.code === 'string' && /^[a-z0-9_]{1,100}$/.test(body.code) ? body.code : undefined
  const failure: ProxyFailure = {
    status,
    error,
    code: code ?? (status === 429 ? 'too_many_requests' : 'upstream_client_error'),
    message: `Lago answered ${status}${code === undefined ? '' : ` (${code})`}`,
    staleable: status === 429,
  }
  const details = body.error_details
  if (typeof details === 'object' && details !== null && !Array.isArray(details)) {
    const serialized = JSON.stringify(details)
    if (serialized.length <= 2_000) failure.details = details as Record<string, unknown>
  }
  const passed = safeRateLimitHeaders(headers)
  if (Object.keys(passed).length > 0) failure.headers = passed
  return failure
}

/** Outcomes that are about the transport, whatever the upstream kind. */
export function transportFailure(
  response: Exclude<BoundedResponse, { kind: 'response' }>,
  timeoutMs: number,
): UpstreamOutcome {
  switch (response.kind) {
    case 'timeout':
      return {
        ok: false,
        failure: proxyFailure(
          504,
          'upstream_timeout',
          `Lago did not answer within ${timeoutMs} ms`,
        ),
      }
    case 'network':
      return {
        ok: false,
        failure: proxyFailure(502, 'upstream_error', 'Lago could not be reached'),
        cause: response.message,
      }
    case 'too_large':
      return {
        ok: false,
        failure: proxyFailure(
          502,
          'upstream_response_too_large',
          'Lago sent a response larger than the proxy accepts',
        ),
      }
    default: {
      const exhaustive: never = response
      throw new Error(`unhandled upstream outcome ${String(exhaustive)}`)
    }
  }
}

export function serverFailure(status: number, headers: Headers): UpstreamOutcome {
  const retryAfter = safeRateLimitHeaders(headers)['retry-after']
  return {
    ok: false,
    failure: proxyFailure(502, 'upstream_error', `Lago answered ${status}`, {
      ...(retryAfter === undefined ? {} : { headers: { 'retry-after': retryAfter } }),
    }),
  }
}

export function invalidResponse(reason: string): UpstreamOutcome {
  return {
    ok: false,
    failure: proxyFailure(502, 'upstream_invalid_response', 'Lago sent a malformed response'),
    cause: reason,
  }
}

/**
 * Validates and normalises a 2xx body with the client's own parser, once, here: the browser
 * gets the result as a proxy body and only checks its shape.
 */
export function validatedBody(dataset: DatasetDefinition, text: string): UpstreamOutcome {
  const json = parseJson(text)
  if (json === undefined) return invalidResponse('the body is not valid JSON')
  let body: string
  try {
    body = JSON.stringify(toProxyBody(parseDatasetResponse(dataset.name, json)))
  } catch (error) {
    return invalidResponse(error instanceof Error ? error.message : String(error))
  }
  return { ok: true, body }
}

export function mapUpstreamResponse(
  dataset: DatasetDefinition,
  response: BoundedResponse,
  timeoutMs: number,
): UpstreamOutcome {
  if (response.kind !== 'response') return transportFailure(response, timeoutMs)
  const { status, headers, text } = response
  if (status >= 200 && status < 300) return validatedBody(dataset, text)
  if (status === 401) {
    return {
      ok: false,
      failure: proxyFailure(502, 'upstream_unauthorized', "Lago rejected the proxy's credentials"),
    }
  }
  if (status >= 400 && status < 500)
    return { ok: false, failure: passThrough(status, headers, text) }
  return serverFailure(status, headers)
}
