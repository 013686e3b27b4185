/**
 * A `ProxyStore` in Redis, for hosts that run several proxy instances: cached bodies, failure
 * notes, fill leases (`SET NX PX`) and rate-limit buckets (a Lua token bucket) are shared, so a
 * burst spread over every instance still costs one upstream call per refresh window.
 *
 * Redis trouble never fails a request: each command has a deadline, and on an error the store
 * switches to its in-memory fallback for `retryAfterMs` before trying Redis again. Bodies are
 * written to both, so what an instance has already fetched stays servable while Redis is down.
 *
 * Works with an `ioredis` client you pass (`client`), or creates one from `url` by importing
 * `ioredis` lazily (an optional peer dependency: hosts without Redis never load it).
 */
import { createMemoryStore } from './createMemoryStore.ts'
import type {
  CachedBody,
  FailureNote,
  ProxyStore,
  TakeResult,
  TokenBucketConfig,
} from './ProxyStore.ts'

/** The few commands the store uses; an `ioredis` `Redis` (or `Cluster`) instance fits. */
export interface RedisClientLike {
  get(key: string): Promise<string | null>
  set(key: string, value: string, px: 'PX', milliseconds: number): Promise<unknown>
  set(key: string, value: string, px: 'PX', milliseconds: number, nx: 'NX'): Promise<unknown>
  eval(script: string, numKeys: number, ...args: (string | number)[]): Promise<unknown>
  quit(): Promise<unknown>
  /** Drops the connection and stops reconnecting (ioredis has it). */
  disconnect?(): void
}

export interface RedisStoreOptions {
  /** An ioredis client you own (the store never closes it). Prefer `enableOfflineQueue: false`. */
  client?: RedisClientLike | undefined
  /** Or a Redis URL: the store creates an ioredis client (fail-fast settings) and closes it in `close()`. */
  url?: string | undefined
  /** Prefix of every key. Default `lago-analytics:`. */
  keyPrefix?: string | undefined
  /** Deadline of one Redis command before falling back to memory. Default 500 ms. */
  commandTimeoutMs?: number | undefined
  /** After a Redis failure, use the fallback this long before trying Redis again. Default 1,000 ms. */
  retryAfterMs?: number | undefined
  /** Where state goes while Redis is unavailable. Default `createMemoryStore()`. */
  fallback?: ProxyStore | undefined
  /** Told about each Redis failure (the error never contains stored values). */
  onError?: ((error: Error) => void) | undefined
}

export interface RedisStore extends ProxyStore {
  /** Whether the last Redis command succeeded (false while running on the fallback). */
  healthy(): boolean
}

