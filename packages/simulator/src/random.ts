import { hashKeys } from './hash'

/** A seeded pseudo-random generator (mulberry32) with the helpers the ledger generator needs. */
export interface Random {
  /** Float in [0, 1). */
  next(): number
  /** Unsigned 32-bit integer. */
  uint32(): number
  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number
  /** Float in [min, max). */
  float(min: number, max: number): number
  chance(probability: number): boolean
  pick<T>(items: readonly T[]): T
  weighted<T>(items: readonly T[], weights: readonly number[]): T
  /** Standard normal deviate (Box–Muller). */
  normal(): number
  /** Log-normal deviate with the given median and log-space sigma. */
  logNormal(median: number, sigma: number): number
}

/** Creates a generator whose stream depends only on `keys` (typically seed + entity ids). */
export function createRandom(...keys: readonly number[]): Random {
  let state = hashKeys(...keys) | 0
  const uint32 = (): number => {
    state = (state + 0x6d2b79f5) | 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return (t ^ (t >>> 14)) >>> 0
  }
  const next = (): number => uint32() / 4294967296
  const random: Random = {
    next,
    uint32,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    float: (min, max) => min + next() * (max - min),
    chance: (probability) => next() < probability,
    pick: (items) => {
      if (items.length === 0) throw new RangeError('pick() from an empty list')
      return items[Math.floor(next() * items.length)] as (typeof items)[number]
    },
    weighted: (items, weights) => {
      let total = 0
      for (const weight of weights) total += weight
      let roll = next() * total
      for (let i = 0; i < items.length; i++) {
        roll -= weights[i] ?? 0
        if (roll < 0) return items[i] as (typeof items)[number]
      }
      const last = items[items.length - 1]
      if (last === undefined) throw new RangeError('weighted() from an empty list')
      return last
    },
    normal: () => {
      const u = 1 - next()
      const v = next()
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v)
    },
    logNormal: (median, sigma) => median * Math.exp(sigma * random.normal()),
  }
  return random
}
