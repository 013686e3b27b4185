import { describe, expect, it } from 'vitest'
import { RateLimiter } from './rateLimiter'

describe('RateLimiter', () => {
  it('counts requests in a fixed window and reports seconds until reset', () => {
    let now = 1_000_000
    const limiter = new RateLimiter({ limit: 2, windowSeconds: 10 }, () => now)
    expect(limiter.take()).toEqual({
      allowed: true,
      headers: {
        'x-ratelimit-limit': '2',
        'x-ratelimit-remaining': '1',
        'x-ratelimit-reset': '10',
      },
    })
    now += 2500
    expect(limiter.take().headers['x-ratelimit-remaining']).toBe('0')
    const refused = limiter.take()
    expect(refused.allowed).toBe(false)
    expect(refused.headers).toEqual({
      'x-ratelimit-limit': '2',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': '8',
      'retry-after': '8',
    })
    now += 7500
    expect(limiter.take().allowed).toBe(true)
  })

  it('rejects nonsense options', () => {
    expect(() => new RateLimiter({ limit: 0, windowSeconds: 1 })).toThrow(RangeError)
  })
})