const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0`

/** Same rule as `takeToken`: refill, take one token if available, expire when full again. */
const TAKE = `
local capacity = tonumber(ARGV[1])
local rate = tonumber(ARGV[2])
local now = tonumber(ARGV[3])
local state = redis.call('HMGET', KEYS[1], 't', 'u')
local tokens = tonumber(state[1])
local updated = tonumber(state[2])
if tokens == nil or updated == nil then tokens = capacity updated = now end
local elapsed = now - updated
if elapsed < 0 then elapsed = 0 end
tokens = math.min(capacity, tokens + elapsed * rate / 1000)
local allowed = 0
if tokens >= 1 then tokens = tokens - 1 allowed = 1 end
redis.call('HSET', KEYS[1], 't', tostring(tokens), 'u', tostring(now))
redis.call('PEXPIRE', KEYS[1], math.ceil((capacity - tokens) * 1000 / rate) + 1000)
return {allowed, tostring(tokens)}
`

class RedisTimeout extends Error {
  override name = 'RedisTimeout'
}

async function createClient(
  url: string,
): Promise<RedisClientLike & { on(event: 'error', listener: (error: Error) => void): unknown }> {
  const { Redis } = await import('ioredis')
  return new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2_000,
    retryStrategy: (times: number) => Math.min(times * 200, 2_000),
  })
}

export function createRedisStore(options: RedisStoreOptions): RedisStore {
  if ((options.client === undefined) === (options.url === undefined)) {
    throw new TypeError('createRedisStore: pass exactly one of client or url')
  }
  const prefix = options.keyPrefix ?? 'lago-analytics:'
  const timeoutMs = options.commandTimeoutMs ?? 500
  const retryAfterMs = options.retryAfterMs ?? 1_000
  const fallback = options.fallback ?? createMemoryStore()
  let downUntil = 0
  let healthy = true
  const owned = options.url
  const client: Promise<RedisClientLike> =
    options.client !== undefined
      ? Promise.resolve(options.client)
      : createClient(options.url as string).then((created) => {
          created.on('error', (error) => options.onError?.(error))
          return created
        })
  // A failed lazy import is reported per command (and the fallback used), not as an unhandled rejection.
  client.catch(() => undefined)

  async function redis<T>(
    command: (redis: RedisClientLike) => Promise<T>,
    instead: () => Promise<T>,
  ): Promise<T> {
    if (Date.now() < downUntil) return instead()
    let timer: ReturnType<typeof setTimeout> | undefined
    try {
      const result = await Promise.race([
        client.then(command),
        new Promise<never>((_, reject) => {
          timer = setTimeout(
            () => reject(new RedisTimeout(`Redis did not answer within ${timeoutMs} ms`)),
            timeoutMs,
          )
        }),
      ])
      healthy = true
      return result
    } catch (error) {
      healthy = false
      downUntil = Date.now() + retryAfterMs
      try {
        options.onError?.(error instanceof Error ? error : new Error(String(error)))
      } catch {
        // The observer's problem, not the request's.
      }
      return instead()
    } finally {
      clearTimeout(timer)
    }
  }

  function parse<T>(raw: string | null): T | undefined {
    if (raw === null) return undefined
    try {
      return JSON.parse(raw) as T
    } catch {
      return undefined
    }
  }

  const ms = (ttl: number) => Math.max(1, Math.ceil(ttl))

  return {
    getBody(key) {
      return redis(
        async (r) => parse<CachedBody>(await r.get(prefix + key)),
        () => fallback.getBody(key),
      )
    },
    async setBody(key, value, ttlMs) {
      await fallback.setBody(key, value, ttlMs)
      if (ttlMs <= 0) return
      await redis(
        async (r) => {
          await r.set(prefix + key, JSON.stringify(value), 'PX', ms(ttlMs))
        },
        async () => undefined,
      )
    },
    getFailure(key) {
      return redis(
        async (r) => parse<FailureNote>(await r.get(prefix + key)),
        () => fallback.getFailure(key),
      )
    },
    setFailure(key, value, ttlMs) {
      return redis(
        async (r) => {
          await r.set(prefix + key, JSON.stringify(value), 'PX', ms(ttlMs))
        },
        () => fallback.setFailure(key, value, ttlMs),
      )
    },
    acquireLease(key, owner, ttlMs) {
      return redis(
        async (r) => (await r.set(prefix + key, owner, 'PX', ms(ttlMs), 'NX')) === 'OK',
        () => fallback.acquireLease(key, owner, ttlMs),
      )
    },
    async releaseLease(key, owner) {
      await fallback.releaseLease(key, owner)
      await redis(
        async (r) => {
          await r.eval(RELEASE, 1, prefix + key, owner)
        },
        async () => undefined,
      )
    },
    take(key: string, config: TokenBucketConfig, now: number): Promise<TakeResult> {
      return redis(
        async (r) => {
          const reply = (await r.eval(
            TAKE,
            1,
            prefix + key,
            config.capacity,
            config.refillPerSecond,
            now,
          )) as [number, string]
          const tokens = Number(reply[1])
          const allowed = reply[0] === 1
          return {
            allowed,
            remaining: Math.floor(tokens),
            retryAfterMs: allowed ? 0 : Math.ceil(((1 - tokens) * 1000) / config.refillPerSecond),
          }
        },
        () => fallback.take(key, config, now),
      )
    },
    healthy: () => healthy,
    async close() {
      await fallback.close?.()
      if (owned === undefined) return
      let created: RedisClientLike | undefined
      try {
        created = await client
        let timer: ReturnType<typeof setTimeout> | undefined
        await Promise.race([
          created.quit(),
          new Promise((resolve) => {
            timer = setTimeout(resolve, 1_000)
          }),
        ]).finally(() => clearTimeout(timer))
      } catch {
        // Not connected: nothing to say goodbye to.
      } finally {
        // Stops reconnection attempts whatever state the connection is in.
        created?.disconnect?.()
      }
    },
  }
}
