/**
 * Where the proxy keeps shared state: cached bodies, short-lived failure notes, fill leases
 * (so one instance fetches while the others wait) and rate-limit buckets. In memory by default
 * (`createMemoryStore`); `createRedisStore` (`@lago-analytics/server/redis`) shares it between
 * instances. Keys arrive already namespaced and hashed; values are plain JSON data.
 */
import type { ProxyFailure } from './proxyError.ts'

/** A validated upstream body, as cached. */
export interface CachedBody {
  /** The upstream JSON, verbatim (or translated, in GraphQL mode). */
  body: string
  /** Strong ETag, quotes included. */
  etag: string
  /** When the proxy fetched it (epoch ms). */
  storedAt: number
  /** Fresh until this instant, the next daily refresh (epoch ms); served stale after it on upstream errors. */
  freshUntil: number
  /** Cut-off of the data (epoch ms): 00:00 UTC of the last refresh day at `storedAt`. */
  dataAsOf: number
}

/** A failed fill, kept for a few seconds so instances waiting on the same fill share it. */
export interface FailureNote {
  failure: ProxyFailure
  finishedAt: number
}

export interface TokenBucketConfig {
  /** Burst size: tokens when full. */
  capacity: number
  /** Tokens added per second. */
  refillPerSecond: number
}

export interface TakeResult {
  allowed: boolean
  /** Whole tokens left after this request. */
  remaining: number
  /** When not allowed: milliseconds until one token is available. */
  retryAfterMs: number
}

export interface ProxyStore {
  getBody(key: string): Promise<CachedBody | undefined>
  /** Stores a body for `ttlMs` (its freshness plus the stale-if-error window). */
  setBody(key: string, value: CachedBody, ttlMs: number): Promise<void>
  getFailure(key: string): Promise<FailureNote | undefined>
  setFailure(key: string, value: FailureNote, ttlMs: number): Promise<void>
  /** Takes the fill lease of `key` if nobody holds it; `true` when acquired. */
  acquireLease(key: string, owner: string, ttlMs: number): Promise<boolean>
  /** Releases the lease if `owner` still holds it. */
  releaseLease(key: string, owner: string): Promise<void>
  /** Takes one token from the bucket `key`, refilled continuously. */
  take(key: string, config: TokenBucketConfig, now: number): Promise<TakeResult>
  /** Frees resources the store owns (connections it opened). */
  close?(): Promise<void>
}
