import { PROXY_BODY_FORMAT } from '@lago-analytics/client/protocol'
import type { createSimulator } from '@lago-analytics/simulator'
import { type SimulatorOptions } from '@lago-analytics/simulator'
import { describe, expect, it } from 'vitest'
import {
  createTestSimulator,
  inProcessUpstream,
  NOW,
  read,
  recordingFetch,
  TEST_API_KEY,
  TEST_DATA_API_TOKEN,
} from '../test/helpers.ts'
import { createAnalyticsProxy, DEFAULT_RATE_LIMIT } from './createAnalyticsProxy.ts'
import { createMemoryStore } from './createMemoryStore.ts'
import type { AnalyticsProxyOptions, ProxyLogEvent, ProxyPrincipal } from './types.ts'

const T0 = Date.parse(NOW)

function setup(
  overrides: Partial<AnalyticsProxyOptions> = {},
  simulatorOptions: SimulatorOptions = {},
) {
  const sim = createTestSimulator({
    allowFaultHeader: true,
    ...simulatorOptions,
  })
  const state = { fault: undefined as string | undefined, clock: T0, delayMs: 0 }
  const upstream = recordingFetch(
    async (request) => {
      if (state.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, state.delayMs))
      return sim.fetch(request)
    },
    (): Record<string, string> =>
      state.fault === undefined ? {} : { 'x-simulator-fault': state.fault },
  )
  const events: ProxyLogEvent[] = []
  let principal: ProxyPrincipal | null = { datasets: 'all' }
  const proxy = createAnalyticsProxy({
    ...inProcessUpstream(sim.organizationId),
    authorize: () => principal,
    basePath: '/api/lago-analytics',
    fetch: upstream.fetch,
    logger: (event) => events.push(event),
    now: () => state.clock,
    rateLimit: false,
    timeoutMs: 300,
    ...overrides,
  })
  const get = (path: string, init: RequestInit = {}) =>
    proxy(new Request(`http://app.test/api/lago-analytics${path}`, init))
  return {
    sim,
    proxy,
    state,
    calls: upstream.calls,
    events,
    get,
    as(next: ProxyPrincipal | null) {
      principal = next
    },
  }
}

const customerOf = (sim: ReturnType<typeof createSimulator>) => {
  const customer = sim.ledger.customers.find((c) => c.currency === 'EUR' && c.deletedAt === null)
  if (customer === undefined) throw new Error('no customer')
  return customer.externalId
}

