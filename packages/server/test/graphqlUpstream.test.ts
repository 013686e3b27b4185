/**
 * GraphQL upstream mode against a fake Lago GraphQL server (the simulator has no GraphQL):
 * login, token caching and renewal, one re-login on expiry, errors[] on HTTP 200, BigInt
 * strings, and rows equal to what the REST Data API gives.
 */
import {
  createLagoAnalyticsClient,
  DATASET_NAMES,
  DATASETS,
  LagoAnalyticsHttpError,
  type DatasetName,
} from '@lago-analytics/client'
import { PROXY_BODY_FORMAT } from '@lago-analytics/client/protocol'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createAnalyticsProxy } from '../src/createAnalyticsProxy.ts'
import type { AnalyticsProxy, ProxyLogEvent } from '../src/types.ts'
import { startFakeGraphql, type FakeGraphql } from './fakeGraphqlServer.ts'
import {
  createTestSimulator,
  inProcessUpstream,
  recordingFetch,
  TEST_API_KEY,
  TEST_GRAPHQL_PASSWORD,
} from './helpers.ts'

const EMAIL = 'analytics-proxy@example.com'
const sim = createTestSimulator()
let fake: FakeGraphql
let events: ProxyLogEvent[]

const DATA_API = DATASET_NAMES.filter((name) => DATASETS[name].surface === 'dataApi')

function graphqlProxy(password = TEST_GRAPHQL_PASSWORD): AnalyticsProxy {
  return createAnalyticsProxy({
    apiUrl: 'http://unused.test',
    apiKey: TEST_API_KEY,
    dataApi: {
      graphql: { url: fake.graphqlUrl, email: EMAIL, password, organizationId: sim.organizationId },
    },
    authorize: () => ({ datasets: 'all' }),
    rateLimit: false,
    logger: (event) => events.push(event),
  })
}

function restProxy(): AnalyticsProxy {
  return createAnalyticsProxy({
    ...inProcessUpstream(sim.organizationId),
    authorize: () => ({ datasets: 'all' }),
    rateLimit: false,
    fetch: recordingFetch((request) => sim.fetch(request)).fetch,
  })
}

const clientOf = (proxy: AnalyticsProxy) =>
  createLagoAnalyticsClient({
    proxyUrl: 'http://app.test',
    getAccessToken: () => 'browser-session-token',
    retry: false,
    fetch: async (input, init) => proxy(new Request(input as string, init)),
  })

const PARAMS: Partial<Record<DatasetName, object>> = {
  revenueByPlan: { currency: 'EUR', limit: 5, page: 2, orderBy: 'net_revenue_amount_cents' },
  revenueByCustomer: { currency: 'USD', limit: 3 },
  mrrByPlan: { currency: 'EUR', limit: 4 },
  invoicedUsageByMetric: { currency: 'EUR', timeGranularity: 'monthly', fromDate: '2026-01-01' },
}

beforeAll(async () => {
  fake = await startFakeGraphql({ simulator: sim, email: EMAIL, password: TEST_GRAPHQL_PASSWORD })
})
afterAll(async () => {
  await fake?.close()
})
beforeEach(() => {
  events = []
  fake.logins = 0
  fake.queries.length = 0
  fake.alwaysUnauthorized = false
  fake.nextErrors = []
  fake.next500 = 0
})

