import { describe, expect, it } from 'vitest'
import { hashKeys, mix32, seedToNumber, unitHash } from './hash'

describe('hash', () => {
  it('is deterministic and order-sensitive', () => {
    expect(hashKeys(1, 2, 3)).toBe(hashKeys(1, 2, 3))
    expect(hashKeys(1, 2, 3)).not.toBe(hashKeys(3, 2, 1))
    expect(mix32(0)).toBe(0)
    expect(mix32(1)).not.toBe(mix32(2))
  })

  it('unitHash spreads evenly over [0, 1)', () => {
    const buckets = new Array<number>(10).fill(0)
    let min = 1
    let max = 0
    for (let i = 0; i < 20_000; i++) {
      const u = unitHash(7, i % 13, i)
      min = Math.min(min, u)
      max = Math.max(max, u)
      buckets[Math.floor(u * 10)]! += 1
    }
    expect(min).toBeGreaterThanOrEqual(0)
    expect(max).toBeLessThan(1)
    for (const count of buckets) expect(count).toBeGreaterThan(1700)
  })

  it('turns numeric and string seeds into distinct integers', () => {
    expect(seedToNumber(42)).toBe(seedToNumber(42))
    expect(seedToNumber(42)).not.toBe(seedToNumber(43))
    expect(seedToNumber(1)).not.toBe(seedToNumber(1.5))
    expect(seedToNumber('demo')).toBe(seedToNumber('demo'))
    expect(seedToNumber('demo')).not.toBe(seedToNumber('demo2'))
    expect(() => seedToNumber(Number.NaN)).toThrow(TypeError)
  })
})
