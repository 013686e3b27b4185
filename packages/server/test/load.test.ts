/**
 * Load on 127.0.0.1: a burst of 200 concurrent identical requests costs exactly one upstream call;
 * 2,000 mixed requests (datasets, filters, principals) complete with bounded memory.
 */
import { Agent, request as httpRequest } from 'node:http'
import { DATASETS, type DatasetDefinition } from '@lago-analytics/client'
import type { RunningSimulator } from '@lago-analytics/simulator'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createAnalyticsProxy } from '../src/createAnalyticsProxy.ts'
import { createMemoryStore } from '../src/createMemoryStore.ts'
import type { AnalyticsProxy } from '../src/types.ts'
import {
  recordingFetch,
  serveProxy,
  startUpstream,
  type ServedProxy,
  type UpstreamCall,
} from './helpers.ts'

let sim: RunningSimulator
let served: ServedProxy
let proxy: AnalyticsProxy
let calls: UpstreamCall[]
// Smaller than the number of distinct requests below, so the LRU evicts under load.
const store = createMemoryStore({ maxEntries: 64 })
let customers: string[] = []
let slowUpstream = true

beforeAll(async () => {
  // A smaller organisation keeps the simulator's share of the CPU low; the proxy does the same work.
  sim = await startUpstream({ customers: 40 })
  customers = sim.simulator.ledger.customers
    .filter((c) => c.deletedAt === null)
    .slice(0, 20)
    .map((c) => c.externalId)
  // During the burst every upstream call takes at least 100 ms, so the requests really overlap.
  const upstream = recordingFetch(undefined, (): Record<string, string> =>
    slowUpstream ? { 'x-simulator-fault': 'latency;ms=100' } : {},
  )
  calls = upstream.calls
  proxy = createAnalyticsProxy({
    apiUrl: sim.apiUrl,
    apiKey: sim.apiKey,
    dataApi: { url: sim.dataApiUrl, token: sim.dataApiToken, organizationId: sim.organizationId },
    store,
    rateLimit: { capacity: 10_000, refillPerSecond: 1_000 },
    fetch: upstream.fetch,
    authorize: (request) => {
      const who = request.headers.get('authorization')?.replace(/^Bearer /, '') ?? ''
      if (who === 'admin') return { datasets: 'all' }
      return customers.includes(who) ? { datasets: 'all', externalCustomerId: who } : null
    },
  })
  served = await serveProxy(proxy)
})

afterAll(async () => {
  await served?.close()
  await sim?.close()
})

const pathOf = (d: DatasetDefinition) =>
  `${d.surface === 'public' ? '/api/v1/analytics/' : '/data-api/'}${d.path}`

function sampleRss() {
  let peak = process.memoryUsage().rss
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss)
  }, 5)
  return {
    stop() {
      clearInterval(timer)
      return Math.max(peak, process.memoryUsage().rss)
    },
  }
}

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024)

describe('load', () => {
  it('200 concurrent identical requests → exactly 1 upstream call', async () => {
    const before = calls.length
    const url = `${served.url}/data-api/revenue_streams?currency=EUR&time_granularity=monthly`
    const responses = await Promise.all(
      Array.from({ length: 200 }, () => fetch(url, { headers: { authorization: 'Bearer admin' } })),
    )
    const bodies = await Promise.all(responses.map((r) => r.text()))
    expect(responses.map((r) => r.status)).toEqual(Array.from({ length: 200 }, () => 200))
    expect(new Set(bodies).size).toBe(1)
    const upstream = calls.length - before
    console.log(`load: 200 concurrent identical requests → ${upstream} upstream call(s)`)
    expect(upstream).toBe(1)
  })

  it('2,000 mixed requests complete with bounded memory', async () => {
    slowUpstream = false
    const datasets = Object.values(DATASETS)
    const currencies = ['EUR', 'USD']
    const templates = Array.from({ length: 2_000 }, (_, i) => {
      const scoped = i % 3 !== 0
      const candidates = scoped ? datasets.filter((d) => d.customerScopable) : datasets
      const d = candidates[i % candidates.length] as DatasetDefinition
      const query = new URLSearchParams()
      query.set('currency', currencies[(i >> 2) % currencies.length] ?? 'EUR')
      if (d.params.includes('months')) query.set('months', String(1 + (i % 4)))
      if (d.params.includes('time_granularity'))
        query.set('time_granularity', ['daily', 'weekly', 'monthly'][i % 3] ?? 'monthly')
      const who = scoped ? (customers[(i >> 3) % 5] ?? '') : 'admin'
      return { url: `${served.url}${pathOf(d)}?${query}`, who }
    })
    const distinct = [...new Map(templates.map((t) => [`${t.who} ${t.url}`, t])).values()]
    // Skewed like real dashboards: 80 % of requests hit 24 hot queries, the rest anything.
    const jobs = templates.map((_, i) =>
      i % 5 === 0 ? distinct[(i / 5) % distinct.length] : distinct[i % 24],
    )
    // Plain keep-alive http.request: on this small machine undici's fetch is the bottleneck.
    const agent = new Agent({ keepAlive: true, maxSockets: 50 })
    const get = (url: string, who: string) =>
      new Promise<number>((resolve, reject) => {
        const req = httpRequest(
          url,
          { agent, headers: { authorization: `Bearer ${who}` } },
          (res) => {
            res.resume()
            res.on('end', () => resolve(res.statusCode ?? 0))
          },
        )
        req.on('error', reject)
        req.end()
      })
    const before = calls.length
    const rss = sampleRss()
    const started = performance.now()
    const statuses: Record<number, number> = {}
    let next = 0
    await Promise.all(
      Array.from({ length: 50 }, async () => {
        while (next < jobs.length) {
          const job = jobs[next++]
          if (job === undefined) break
          const status = await get(job.url, job.who)
          statuses[status] = (statuses[status] ?? 0) + 1
        }
      }),
    )
    const ms = Math.round(performance.now() - started)
    const peak = rss.stop()
    agent.destroy()
    const upstream = calls.length - before
    const size = store.size()
    console.log(
      `load: 2,000 mixed requests (${distinct.length} distinct) in ${ms} ms, statuses ${JSON.stringify(statuses)}, ${upstream} upstream calls, ` +
        `cache ${size.bodies} entries / ${mb(size.bodyChars * 2)} MB, peak RSS ${mb(peak)} MB (whole test process: simulator, proxy, clients)`,
    )
    expect(statuses).toEqual({ 200: 2_000 })
    expect(size.bodies).toBeLessThanOrEqual(64)
    expect(peak).toBeLessThan(1024 * 1024 * 1024)
  })
})
