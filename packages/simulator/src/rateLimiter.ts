/** A fixed-window request counter producing Lago Cloud style `x-ratelimit-*` headers. */

export interface RateLimitOptions {
  /** Requests allowed per window. */
  readonly limit: number
  readonly windowSeconds: number
}

export interface RateLimitDecision {
  readonly allowed: boolean
  /** `x-ratelimit-limit`, `x-ratelimit-remaining`, `x-ratelimit-reset` (+ `retry-after` when refused). */
  readonly headers: Record<string, string>
}

export class RateLimiter {
  private windowStart = -Infinity
  private count = 0

  constructor(
    private readonly options: RateLimitOptions,
    private readonly clock: () => number = Date.now,
  ) {
    if (!(options.limit >= 1) || !(options.windowSeconds > 0))
      throw new RangeError('rateLimit needs limit >= 1 and windowSeconds > 0')
  }

  take(): RateLimitDecision {
    const now = this.clock()
    const windowMs = this.options.windowSeconds * 1000
    if (now - this.windowStart >= windowMs) {
      this.windowStart = now
      this.count = 0
    }
    this.count++
    const reset = Math.max(1, Math.ceil((this.windowStart + windowMs - now) / 1000))
    const allowed = this.count <= this.options.limit
    const headers: Record<string, string> = {
      'x-ratelimit-limit': String(this.options.limit),
      'x-ratelimit-remaining': String(Math.max(0, this.options.limit - this.count)),
      'x-ratelimit-reset': String(reset),
    }
    if (!allowed) headers['retry-after'] = String(reset)
    return { allowed, headers }
  }
}
