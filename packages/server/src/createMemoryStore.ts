/**
 * The default store: bounded in-process maps. Bodies live in an LRU capped by entry count and
 * by total body size; rate-limit buckets and failure notes are capped by count (oldest first).
 * State is per process: with several proxy instances, use `createRedisStore`.
 */
import type {
  CachedBody,
  FailureNote,
  ProxyStore,
  TakeResult,
  TokenBucketConfig,
} from './ProxyStore.ts'
import { takeToken, type BucketState } from './takeToken.ts'

export interface MemoryStoreOptions {
  /** Most cached bodies kept (LRU). Default 1,000. */
  maxEntries?: number | undefined
  /** Most UTF-16 code units of cached bodies kept in total (≈ bytes / 2). Default 64 Mi. */
  maxBodyChars?: number | undefined
  /** Most rate-limit buckets kept (least recently used dropped first). Default 10,000. */
  maxBuckets?: number | undefined
  /** Clock, for tests. Default `Date.now`. */
  now?: (() => number) | undefined
}

export interface MemoryStore extends ProxyStore {
  /** Current sizes, for monitoring and tests. */
  size(): { bodies: number; bodyChars: number; buckets: number; leases: number; failures: number }
}

interface Expiring<T> {
  value: T
  expiresAt: number
}

function positive(value: number | undefined, fallback: number, name: string): number {
  const n = value ?? fallback
  if (!Number.isSafeInteger(n) || n < 1) throw new RangeError(`${name} must be a positive integer`)
  return n
}

/** Re-inserts on access so Map order is least-recently-used first. */
function touch<K, V>(map: Map<K, V>, key: K, value: V): void {
  map.delete(key)
  map.set(key, value)
}

function trim<K, V>(map: Map<K, V>, max: number, onDrop?: (value: V) => void): void {
  while (map.size > max) {
    const oldest = map.keys().next()
    if (oldest.done) return
    const value = map.get(oldest.value)
    map.delete(oldest.value)
    if (value !== undefined) onDrop?.(value)
  }
}

export function createMemoryStore(options: MemoryStoreOptions = {}): MemoryStore {
  const maxEntries = positive(options.maxEntries, 1_000, 'maxEntries')
  const maxBodyChars = positive(options.maxBodyChars, 64 * 1024 * 1024, 'maxBodyChars')
  const maxBuckets = positive(options.maxBuckets, 10_000, 'maxBuckets')
  const now = options.now ?? Date.now
  const bodies = new Map<string, Expiring<CachedBody>>()
  const failures = new Map<string, Expiring<FailureNote>>()
  const leases = new Map<string, Expiring<string>>()
  const buckets = new Map<string, BucketState>()
  let bodyChars = 0

  const dropBody = (entry: Expiring<CachedBody>) => {
    bodyChars -= entry.value.body.length
  }

  function live<T>(map: Map<string, Expiring<T>>, key: string, onDrop?: (e: Expiring<T>) => void) {
    const entry = map.get(key)
    if (entry === undefined) return undefined
    if (entry.expiresAt <= now()) {
      map.delete(key)
      onDrop?.(entry)
      return undefined
    }
    return entry
  }

  return {
    async getBody(key) {
      const entry = live(bodies, key, dropBody)
      if (entry === undefined) return undefined
      touch(bodies, key, entry)
      return entry.value
    },
    async setBody(key, value, ttlMs) {
      const previous = bodies.get(key)
      if (previous !== undefined) {
        bodies.delete(key)
        dropBody(previous)
      }
      if (ttlMs <= 0 || value.body.length > maxBodyChars) return
      bodies.set(key, { value, expiresAt: now() + ttlMs })
      bodyChars += value.body.length
      trim(bodies, maxEntries, dropBody)
      while (bodyChars > maxBodyChars && bodies.size > 0) trim(bodies, bodies.size - 1, dropBody)
    },
    async getFailure(key) {
      return live(failures, key)?.value
    },
    async setFailure(key, value, ttlMs) {
      touch(failures, key, { value, expiresAt: now() + ttlMs })
      trim(failures, maxEntries)
    },
    async acquireLease(key, owner, ttlMs) {
      if (live(leases, key) !== undefined) return false
      leases.set(key, { value: owner, expiresAt: now() + ttlMs })
      if (leases.size > maxBuckets) {
        for (const [k] of leases) if (live(leases, k) === undefined) leases.delete(k)
      }
      return true
    },
    async releaseLease(key, owner) {
      if (leases.get(key)?.value === owner) leases.delete(key)
    },
    async take(key: string, config: TokenBucketConfig, at: number): Promise<TakeResult> {
      const { state, result } = takeToken(buckets.get(key), config, at)
      touch(buckets, key, state)
      trim(buckets, maxBuckets)
      return result
    },
    size() {
      return {
        bodies: bodies.size,
        bodyChars,
        buckets: buckets.size,
        leases: leases.size,
        failures: failures.size,
      }
    },
  }
}
