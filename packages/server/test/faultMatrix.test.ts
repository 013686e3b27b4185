/**
 * Fault matrix: every simulator fault × every dataset, browser client → proxy → simulator, all
 * over HTTP on 127.0.0.1. Checks that retries follow backoff and Retry-After, that each client
 * attempt costs at most one upstream call (no storm), that typed errors reach the caller, and
 * that stale data is served, flagged, when the upstream fails after a refresh.
 */
import {
  createLagoAnalyticsClient,
  DATASET_NAMES,
  LagoAnalyticsHttpError,
  type DatasetName,
} from '@lago-analytics/client'
import { FAULT_NAMES, type FaultName, type RunningSimulator } from '@lago-analytics/simulator'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createAnalyticsProxy } from '../src/createAnalyticsProxy.ts'
import { toNodeHandler, type NodeHandler } from '../src/toNodeHandler.ts'
import {
  NOW,
  recordingFetch,
  serveHandler,
  startUpstream,
  type ServedProxy,
  type UpstreamCall,
} from './helpers.ts'

// Generous for a loaded single process (simulator, proxies and clients share one event loop);
// it is also how long each `hang` fault costs.
const PROXY_TIMEOUT_MS = 1_000
const RETRY = { retries: 2, baseDelayMs: 10, maxDelayMs: 40, maxRetryAfterMs: 2_000 }
let sim: RunningSimulator
let server: ServedProxy
const routes = new Map<string, NodeHandler>()
let nextId = 0

beforeAll(async () => {
  sim = await startUpstream()
  server = await serveHandler((req, res) => {
    const prefix = /^\/(c\d+)\//.exec(req.url ?? '')?.[1]
    const handler = prefix === undefined ? undefined : routes.get(prefix)
    if (handler === undefined) {
      res.writeHead(404).end()
      return
    }
    handler(req, res)
  })
  // Warm the simulator's computations once, so cold-start CPU time never looks like a hang.
  const warm = combo()
  for (const name of DATASET_NAMES) await warm.client.request(name, params(name) as never)
})

afterAll(async () => {
  await server?.close()
  await sim?.close()
})

function faultHeader(fault: FaultName, id: string, times: number | undefined): string {
  const extra = fault === 'latency' ? ';ms=30' : fault === 'rate-limit' ? ';seconds=1' : ''
  return `${fault}${extra}${times === undefined ? '' : `;times=${times}`};id=${id}`
}

interface Combo {
  calls: UpstreamCall[]
  attempts: number[]
  /** When each attempt's response was fully read. */
  answered: number[]
  clock: { now: number }
  client: ReturnType<typeof createLagoAnalyticsClient>
  proxyUrl: string
  fault: { header: string | undefined }
}

/** One proxy (own cache) and one browser client per combination. */
function combo(maxRetryAfterMs = RETRY.maxRetryAfterMs): Combo {
  const id = `c${nextId++}`
  const fault = { header: undefined as string | undefined }
  const clock = { now: Date.parse(NOW) }
  const upstream = recordingFetch(
    (request) => fetch(request),
    (): Record<string, string> =>
      fault.header === undefined ? {} : { 'x-simulator-fault': fault.header },
  )
  const proxy = createAnalyticsProxy({
    apiUrl: sim.apiUrl,
    apiKey: sim.apiKey,
    dataApi: { url: sim.dataApiUrl, token: sim.dataApiToken, organizationId: sim.organizationId },
    authorize: () => ({ datasets: 'all' }),
    basePath: `/${id}`,
    rateLimit: false,
    timeoutMs: PROXY_TIMEOUT_MS,
    fetch: upstream.fetch,
    now: () => clock.now,
  })
  routes.set(id, toNodeHandler(proxy))
  const attempts: number[] = []
  const answered: number[] = []
  const proxyUrl = `${server.url}/${id}`
  const client = createLagoAnalyticsClient({
    proxyUrl,
    getAccessToken: () => 'host-session',
    retry: { ...RETRY, maxRetryAfterMs },
    timeoutMs: 5_000,
    fetch: async (input, init) => {
      attempts.push(performance.now())
      const response = await fetch(input, init)
      const body = await response.arrayBuffer()
      answered.push(performance.now())
      return new Response(body, response)
    },
  })
  return { calls: upstream.calls, attempts, answered, clock, client, proxyUrl, fault }
}

const params = (name: DatasetName) =>
  name === 'usage' ? { currency: 'EUR', timeGranularity: 'monthly' as const } : { currency: 'EUR' }
/** Wait between the end of attempt n and the start of attempt n + 1. */
const waits = (c: Combo) => c.attempts.slice(1).map((start, i) => start - (c.answered[i] ?? start))

const TRANSIENT_OK: FaultName[] = ['latency', 'legacy-strings']
const FAILING = FAULT_NAMES.filter((fault) => !TRANSIENT_OK.includes(fault))

