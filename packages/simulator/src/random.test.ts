import { describe, expect, it } from 'vitest'
import { createRandom } from './random'

describe('createRandom', () => {
  it('replays the same stream for the same keys', () => {
    const a = createRandom(42, 1)
    const b = createRandom(42, 1)
    const c = createRandom(42, 2)
    const first = Array.from({ length: 5 }, () => a.uint32())
    expect(Array.from({ length: 5 }, () => b.uint32())).toEqual(first)
    expect(Array.from({ length: 5 }, () => c.uint32())).not.toEqual(first)
  })

  it('keeps helpers within their bounds', () => {
    const random = createRandom(1)
    const ints = new Set<number>()
    let minFloat = 1
    let maxFloat = -1
    let minLogNormal = Infinity
    for (let i = 0; i < 2000; i++) {
      ints.add(random.int(3, 7))
      const f = random.float(-1, 1)
      minFloat = Math.min(minFloat, f)
      maxFloat = Math.max(maxFloat, f)
      minLogNormal = Math.min(minLogNormal, random.logNormal(10, 0.5))
    }
    expect([...ints].sort()).toEqual([3, 4, 5, 6, 7])
    expect(minFloat).toBeGreaterThanOrEqual(-1)
    expect(maxFloat).toBeLessThan(1)
    expect(minLogNormal).toBeGreaterThan(0)
  })

  it('honours weights, including zero weights', () => {
    const random = createRandom(9)
    const counts = { a: 0, b: 0, c: 0 }
    for (let i = 0; i < 3000; i++) counts[random.weighted(['a', 'b', 'c'] as const, [1, 0, 3])]++
    expect(counts.b).toBe(0)
    expect(counts.c).toBeGreaterThan(counts.a * 2)
  })

  it('refuses to pick from nothing', () => {
    expect(() => createRandom(1).pick([])).toThrow(RangeError)
  })
})
