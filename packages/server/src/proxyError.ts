/**
 * Every error the proxy answers with: a Lago-shaped JSON body `{ status, error, code, message,
 * error_details? }`, `Cache-Control: no-store`. Messages never carry credentials (the proxy
 * redacts them on top of never putting them there).
 */

/** Machine-readable codes of the errors the proxy itself produces. */
export type ProxyErrorCode =
  | 'not_found'
  | 'dataset_not_found'
  | 'method_not_allowed'
  | 'unauthorized'
  | 'dataset_forbidden'
  | 'dataset_not_customer_scopable'
  | 'customer_scope_conflict'
  | 'unknown_parameter'
  | 'duplicate_parameter'
  | 'invalid_parameter'
  | 'too_many_requests'
  | 'data_api_not_configured'
  | 'upstream_error'
  | 'upstream_timeout'
  | 'upstream_invalid_response'
  | 'upstream_response_too_large'
  | 'upstream_unauthorized'
  | 'data_api_unavailable'
  | 'internal_error'

/**
 * A failed answer, serialisable (it may be shared between proxy instances through the store).
 * `code` is a `ProxyErrorCode`, or Lago's own code for a passed-through 4xx.
 */
export interface ProxyFailure {
  status: number
  error: string
  code: string
  message: string
  details?: Record<string, unknown>
  /** Extra response headers (`retry-after`, `x-ratelimit-*`), already validated. */
  headers?: Record<string, string>
  /** Whether a stale cached body may be served instead (upstream trouble, not a verdict). */
  staleable: boolean
}

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  413: 'Payload Too Large',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
}

/** HTTP reason phrase, Lago's `error` string. */
export function reasonPhrase(status: number): string {
  return REASONS[status] ?? (status >= 500 ? 'Server Error' : 'Error')
}

export function proxyFailure(
  status: number,
  code: ProxyErrorCode,
  message: string,
  extra: { details?: Record<string, unknown>; headers?: Record<string, string> } = {},
): ProxyFailure {
  return {
    status,
    error: reasonPhrase(status),
    code,
    message,
    ...(extra.details === undefined ? {} : { details: extra.details }),
    ...(extra.headers === undefined ? {} : { headers: extra.headers }),
    staleable: status >= 500 || status === 429,
  }
}

export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8'

/** The JSON response of a failure; `redact` scrubs every string that leaves the process. */
export function failureResponse(
  failure: ProxyFailure,
  redact: (text: string) => string,
  headOnly = false,
): Response {
  const body: Record<string, unknown> = {
    status: failure.status,
    error: redact(failure.error),
    code: redact(failure.code),
    message: redact(failure.message),
  }
  if (failure.details !== undefined) {
    body.error_details = JSON.parse(redact(JSON.stringify(failure.details))) as unknown
  }
  const headers = new Headers({
    'content-type': JSON_CONTENT_TYPE,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  })
  for (const [name, value] of Object.entries(failure.headers ?? {})) headers.set(name, value)
  if (failure.status === 405) headers.set('allow', 'GET, HEAD')
  return new Response(headOnly ? null : JSON.stringify(body), { status: failure.status, headers })
}