describe('GraphQL upstream', () => {
  it('serves every Data API dataset with the same rows as the REST Data API', async () => {
    const viaGraphql = clientOf(graphqlProxy())
    const viaRest = clientOf(restProxy())
    for (const name of DATA_API) {
      const params = PARAMS[name] ?? { currency: 'EUR', timeGranularity: 'monthly' }
      const a = await viaGraphql.request(name, params as never)
      const b = await viaRest.request(name, params as never)
      expect(a.rows.length, name).toBeGreaterThan(0)
      expect(a, name).toEqual(b)
    }
    expect(fake.logins).toBe(1)
    expect(fake.queries.map((q) => q.field)).toContain('dataApiRevenueStreamsPlans')
    const plans = fake.queries.find((q) => q.field === 'dataApiRevenueStreamsPlans')
    expect(plans?.variables).toEqual({
      currency: 'EUR',
      limit: 5,
      page: 2,
      orderBy: 'net_revenue_amount_cents',
    })
    for (const query of fake.queries) {
      expect(query.organization).toBe(sim.organizationId)
      expect(query.authorization).toMatch(/^Bearer jwt\./)
      expect(query.headers.cookie).toBeUndefined()
    }
  })

  it('turns BigInt strings back into numbers, through the snake_case REST shape, into normalised rows', async () => {
    const proxy = graphqlProxy()
    const response = await proxy(
      new Request('http://app.test/data-api/mrrs?currency=EUR&time_granularity=monthly'),
    )
    const body = (await response.json()) as { format: string; rows: Record<string, unknown>[] }
    expect(body.format).toBe(PROXY_BODY_FORMAT)
    expect(body.rows.length).toBeGreaterThan(0)
    expect(typeof body.rows[0]?.endingMrr).toBe('number')
    expect(Object.keys(body.rows[0] ?? {})).toContain('startOfPeriodDt')
  })

  it('logs in once for concurrent requests and reuses the token', async () => {
    const client = clientOf(graphqlProxy())
    await Promise.all(
      ['EUR', 'USD', 'JPY', 'KWD'].map((currency) => client.revenueStreams({ currency })),
    )
    await client.mrrMovements({ currency: 'EUR' })
    expect(fake.logins).toBe(1)
    expect(new Set(fake.queries.map((q) => q.authorization)).size).toBe(1)
  })

  it('replaces the token from x-lago-token', async () => {
    const client = clientOf(graphqlProxy())
    fake.renewOnNextResponse()
    await client.revenueStreams({ currency: 'EUR' })
    await client.revenueStreams({ currency: 'USD' })
    const [first, second] = fake.queries
    expect(first?.authorization).not.toBe(second?.authorization)
    expect(fake.logins).toBe(1)
  })

  it('logs in again once on expired_jwt_token and retries', async () => {
    const client = clientOf(graphqlProxy())
    await client.revenueStreams({ currency: 'EUR' })
    fake.expireAll()
    const { rows } = await client.revenueStreams({ currency: 'USD' })
    expect(rows.length).toBeGreaterThan(0)
    expect(fake.logins).toBe(2)
    expect(fake.queries).toHaveLength(3)
  })

  it('gives up after one re-login when Lago keeps saying unauthorized (no storm)', async () => {
    const client = clientOf(graphqlProxy())
    fake.alwaysUnauthorized = true
    const error = await client.revenueStreams({ currency: 'EUR' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(LagoAnalyticsHttpError)
    expect(error).toMatchObject({ status: 502, lagoCode: 'upstream_unauthorized' })
    expect(fake.logins).toBe(2)
    expect(fake.queries).toHaveLength(2)
  })

  it('treats errors[] on HTTP 200 as failures, never caches them', async () => {
    const proxy = graphqlProxy()
    const client = clientOf(proxy)
    fake.nextErrors.push([
      {
        message: 'Cannot return null for non-nullable field Query.dataApiMrrs',
        path: ['dataApiMrrs'],
      },
    ])
    const unavailable = await client.mrrMovements({ currency: 'EUR' }).catch((e: unknown) => e)
    expect(unavailable).toMatchObject({ status: 502, lagoCode: 'data_api_unavailable' })
    fake.nextErrors.push([
      {
        message: 'Missing permissions',
        extensions: {
          status: 'forbidden',
          code: 'forbidden',
          required_permissions: ['data_api:view'],
        },
      },
    ])
    const forbidden = await client.mrrMovements({ currency: 'EUR' }).catch((e: unknown) => e)
    expect(forbidden).toMatchObject({ status: 403, lagoCode: 'forbidden' })
    fake.nextErrors.push([
      { message: 'forbidden', extensions: { status: 403, code: 'feature_unavailable' } },
    ])
    const premium = await client.mrrMovements({ currency: 'EUR' }).catch((e: unknown) => e)
    expect(premium).toMatchObject({
      status: 403,
      lagoCode: 'feature_unavailable',
      isFeatureUnavailable: true,
    })
    fake.next500 = 1
    const down = await client.mrrMovements({ currency: 'EUR' }).catch((e: unknown) => e)
    expect(down).toMatchObject({ status: 502, lagoCode: 'upstream_error' })
    const { rows } = await client.mrrMovements({ currency: 'EUR' })
    expect(rows.length).toBeGreaterThan(0)
    expect(proxy.stats().upstreamRequests).toBe(5)
  })

  it('a wrong password is a 502 upstream_unauthorized; the password never leaks', async () => {
    const wrong = `${TEST_GRAPHQL_PASSWORD}-wrong`
    const proxy = graphqlProxy(wrong)
    const response = await proxy(new Request('http://app.test/data-api/mrrs'))
    const text = await response.text()
    expect(response.status).toBe(502)
    expect(JSON.parse(text)).toMatchObject({ code: 'upstream_unauthorized' })
    const everything = text + JSON.stringify(events)
    expect(everything).not.toContain(wrong)
    expect(everything).not.toContain(TEST_GRAPHQL_PASSWORD)
    expect(events.some((e) => e.event === 'graphql_login')).toBe(true)
  })

  it('never logs or returns a session token', async () => {
    const proxy = graphqlProxy()
    await clientOf(proxy).revenueStreams({ currency: 'EUR' })
    fake.renewOnNextResponse()
    await clientOf(proxy).revenueStreams({ currency: 'JPY' })
    const tokens = fake.queries.map((q) => q.authorization?.split(' ')[1] ?? '')
    const serialized = JSON.stringify(events)
    for (const token of tokens) expect(serialized).not.toContain(token)
  })

  it('public datasets still use REST with the API key', async () => {
    const upstream = recordingFetch((request) =>
      request.url.startsWith(fake.url) ? fetch(request) : sim.fetch(request),
    )
    const proxy = createAnalyticsProxy({
      apiUrl: 'http://lago.test',
      apiKey: TEST_API_KEY,
      dataApi: {
        graphql: {
          url: fake.graphqlUrl,
          email: EMAIL,
          password: TEST_GRAPHQL_PASSWORD,
          organizationId: sim.organizationId,
        },
      },
      authorize: () => ({ datasets: 'all' }),
      fetch: upstream.fetch,
    })
    const client = clientOf(proxy)
    await client.grossRevenue({ currency: 'EUR' })
    await client.prepaidCredits({ currency: 'EUR' })
    expect(upstream.calls.map((c) => [c.method, new URL(c.url).pathname])).toEqual([
      ['GET', '/api/v1/analytics/gross_revenue'],
      ['POST', '/graphql'],
      ['POST', '/graphql'],
    ])
    expect(upstream.calls[0]?.headers.authorization).toBe(`Bearer ${TEST_API_KEY}`)
  })
})
