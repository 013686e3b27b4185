/** What the server said about rate limiting on one response. */
export interface RateLimitInfo {
  /** `x-ratelimit-limit`: requests allowed per window. */
  limit: number | undefined
  /** `x-ratelimit-remaining`: requests left in the window. */
  remaining: number | undefined
  /** `x-ratelimit-reset`: seconds until the window resets. */
  resetSeconds: number | undefined
  /** How long the server asked us to wait (`Retry-After`, else `x-ratelimit-reset` on a 429), in ms. */
  retryAfterMs: number | undefined
  /** HTTP status of the response that carried the headers. */
  status: number
}

function nonNegativeNumber(raw: string | null): number | undefined {
  if (raw === null || raw.trim() === '') return undefined
  const n = Number(raw)
  return Number.isFinite(n) && n >= 0 ? n : undefined
}

/** Parses `Retry-After`: delta-seconds or an HTTP date. Returns milliseconds to wait. */
export function parseRetryAfter(raw: string | null, now: number = Date.now()): number | undefined {
  if (raw === null) return undefined
  const seconds = nonNegativeNumber(raw)
  if (seconds !== undefined) return Math.round(seconds * 1000)
  const date = Date.parse(raw)
  if (Number.isNaN(date)) return undefined
  return Math.max(0, date - now)
}

/** Reads the rate-limit headers of a response; `undefined` when it has none and is not a 429. */
export function readRateLimit(
  response: Response,
  now: number = Date.now(),
): RateLimitInfo | undefined {
  const headers = response.headers
  const limit = nonNegativeNumber(headers.get('x-ratelimit-limit'))
  const remaining = nonNegativeNumber(headers.get('x-ratelimit-remaining'))
  const resetSeconds = nonNegativeNumber(headers.get('x-ratelimit-reset'))
  let retryAfterMs = parseRetryAfter(headers.get('retry-after'), now)
  if (retryAfterMs === undefined && response.status === 429 && resetSeconds !== undefined) {
    retryAfterMs = Math.round(resetSeconds * 1000)
  }
  if (
    limit === undefined &&
    remaining === undefined &&
    resetSeconds === undefined &&
    retryAfterMs === undefined &&
    response.status !== 429
  ) {
    return undefined
  }
  return { limit, remaining, resetSeconds, retryAfterMs, status: response.status }
}
