/**
 * Small, fast, deterministic integer hashing (murmur3-style finaliser). Everything random in the
 * simulator derives from these, so the same seed always produces the same organisation.
 */

/** Mixes one 32-bit integer into a well-distributed unsigned 32-bit integer. */
export function mix32(value: number): number {
  let h = value | 0
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

/** Hashes a short list of integers into an unsigned 32-bit integer; order matters. */
export function hashKeys(...keys: readonly number[]): number {
  let h = 0x9e3779b9
  for (const key of keys) {
    h = mix32(h ^ Math.imul(key | 0, 0x27d4eb2f)) + 0x165667b1
  }
  return mix32(h)
}

/** Hash of three integers as a float in [0, 1); the hot path of the usage model. */
export function unitHash(a: number, b: number, c: number): number {
  let h = mix32(a ^ 0x2545f491)
  h = mix32(h ^ Math.imul(b | 0, 0x9e3779b1))
  h = mix32(h ^ Math.imul(c | 0, 0x85ebca77))
  return h / 4294967296
}

/** Turns a user seed (number or string) into a 32-bit integer (FNV-1a for strings). */
export function seedToNumber(seed: number | string): number {
  if (typeof seed === 'number') {
    if (!Number.isFinite(seed)) throw new TypeError(`seed must be a finite number, got ${seed}`)
    // Fold the full double so 1 and 1.5 and 2**40 all differ.
    const hi = Math.floor(seed / 4294967296)
    return hashKeys(seed >>> 0, hi | 0, Math.round((seed % 1) * 1e9))
  }
  let h = 0x811c9dc5
  for (let i = 0; i < seed.length; i++) {
    h ^= seed.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return mix32(h)
}
