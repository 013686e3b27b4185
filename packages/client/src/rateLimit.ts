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
  return n >= 0 && n < Infinity ? n : undefined
}

/** Parses `Retry-After`: delta-seconds or an HTTP date. Returns milliseconds to wait. */
export function parseRetryAfter(raw: string | null, now: number = Date.now()): number | undefined {
  if (raw === null) return undefined
  const seconds = nonNegativeNumber(raw)
  if (seconds !== undefined) return Math.round(seconds * 1000)
  const date = Date.parse(raw)
  return Number.isNaN(date) ? undefined : Math.max(0, date - now)
}

/** Reads the rate-limit headers of a response; `undefined` when it has none and is not a 429. */
export function readRateLimit(
  response: Response,
  now: number = Date.now(),
): RateLimitInfo | undefined {
  const { headers, status } = response
  const header = (name: string) => nonNegativeNumber(headers.get(`x-ratelimit-${name}`))
  const limit = header('limit')
  const remaining = header('remaining')
  const resetSeconds = header('reset')
  let retryAfterMs = parseRetryAfter(headers.get('retry-after'), now)
  if (retryAfterMs === undefined && status === 429 && resetSeconds !== undefined) {
    retryAfterMs = Math.round(resetSeconds * 1000)
  }
  return status === 429 ||
    [limit, remaining, resetSeconds, retryAfterMs].some((value) => value !== undefined)
    ? { limit, remaining, resetSeconds, retryAfterMs, status }
    : undefined
}
