/**
 * Several proxy instances sharing one real redis-server (started and stopped here, on
 * 127.0.0.1, persistence off): a burst spread over both instances costs one upstream call, the
 * rate limit is shared, and losing Redis mid-test degrades to per-instance memory without
 * failing a request.
 */
import type { RunningSimulator } from '@lago-analytics/simulator'
import { Redis } from 'ioredis'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createAnalyticsProxy } from '../src/createAnalyticsProxy.ts'
import { createRedisStore, type RedisStore } from '../src/createRedisStore.ts'
import type { AnalyticsProxy } from '../src/types.ts'
import {
  REDIS_SERVER,
  recordingFetch,
  serveProxy,
  startRedis,
  startUpstream,
  type RunningRedis,
  type ServedProxy,
  type UpstreamCall,
} from './helpers.ts'

if (REDIS_SERVER === undefined) {
  throw new Error('redis-server is required for these tests (apt-get install redis-server)')
}

let sim: RunningSimulator
let redis: RunningRedis
let client: Redis
const stores: RedisStore[] = []
const instances: { proxy: AnalyticsProxy; served: ServedProxy }[] = []
let calls: UpstreamCall[]
/** Every upstream call takes 150 ms (so a burst really overlaps), optionally with a fault. */
const upstreamMode = { delayMs: 150, fault: undefined as string | undefined }
const redisErrors: Error[] = []

beforeAll(async () => {
  ;[sim, redis] = await Promise.all([startUpstream(), startRedis()])
  const upstream = recordingFetch(
    async (request) => {
      await new Promise((resolve) => setTimeout(resolve, upstreamMode.delayMs))
      return fetch(request)
    },
    (): Record<string, string> =>
      upstreamMode.fault === undefined ? {} : { 'x-simulator-fault': upstreamMode.fault },
  )
  calls = upstream.calls
  // Instance 1 gets a client from the host; instance 2 lets the store create one from a URL.
  client = new Redis(redis.url, { enableOfflineQueue: false, maxRetriesPerRequest: 1 })
  client.on('error', () => undefined)
  await new Promise<void>((resolve) => client.once('ready', () => resolve()))
  stores.push(
    createRedisStore({ client, keyPrefix: 'test:', onError: (e) => redisErrors.push(e) }),
    createRedisStore({ url: redis.url, keyPrefix: 'test:', onError: (e) => redisErrors.push(e) }),
  )
  for (const store of stores) {
    const proxy = createAnalyticsProxy({
      apiUrl: sim.apiUrl,
      apiKey: sim.apiKey,
      dataApi: { url: sim.dataApiUrl, token: sim.dataApiToken, organizationId: sim.organizationId },
      store,
      rateLimit: { capacity: 1_000, refillPerSecond: 100 },
      timeoutMs: 2_000,
      fetch: upstream.fetch,
      authorize: (request) => {
        const subject = request.headers.get('x-user') ?? 'admin'
        return { datasets: 'all', subject }
      },
    })
    instances.push({ proxy, served: await serveProxy(proxy) })
  }
})

afterAll(async () => {
  for (const { served } of instances) await served.close()
  for (const store of stores) await store.close?.()
  client?.disconnect()
  await redis?.kill()
  await sim?.close()
})

async function burst(path: string, count: number, headers: Record<string, string> = {}) {
  const responses = await Promise.all(
    Array.from({ length: count }, (_, i) =>
      fetch(`${instances[i % instances.length]?.served.url}${path}`, { headers }),
    ),
  )
  return Promise.all(
    responses.map(async (r) => ({
      status: r.status,
      cache: r.headers.get('x-lago-analytics-cache'),
      body: await r.text(),
    })),
  )
}

describe('two instances sharing Redis', () => {
  it('a burst of identical requests over both instances → exactly 1 upstream call', async () => {
    const before = calls.length
    const results = await burst('/data-api/mrrs?currency=EUR&time_granularity=monthly', 100)
    const upstream = calls.length - before
    console.log(
      `redis: burst of 100 identical requests over 2 instances → ${upstream} upstream call(s)`,
    )
    expect(upstream).toBe(1)
    expect(new Set(results.map((r) => r.status))).toEqual(new Set([200]))
    expect(new Set(results.map((r) => r.body)).size).toBe(1)
    expect(results.filter((r) => r.cache === 'miss')).toHaveLength(1)
    // Both instances served from the one fetch.
    expect(results.filter((r, i) => i % 2 === 1 && r.cache !== 'miss').length).toBeGreaterThan(0)
    const again = await burst('/data-api/mrrs?currency=EUR&time_granularity=monthly', 10)
    expect(new Set(again.map((r) => r.cache))).toEqual(new Set(['hit']))
    expect(calls.length - before).toBe(1)
  })

  it('a failing upstream is fetched once for the whole burst and the failure shared', async () => {
    upstreamMode.fault = '503'
    const before = calls.length
    const results = await burst('/api/v1/analytics/overdue_balance?currency=USD', 40)
    upstreamMode.fault = undefined
    expect(new Set(results.map((r) => r.status))).toEqual(new Set([502]))
    expect(calls.length - before).toBe(1)
  })

  it('rate limits one principal across instances', async () => {
    const limited = stores.map((store) =>
      createAnalyticsProxy({
        apiUrl: sim.apiUrl,
        apiKey: sim.apiKey,
        store,
        rateLimit: { capacity: 5, refillPerSecond: 0.2 },
        authorize: () => ({ datasets: 'all', subject: 'busy-user' }),
      }),
    )
    const statuses: number[] = []
    for (let i = 0; i < 8; i++) {
      const proxy = limited[i % 2] as AnalyticsProxy
      const response = await proxy(new Request('http://app.test/api/v1/analytics/gross_revenue'))
      statuses.push(response.status)
      if (response.status === 429)
        expect(Number(response.headers.get('retry-after'))).toBeGreaterThanOrEqual(1)
      await response.arrayBuffer()
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429, 429])
  })

  it('losing Redis degrades to per-instance memory without failing requests', async () => {
    await burst('/api/v1/analytics/gross_revenue?currency=EUR', 4)
    await redis.kill()
    const before = calls.length
    const started = performance.now()
    const cached = await burst('/api/v1/analytics/gross_revenue?currency=EUR', 20)
    const fresh = await burst('/data-api/prepaid_credits?currency=EUR', 20)
    const elapsed = performance.now() - started
    const all = [...cached, ...fresh]
    expect(new Set(all.map((r) => r.status))).toEqual(new Set([200]))
    // Per instance now: at most one upstream call per instance and key.
    expect(calls.length - before).toBeLessThanOrEqual(4)
    expect(stores.every((store) => !store.healthy())).toBe(true)
    expect(redisErrors.length).toBeGreaterThan(0)
    console.log(
      `redis: after killing redis-server, 40 requests all 200 in ${Math.round(elapsed)} ms with ${calls.length - before} upstream calls`,
    )
  })
})
