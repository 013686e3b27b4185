import { describe, expect, it } from 'vitest'
import type { BucketState } from './takeToken.ts'
import { takeToken } from './takeToken.ts'

describe('takeToken', () => {
  it('allows a burst of capacity, then refills continuously', () => {
    const config = { capacity: 3, refillPerSecond: 2 }
    let state: BucketState | undefined
    const results = []
    for (let i = 0; i < 4; i++) {
      const step = takeToken(state, config, 1_000)
      state = step.state
      results.push(step.result)
    }
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, false])
    expect(results[3]?.retryAfterMs).toBe(500)
    expect(takeToken(state, config, 1_499).result.allowed).toBe(false)
    expect(takeToken(state, config, 1_500).result.allowed).toBe(true)
    expect(takeToken(state, config, 100_000).result.remaining).toBe(2)
  })
})