describe('routing', () => {
  it('serves the paths the browser client builds, under basePath', async () => {
    const { get } = setup()
    expect((await get('/api/v1/analytics/gross_revenue?currency=EUR')).status).toBe(200)
    expect((await get('/data-api/revenue_streams/plans?currency=EUR')).status).toBe(200)
  })

  it('answers 404 dataset_not_found for unknown datasets, never forwarding', async () => {
    const { get, calls } = setup()
    for (const path of [
      '/api/v1/analytics/finalized_invoices',
      '/api/v1/analytics/gross_revenue/',
      '/API/v1/analytics/gross_revenue',
      '/data-api/usages',
      '/data-api/revenue_streams/plans/extra',
      '/api/v1/analytics/gross%5Frevenue',
      '/',
    ]) {
      const response = await read(await get(path))
      expect(response.status, path).toBe(404)
      expect(JSON.parse(response.text)).toMatchObject({
        status: 404,
        error: 'Not Found',
        code: 'dataset_not_found',
      })
    }
    expect(calls).toHaveLength(0)
  })

  it('answers 404 not_found outside basePath, and handles() tells adapters', async () => {
    const { proxy } = setup()
    const response = await proxy(new Request('http://app.test/api/v1/analytics/mrr'))
    expect(response.status).toBe(404)
    expect(await response.json()).toMatchObject({ code: 'not_found' })
    expect(proxy.handles('/api/lago-analytics/api/v1/analytics/mrr?x=1')).toBe(true)
    expect(proxy.handles('http://x.test/api/lago-analytics')).toBe(true)
    expect(proxy.handles('/api/lago-analyticsx/api/v1/analytics/mrr')).toBe(false)
    expect(proxy.handles('/other')).toBe(false)
  })

  it('allows GET and HEAD only', async () => {
    const { get } = setup()
    const post = await get('/api/v1/analytics/mrr', { method: 'POST', body: '{}' })
    expect(post.status).toBe(405)
    expect(post.headers.get('allow')).toBe('GET, HEAD')
    const head = await get('/api/v1/analytics/mrr', { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(await head.text()).toBe('')
  })
})

describe('authorisation and scope', () => {
  it('401 when authorize returns null', async () => {
    const { get, as, calls } = setup()
    as(null)
    const response = await read(await get('/api/v1/analytics/mrr'))
    expect(response.status).toBe(401)
    expect(JSON.parse(response.text)).toMatchObject({ status: 401, code: 'unauthorized' })
    expect(calls).toHaveLength(0)
  })

  it('500 (logged, fail closed) when authorize throws or answers nonsense', async () => {
    const thrower = setup({
      authorize: () => {
        throw new Error('session store down')
      },
    })
    expect((await thrower.get('/api/v1/analytics/mrr')).status).toBe(500)
    expect(thrower.events.some((e) => e.event === 'authorize_error')).toBe(true)
    const { get, as, calls } = setup()
    as({ datasets: 'all', externalCustomerId: '' })
    expect((await get('/api/v1/analytics/gross_revenue')).status).toBe(500)
    as({ datasets: 'everything' } as unknown as ProxyPrincipal)
    expect((await get('/api/v1/analytics/gross_revenue')).status).toBe(500)
    expect(calls).toHaveLength(0)
  })

  it('403 dataset_forbidden outside the principal datasets', async () => {
    const { get, as } = setup()
    as({ datasets: ['grossRevenue'] })
    expect((await get('/api/v1/analytics/gross_revenue')).status).toBe(200)
    const response = await get('/api/v1/analytics/mrr')
    expect(response.status).toBe(403)
    expect(await response.json()).toMatchObject({ code: 'dataset_forbidden' })
  })

  it('forces external_customer_id for scoped principals and refuses unscopable datasets', async () => {
    const { get, as, calls, sim } = setup()
    const customer = customerOf(sim)
    as({ datasets: 'all', externalCustomerId: customer })
    expect((await get('/api/v1/analytics/gross_revenue?currency=EUR')).status).toBe(200)
    expect(new URL(calls[0]?.url ?? '').searchParams.getAll('external_customer_id')).toEqual([
      customer,
    ])
    expect(
      (await get(`/data-api/mrrs?external_customer_id=${encodeURIComponent(customer)}`)).status,
    ).toBe(200)
    const conflict = await get('/api/v1/analytics/gross_revenue?external_customer_id=someone-else')
    expect(conflict.status).toBe(403)
    expect(await conflict.json()).toMatchObject({ code: 'customer_scope_conflict' })
    for (const path of [
      '/api/v1/analytics/mrr',
      '/data-api/revenue_streams/customers',
      '/data-api/mrrs/plans',
    ]) {
      const response = await get(path)
      expect(response.status, path).toBe(403)
      expect(await response.json()).toMatchObject({ code: 'dataset_not_customer_scopable' })
    }
    expect(calls).toHaveLength(2)
  })
})

describe('parameters', () => {
  it.each([
    ['?foo=1', 'unknown_parameter'],
    ['?Currency=EUR', 'unknown_parameter'],
    ['?currency=EUR&currency=USD', 'duplicate_parameter'],
    ['?currency=EUR&currency=EUR', 'duplicate_parameter'],
    ['?currency=EURO', 'invalid_parameter'],
    ['?months=0', 'invalid_parameter'],
    ['?months=1.5', 'invalid_parameter'],
    ['?currency=', 'invalid_parameter'],
    ['?billing_entity_code=a%00b', 'invalid_parameter'],
  ])('%s → 400 %s, nothing forwarded', async (query, code) => {
    const { get, calls } = setup()
    const response = await read(await get(`/api/v1/analytics/mrr${query}`))
    expect(response.status).toBe(400)
    expect(JSON.parse(response.text)).toMatchObject({ status: 400, error: 'Bad Request', code })
    expect(response.headers['cache-control']).toBe('no-store')
    expect(calls).toHaveLength(0)
  })

  it('validates Data API values like the client (dates, enums, booleans)', async () => {
    const { get, calls } = setup()
    for (const query of [
      '?from_date=2026-02-30',
      '?from_date=2026-05-01&to_date=2026-04-01',
      '?time_granularity=yearly',
      '?is_customer_tin_empty=yes',
      '?customer_type=reseller',
    ]) {
      expect((await get(`/data-api/revenue_streams${query}`)).status, query).toBe(400)
    }
    expect(calls).toHaveLength(0)
  })

  it('forwards a canonical query: declared order, upper-cased codes, one cache entry', async () => {
    const { get, calls } = setup()
    expect((await get('/api/v1/analytics/gross_revenue?months=3&currency=eur')).status).toBe(200)
    expect((await get('/api/v1/analytics/gross_revenue?currency=EUR&months=03')).status).toBe(200)
    expect(calls).toHaveLength(1)
    expect(new URL(calls[0]?.url ?? '').search).toBe('?currency=EUR&months=3')
  })
})

describe('upstream requests', () => {
  it('never forwards browser credentials; adds the key server-side', async () => {
    const { get, calls } = setup()
    await get('/api/v1/analytics/gross_revenue', {
      headers: { authorization: 'Bearer browser-session', cookie: 'sid=abc', 'x-custom': '1' },
    })
    await get('/data-api/mrrs', { headers: { authorization: 'Bearer browser-session' } })
    expect(calls.map((c) => c.headers.authorization)).toEqual([
      `Bearer ${TEST_API_KEY}`,
      `Bearer ${TEST_DATA_API_TOKEN}`,
    ])
    for (const call of calls) {
      expect(call.headers.cookie).toBeUndefined()
      expect(call.headers['x-custom']).toBeUndefined()
    }
  })

  it('501 data_api_not_configured without a Data API upstream', async () => {
    const { get, calls } = setup({ dataApi: undefined })
    const response = await get('/data-api/mrrs')
    expect(response.status).toBe(501)
    expect(await response.json()).toMatchObject({ code: 'data_api_not_configured' })
    expect((await get('/api/v1/analytics/usage')).status).toBe(200)
    expect(calls).toHaveLength(1)
  })

  it('passes Lago 4xx bodies through (403 feature_unavailable, 429 with Retry-After)', async () => {
    const { get, state } = setup({}, { premium: false })
    const forbidden = await read(await get('/api/v1/analytics/mrr'))
    expect(forbidden.status).toBe(403)
    expect(JSON.parse(forbidden.text)).toMatchObject({
      status: 403,
      error: 'Forbidden',
      code: 'feature_unavailable',
    })
    state.fault = 'rate-limit;seconds=7'
    const limited = await read(await get('/api/v1/analytics/gross_revenue'))
    expect(limited.status).toBe(429)
    expect(limited.headers['retry-after']).toBe('7')
    expect(limited.headers['x-ratelimit-reset']).toBe('7')
    expect(JSON.parse(limited.text)).toMatchObject({ code: 'too_many_requests' })
  })

  it('maps 5xx, timeouts, malformed and oversized bodies to safe 502/504 JSON', async () => {
    const { get, state, calls } = setup()
    const cases: [string, number, string][] = [
      ['500', 502, 'upstream_error'],
      ['502', 502, 'upstream_error'],
      ['503', 502, 'upstream_error'],
      ['hang', 504, 'upstream_timeout'],
      ['malformed-json', 502, 'upstream_invalid_response'],
      ['wrong-types', 502, 'upstream_invalid_response'],
    ]
    for (const [fault, status, code] of cases) {
      state.fault = fault
      const response = await read(await get('/api/v1/analytics/gross_revenue'))
      expect(response.status, fault).toBe(status)
      expect(JSON.parse(response.text), fault).toMatchObject({ status, code })
      expect(response.text).not.toContain('<html>')
    }
    // Nothing malformed was cached: every attempt went upstream.
    expect(calls).toHaveLength(cases.length)
    state.fault = undefined
    expect((await get('/api/v1/analytics/gross_revenue')).status).toBe(200)
    const small = setup({ maxResponseBytes: 200 })
    const large = await small.get('/api/v1/analytics/gross_revenue')
    expect(large.status).toBe(502)
    expect(await large.json()).toMatchObject({ code: 'upstream_response_too_large' })
  })

  it('502 upstream_unauthorized when Lago rejects the proxy key (not a 401 for the browser)', async () => {
    const { get } = setup({ apiKey: 'wrong-key-1234567' })
    const response = await get('/api/v1/analytics/gross_revenue')
    expect(response.status).toBe(502)
    expect(await response.json()).toMatchObject({ code: 'upstream_unauthorized' })
  })
})

describe('caching', () => {
  it('sends Cache-Control until the next 00:00 UTC + 15 min, ETag, data-as-of; 304 on If-None-Match', async () => {
    const { get, calls } = setup()
    const first = await read(await get('/api/v1/analytics/gross_revenue'))
    expect(first.headers['cache-control']).toBe(
      `private, max-age=${(Date.parse('2026-11-25T00:15:00Z') - T0) / 1000}`,
    )
    expect(first.headers['x-lago-analytics-data-as-of']).toBe('2026-11-24T00:00:00.000Z')
    expect(first.headers.etag).toMatch(/^"[\w-]{43}"$/)
    expect(first.headers['x-lago-analytics-cache']).toBe('miss')
    expect(first.headers.vary).toBe('Authorization, Cookie')
    const again = await get('/api/v1/analytics/gross_revenue', {
      headers: { 'if-none-match': `W/${first.headers.etag}` },
    })
    expect(again.status).toBe(304)
    expect(await again.text()).toBe('')
    expect(again.headers.get('etag')).toBe(first.headers.etag)
    expect(calls).toHaveLength(1)
  })

  it('public s-maxage only for unscoped principals when configured', async () => {
    const { get, as, sim } = setup({ cache: { sharedForUnscoped: true } })
    const seconds = (Date.parse('2026-11-25T00:15:00Z') - T0) / 1000
    expect((await get('/api/v1/analytics/gross_revenue')).headers.get('cache-control')).toBe(
      `public, max-age=${seconds}, s-maxage=${seconds}`,
    )
    as({ datasets: 'all', externalCustomerId: customerOf(sim) })
    expect((await get('/api/v1/analytics/gross_revenue')).headers.get('cache-control')).toBe(
      `private, max-age=${seconds}`,
    )
  })

  it('refetches after the refresh instant; serves stale with a header when Lago then fails', async () => {
    const { get, state, calls } = setup({ cache: { staleIfErrorSeconds: 3_600 } })
    const fresh = await read(await get('/data-api/mrrs?currency=EUR'))
    state.clock = Date.parse('2026-11-25T00:16:00Z')
    state.fault = '503'
    const stale = await read(await get('/data-api/mrrs?currency=EUR'))
    expect(stale.status).toBe(200)
    expect(stale.text).toBe(fresh.text)
    expect(stale.headers['x-lago-analytics-stale']).toBe('1')
    expect(stale.headers['x-lago-analytics-stale-reason']).toBe('upstream_error')
    expect(stale.headers.warning).toContain('110')
    expect(stale.headers['cache-control']).toBe('private, max-age=0, must-revalidate')
    state.fault = undefined
    const refreshed = await read(await get('/data-api/mrrs?currency=EUR'))
    expect(refreshed.headers['x-lago-analytics-stale']).toBeUndefined()
    expect(refreshed.headers['x-lago-analytics-data-as-of']).toBe('2026-11-25T00:00:00.000Z')
    expect(calls).toHaveLength(3)
    // Past the stale-if-error window the failure reaches the browser.
    state.clock = Date.parse('2026-11-26T02:00:00Z')
    state.fault = '500'
    expect((await get('/data-api/mrrs?currency=EUR')).status).toBe(502)
  })

  it('serves stale on a malformed body, never on a verdict such as 403 feature_unavailable', async () => {
    const { get, state } = setup()
    await get('/api/v1/analytics/gross_revenue')
    state.clock = Date.parse('2026-11-25T01:00:00Z')
    state.fault = 'malformed-json'
    expect(
      (await get('/api/v1/analytics/gross_revenue')).headers.get('x-lago-analytics-stale'),
    ).toBe('1')
    let verdict = false
    const good = JSON.stringify({
      mrrs: [{ month: '2026-01-01T00:00:00.000Z', amount_cents: 1, currency: 'EUR' }],
    })
    const forbidden = JSON.stringify({
      status: 403,
      error: 'Forbidden',
      code: 'feature_unavailable',
    })
    let clock = T0
    const proxy = createAnalyticsProxy({
      apiUrl: 'http://lago.test',
      apiKey: TEST_API_KEY,
      authorize: () => ({ datasets: 'all' }),
      now: () => clock,
      fetch: async () => new Response(verdict ? forbidden : good, { status: verdict ? 403 : 200 }),
    })
    expect((await proxy(new Request('http://x.test/api/v1/analytics/mrr'))).status).toBe(200)
    clock = Date.parse('2026-11-25T01:00:00Z')
    verdict = true
    const response = await proxy(new Request('http://x.test/api/v1/analytics/mrr'))
    expect(response.status).toBe(403)
    expect(await response.json()).toMatchObject({ code: 'feature_unavailable' })
  })

  it('coalesces concurrent identical requests into one upstream call', async () => {
    const { get, state, calls, proxy } = setup()
    state.fault = 'latency;ms=50'
    const responses = await Promise.all(
      Array.from({ length: 50 }, () => get('/data-api/revenue_streams?currency=USD')),
    )
    expect(responses.every((r) => r.status === 200)).toBe(true)
    expect(calls).toHaveLength(1)
    expect(proxy.stats()).toMatchObject({ upstreamRequests: 1, coalesced: 49 })
  })

  it('shares one failure between coalesced requests (no storm)', async () => {
    const { get, state, calls } = setup()
    state.fault = '500'
    state.delayMs = 30
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => get('/api/v1/analytics/overdue_balance')),
    )
    expect(new Set(responses.map((r) => r.status))).toEqual(new Set([502]))
    expect(calls).toHaveLength(1)
  })

  it('cache: false still coalesces but fetches each sequential request', async () => {
    const { get, calls } = setup({ cache: false })
    await get('/api/v1/analytics/gross_revenue')
    await get('/api/v1/analytics/gross_revenue')
    expect(calls).toHaveLength(2)
  })

  it('keeps scoped and unscoped answers apart', async () => {
    const { get, as, sim, calls } = setup()
    await get('/api/v1/analytics/gross_revenue?currency=EUR')
    as({ datasets: 'all', externalCustomerId: customerOf(sim) })
    const scoped = await get('/api/v1/analytics/gross_revenue?currency=EUR')
    expect(scoped.headers.get('x-lago-analytics-cache')).toBe('miss')
    expect(calls).toHaveLength(2)
  })
})