describe('fault matrix: client → proxy → simulator', () => {
  it(`${FAULT_NAMES.length} faults × ${DATASET_NAMES.length} datasets, once each: recovered by retries, ≤ 1 upstream call per attempt`, async () => {
    const results = await Promise.all(
      FAULT_NAMES.flatMap((fault) =>
        DATASET_NAMES.map(async (name) => {
          const c = combo()
          c.fault.header = faultHeader(fault, `t-${fault}-${name}`, 1)
          const started = performance.now()
          const result = await c.client.request(name, params(name) as never)
          return { fault, name, c, result, ms: performance.now() - started }
        }),
      ),
    )
    const summary: Record<string, { upstream: number; attempts: number; maxMs: number }> = {}
    for (const { fault, name, c, result, ms } of results) {
      const label = `${fault}/${name}`
      expect(result.rows.length, label).toBeGreaterThan(0)
      const expectedCalls = TRANSIENT_OK.includes(fault) ? 1 : 2
      expect(c.calls, label).toHaveLength(expectedCalls)
      expect(c.attempts, label).toHaveLength(expectedCalls)
      if (fault === 'rate-limit') {
        // Retry-After: 1 passed through and honoured.
        expect(waits(c)[0], label).toBeGreaterThanOrEqual(950)
      } else if (expectedCalls === 2) {
        // Backoff with equal jitter: at least half the base delay, at most the cap plus slack.
        expect(waits(c)[0], label).toBeGreaterThanOrEqual(4)
        expect(waits(c)[0], label).toBeLessThan(2_000)
      }
      const row = (summary[fault] ??= { upstream: 0, attempts: 0, maxMs: 0 })
      row.upstream += c.calls.length
      row.attempts += c.attempts.length
      row.maxMs = Math.max(row.maxMs, Math.round(ms))
    }
    console.log('fault matrix (transient, times=1), per fault over all datasets:')
    console.table(summary)
  })

  it(`persistent faults reach the caller as typed errors after bounded retries`, async () => {
    const results = await Promise.all(
      FAILING.flatMap((fault) =>
        DATASET_NAMES.map(async (name) => {
          const c = combo(500)
          c.fault.header = faultHeader(fault, `p-${fault}-${name}`, undefined)
          const error = await c.client.request(name, params(name) as never).then(
            () => undefined,
            (e: unknown) => e,
          )
          return { fault, name, c, error }
        }),
      ),
    )
    let upstream = 0
    for (const { fault, name, c, error } of results) {
      const label = `${fault}/${name}`
      expect(error, label).toBeInstanceOf(LagoAnalyticsHttpError)
      const http = error as LagoAnalyticsHttpError
      switch (fault) {
        case '500':
        case '502':
        case '503':
          expect([http.status, http.lagoCode], label).toEqual([502, 'upstream_error'])
          break
        case 'hang':
          expect([http.status, http.lagoCode], label).toEqual([504, 'upstream_timeout'])
          break
        case 'malformed-json':
        case 'wrong-types':
          expect([http.status, http.lagoCode], label).toEqual([502, 'upstream_invalid_response'])
          break
        case 'rate-limit':
          // Retry-After (1 s) is longer than this client's maxRetryAfterMs: fails at once, with the wait.
          expect([http.status, http.lagoCode], label).toEqual([429, 'too_many_requests'])
          expect(http.rateLimit?.retryAfterMs, label).toBe(1_000)
          break
        case 'latency':
        case 'legacy-strings':
          throw new Error(`${fault} does not fail`)
        default: {
          const exhaustive: never = fault
          throw new Error(`unhandled ${String(exhaustive)}`)
        }
      }
      const expectedCalls = fault === 'rate-limit' ? 1 : 1 + RETRY.retries
      expect(c.attempts, label).toHaveLength(expectedCalls)
      expect(c.calls, label).toHaveLength(expectedCalls)
      expect(http.message, label).not.toContain(sim.apiKey)
      upstream += c.calls.length
    }
    console.log(
      `persistent faults: ${results.length} failing requests cost ${upstream} upstream calls`,
    )
  })

  it('after a refresh, a failing upstream gets the stale body, flagged, for every fault × dataset', async () => {
    const results = await Promise.all(
      FAILING.flatMap((fault) =>
        DATASET_NAMES.map(async (name) => {
          const c = combo()
          const fresh = await c.client.request(name, params(name) as never)
          c.clock.now = Date.parse('2026-11-25T00:20:00Z')
          c.fault.header = faultHeader(fault, `s-${fault}-${name}`, undefined)
          const stale = await c.client.request(name, params(name) as never)
          const response = await fetch(`${c.client.url(name, params(name) as never)}`, {
            headers: { authorization: 'Bearer host-session' },
          })
          // Read at once: a body left unread while 134 other combinations run can be cut off by
          // the server's timeouts on a loaded machine ("other side closed").
          await response.arrayBuffer()
          const raw = { status: response.status, headers: response.headers }
          return { fault, name, c, fresh, stale, raw }
        }),
      ),
    )
    for (const { fault, name, c, fresh, stale, raw } of results) {
      const label = `${fault}/${name}`
      expect(stale, label).toEqual(fresh)
      expect(raw.status, label).toBe(200)
      expect(raw.headers.get('x-lago-analytics-stale'), label).toBe('1')
      expect(raw.headers.get('x-lago-analytics-data-as-of'), label).toBe('2026-11-24T00:00:00.000Z')
      // Warm-up, then one failed refresh per request: the stale answer needs no client retry.
      expect(c.attempts, label).toHaveLength(2)
      expect(c.calls.length, label).toBe(3)
    }
  })
})