describe('rate limiting', () => {
  it('429 with Retry-After and a Lago-shaped body once a principal spends its bucket', async () => {
    const { get, as, state, calls } = setup({ rateLimit: { capacity: 3, refillPerSecond: 0.5 } })
    as({ datasets: 'all', subject: 'user-1' })
    for (let i = 0; i < 3; i++)
      expect((await get('/api/v1/analytics/gross_revenue')).status).toBe(200)
    const limited = await read(await get('/api/v1/analytics/gross_revenue'))
    expect(limited.status).toBe(429)
    expect(limited.headers['retry-after']).toBe('2')
    expect(JSON.parse(limited.text)).toMatchObject({
      status: 429,
      error: 'Too Many Requests',
      code: 'too_many_requests',
    })
    as({ datasets: 'all', subject: 'user-2' })
    expect((await get('/api/v1/analytics/gross_revenue')).status).toBe(200)
    as({ datasets: 'all', subject: 'user-1' })
    state.clock += 2_000
    expect((await get('/api/v1/analytics/gross_revenue')).status).toBe(200)
    expect(calls).toHaveLength(1)
  })

  it('by default holds 120 requests at once and refills 4 per second', async () => {
    const { get, state } = setup({ rateLimit: undefined })
    expect(DEFAULT_RATE_LIMIT).toEqual({ capacity: 120, refillPerSecond: 4 })
    const statuses = new Set<number>()
    for (let i = 0; i < 120; i++) statuses.add((await get('/api/v1/analytics/mrr')).status)
    expect([...statuses]).toEqual([200])
    const limited = await get('/api/v1/analytics/mrr')
    expect(limited.status).toBe(429)
    expect(limited.headers.get('x-ratelimit-limit')).toBe('120')
    state.clock += 250
    expect((await get('/api/v1/analytics/mrr')).status).toBe(200)
    expect((await get('/api/v1/analytics/mrr')).status).toBe(429)
  })

  it('defaults the subject to a hash of the browser credential', async () => {
    const { get } = setup({ rateLimit: { capacity: 1, refillPerSecond: 0.001 } })
    const as = (token: string) => ({ headers: { authorization: `Bearer ${token}` } })
    expect((await get('/api/v1/analytics/mrr', as('a'))).status).toBe(200)
    expect((await get('/api/v1/analytics/mrr', as('a'))).status).toBe(429)
    expect((await get('/api/v1/analytics/mrr', as('b'))).status).toBe(200)
  })
})

describe('secrets', () => {
  it('the logger never receives the key, token or browser credentials', async () => {
    const { get, state, events, as, sim } = setup({
      rateLimit: { capacity: 5, refillPerSecond: 1 },
    })
    const faults = [undefined, '500', 'hang', 'malformed-json', 'rate-limit;seconds=1', undefined]
    for (const fault of faults) {
      state.fault = fault
      await get('/api/v1/analytics/gross_revenue?currency=EUR', {
        headers: { authorization: 'Bearer browser-secret-session' },
      })
      await get('/data-api/mrrs?currency=EUR')
    }
    as({ datasets: 'all', externalCustomerId: customerOf(sim) })
    await get('/api/v1/analytics/mrr?nope=1')
    const serialized = JSON.stringify(events)
    expect(events.length).toBeGreaterThan(10)
    for (const secret of [TEST_API_KEY, TEST_DATA_API_TOKEN, 'browser-secret-session']) {
      expect(serialized).not.toContain(secret)
    }
  })

  it('redacts a key an upstream echoes, in bodies, error fields and logs', async () => {
    const events: ProxyLogEvent[] = []
    const echo = JSON.stringify({
      status: 403,
      error: `Forbidden for ${TEST_API_KEY}`,
      code: 'feature_unavailable',
      error_details: { key: TEST_API_KEY },
    })
    const proxy = createAnalyticsProxy({
      apiUrl: 'http://lago.test',
      apiKey: TEST_API_KEY,
      authorize: () => ({ datasets: 'all' }),
      logger: (event) => events.push(event),
      fetch: async () =>
        new Response(echo, { status: 403, headers: { 'content-type': 'application/json' } }),
    })
    const response = await read(await proxy(new Request('http://x.test/api/v1/analytics/mrr')))
    expect(response.status).toBe(403)
    expect(JSON.parse(response.text)).toMatchObject({ code: 'feature_unavailable' })
    expect(response.text).not.toContain(TEST_API_KEY)
    expect(JSON.stringify(response.headers)).not.toContain(TEST_API_KEY)
    const body = JSON.stringify({
      mrrs: [{ month: '2026-01-01T00:00:00.000Z', amount_cents: 1, currency: `EUR` }],
      note: TEST_API_KEY,
    })
    const ok = createAnalyticsProxy({
      apiUrl: 'http://lago.test',
      apiKey: TEST_API_KEY,
      authorize: () => ({ datasets: 'all' }),
      fetch: async () => new Response(body, { status: 200 }),
    })
    const text = await (await ok(new Request('http://x.test/api/v1/analytics/mrr'))).text()
    expect(text).not.toContain(TEST_API_KEY)
    expect(JSON.parse(text)).toMatchObject({
      format: PROXY_BODY_FORMAT,
      rows: [{ amountCents: 1 }],
    })
    expect(JSON.stringify(events)).not.toContain(TEST_API_KEY)
  })

  it('validates its options', () => {
    const base = { apiUrl: 'http://x', apiKey: 'k', authorize: () => null }
    expect(() => createAnalyticsProxy({ ...base, apiKey: '' })).toThrow(/apiKey/)
    expect(() => createAnalyticsProxy({ ...base, basePath: 'relative' })).toThrow(/basePath/)
    expect(() => createAnalyticsProxy({ ...base, timeoutMs: 0 })).toThrow(/timeoutMs/)
    expect(() =>
      createAnalyticsProxy({
        ...base,
        dataApi: { url: 'http://x', token: '', organizationId: 'o' },
      }),
    ).toThrow(/dataApi.token/)
    expect(() => createAnalyticsProxy({ ...base, cache: { refreshMarginMinutes: 2_000 } })).toThrow(
      /refreshMarginMinutes/,
    )
  })

  it('uses the store it is given', async () => {
    const store = createMemoryStore({ maxEntries: 2 })
    const { get } = setup({ store })
    await get('/api/v1/analytics/gross_revenue')
    await get('/api/v1/analytics/mrr')
    await get('/api/v1/analytics/overdue_balance')
    expect(store.size().bodies).toBe(2)
  })
})
