import { DATASETS } from '@lago-analytics/client/datasets'
import { describe, expect, it } from 'vitest'
import { dataRequest, NOW, publicRequest, simulatorFor } from '../test/helpers'
import { createSimulator, type Simulator } from './createSimulator'
import { DEFAULT_API_KEY, DEFAULT_DATA_API_TOKEN } from './defaults'

const sim = simulatorFor()
const JSON_TYPE = 'application/json; charset=utf-8'

/** Every dataset of both surfaces, as requests. */
function everyRequest(simulator: Simulator): Request[] {
  const requests: Request[] = []
  for (const definition of Object.values(DATASETS)) {
    requests.push(
      definition.surface === 'public'
        ? publicRequest(simulator, definition.path)
        : dataRequest(simulator, definition.path),
    )
  }
  requests.push(dataRequest(simulator, 'usages'))
  requests.push(
    dataRequest(simulator, 'revenue_streams', { time_granularity: 'weekly', currency: 'EUR' }),
  )
  requests.push(publicRequest(simulator, 'gross_revenue', { months: 6, currency: 'usd' }))
  requests.push(
    dataRequest(simulator, 'revenue_streams/customers', {
      page: 2,
      order_by: 'net_revenue_amount_cents',
    }),
  )
  return requests
}

async function expectError(
  response: Response,
  status: number,
  body: Record<string, unknown>,
): Promise<void> {
  expect(response.status).toBe(status)
  expect(response.headers.get('content-type')).toBe(JSON_TYPE)
  expect(await response.json()).toEqual(body)
}

describe('createSimulator', () => {
  describe('surfaces and routing', () => {
    it('serves every dataset of both surfaces as JSON with the right envelope', async () => {
      for (const definition of Object.values(DATASETS)) {
        const request =
          definition.surface === 'public'
            ? publicRequest(sim, definition.path)
            : dataRequest(sim, definition.path)
        const response = await sim.fetch(request)
        expect(response.status, definition.path).toBe(200)
        expect(response.headers.get('content-type')).toBe(JSON_TYPE)
        const body: unknown = await response.json()
        if (definition.envelope === null) {
          expect(Array.isArray(body)).toBe(true)
          expect((body as unknown[]).length).toBeGreaterThan(0)
        } else {
          expect(Object.keys(body as object)).toEqual(
            definition.paginated ? [definition.envelope, 'meta'] : [definition.envelope],
          )
        }
      }
    })

    it('accepts any origin or prefix before the surface segment, with or without trailing slash', async () => {
      const reference = await (await sim.fetch(publicRequest(sim, 'mrr'))).text()
      const mounted = new Request('https://example.com/some/proxy/api/v1/analytics/mrr/', {
        headers: { authorization: `Bearer ${sim.apiKey}` },
      })
      expect(await (await sim.fetch(mounted)).text()).toBe(reference)
      const withoutSlash = new Request(`http://x/prefix/data-api/mrrs/${sim.organizationId}`, {
        headers: { authorization: `Bearer ${sim.dataApiToken}` },
      })
      expect(await (await sim.fetch(withoutSlash)).text()).toBe(
        await (await sim.fetch(dataRequest(sim, 'mrrs'))).text(),
      )
    })

    it('ignores unknown parameters', async () => {
      const plain = await (await sim.fetch(dataRequest(sim, 'revenue_streams'))).text()
      const noisy = await (
        await sim.fetch(
          dataRequest(sim, 'revenue_streams', { foo: 'bar', billable_metric_code: 'seats' }),
        )
      ).text()
      expect(noisy).toBe(plain)
    })

    it('answers 404 for unknown routes and unknown organisations', async () => {
      await expectError(await sim.fetch(publicRequest(sim, 'finalized_invoices')), 404, {
        status: 404,
        error: 'Not Found',
        code: 'resource_not_found',
      })
      await expectError(await sim.fetch(new Request('http://x/api/v1/customers')), 404, {
        status: 404,
        error: 'Not Found',
        code: 'resource_not_found',
      })
      await expectError(await sim.fetch(dataRequest(sim, 'revenue_streams/subscriptions')), 404, {
        status: 404,
        error: 'Not Found',
        code: 'resource_not_found',
      })
      const wrongOrg = new Request('http://x/data-api/mrrs/00000000-0000-4000-8000-000000000000/', {
        headers: { authorization: `Bearer ${sim.dataApiToken}` },
      })
      await expectError(await sim.fetch(wrongOrg), 404, {
        status: 404,
        error: 'Not Found',
        code: 'organization_not_found',
      })
    })

    it('answers 405 to anything but GET', async () => {
      for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
        const response = await sim.fetch(publicRequest(sim, 'mrr', {}, { method }))
        await expectError(response, 405, {
          status: 405,
          error: 'Method Not Allowed',
          code: 'method_not_allowed',
        })
      }
    })
  })

  describe('authentication and gating', () => {
    it('requires the right Bearer credential per surface', async () => {
      const unauthorized = { status: 401, error: 'Unauthorized' }
      await expectError(
        await sim.fetch(new Request('http://x/api/v1/analytics/mrr')),
        401,
        unauthorized,
      )
      for (const header of [
        'Bearer nope',
        `Basic ${sim.apiKey}`,
        sim.apiKey,
        `Bearer ${sim.dataApiToken}`,
      ]) {
        await expectError(
          await sim.fetch(publicRequest(sim, 'mrr', {}, { headers: { authorization: header } })),
          401,
          unauthorized,
        )
      }
      await expectError(
        await sim.fetch(
          dataRequest(sim, 'mrrs', {}, { headers: { authorization: `Bearer ${sim.apiKey}` } }),
        ),
        401,
        unauthorized,
      )
      const lower = await sim.fetch(
        publicRequest(sim, 'mrr', {}, { headers: { authorization: `bearer ${sim.apiKey}` } }),
      )
      expect(lower.status).toBe(200)
      expect(sim.apiKey).toBe(DEFAULT_API_KEY)
      expect(sim.dataApiToken).toBe(DEFAULT_DATA_API_TOKEN)
    })

    it('answers 403 read_action_not_allowed_for_analytic without the permission', async () => {
      const restricted = simulatorFor({ permissions: { analyticRead: false } })
      await expectError(await restricted.fetch(publicRequest(restricted, 'gross_revenue')), 403, {
        status: 403,
        error: 'Forbidden',
        code: 'read_action_not_allowed_for_analytic',
      })
      expect((await restricted.fetch(dataRequest(restricted, 'mrrs'))).status).toBe(200)
    })

    it('without premium, gates invoiced_usage, invoice_collection, mrr and every Data API dataset but usages', async () => {
      const free = simulatorFor({ premium: false })
      const forbidden = { status: 403, error: 'Forbidden', code: 'feature_unavailable' }
      for (const path of ['invoiced_usage', 'invoice_collection', 'mrr'])
        await expectError(await free.fetch(publicRequest(free, path)), 403, forbidden)
      for (const path of ['gross_revenue', 'overdue_balance', 'usage'])
        expect((await free.fetch(publicRequest(free, path))).status).toBe(200)
      for (const definition of Object.values(DATASETS).filter((d) => d.surface === 'dataApi'))
        await expectError(await free.fetch(dataRequest(free, definition.path)), 403, forbidden)
      expect((await free.fetch(dataRequest(free, 'usages'))).status).toBe(200)
    })

    it('without premium, usage ignores every filter but billable_metric_code: daily, last 30 days', async () => {
      const free = simulatorFor({ premium: false })
      const body = (await (
        await free.fetch(
          publicRequest(free, 'usage', {
            time_granularity: 'monthly',
            from_date: '2025-01-01',
            currency: 'EUR',
            customer_type: 'company',
            billable_metric_code: 'api_calls',
          }),
        )
      ).json()) as {
        usages: {
          start_of_period_dt: string
          end_of_period_dt: string
          billable_metric_code: string
          amount_currency: string
        }[]
      }
      const days = new Set(body.usages.map((r) => r.start_of_period_dt))
      expect([...days].sort()[0]).toBe('2026-10-25')
      expect(days.size).toBe(30)
      expect(body.usages.every((r) => r.start_of_period_dt === r.end_of_period_dt)).toBe(true)
      expect(new Set(body.usages.map((r) => r.billable_metric_code))).toEqual(
        new Set(['api_calls']),
      )
      expect(new Set(body.usages.map((r) => r.amount_currency)).size).toBeGreaterThan(1)
      const invalid = await free.fetch(publicRequest(free, 'usage', { time_granularity: 'yearly' }))
      expect(invalid.status).toBe(200)
    })
  })

  describe('validation', () => {
    it('answers 422 validation_errors for invalid values', async () => {
      await expectError(
        await sim.fetch(dataRequest(sim, 'revenue_streams', { time_granularity: 'yearly' })),
        422,
        {
          status: 422,
          error: 'Unprocessable Entity',
          code: 'validation_errors',
          error_details: { time_granularity: ['value_is_invalid'] },
        },
      )
      await expectError(
        await sim.fetch(
          publicRequest(sim, 'usage', { from_date: '2026-02-31', customer_type: 'x' }),
        ),
        422,
        {
          status: 422,
          error: 'Unprocessable Entity',
          code: 'validation_errors',
          error_details: { from_date: ['invalid_date'], customer_type: ['value_is_invalid'] },
        },
      )
      await expectError(
        await sim.fetch(dataRequest(sim, 'revenue_streams/plans', { page: '0', order_by: 'mrr' })),
        422,
        {
          status: 422,
          error: 'Unprocessable Entity',
          code: 'validation_errors',
          error_details: { page: ['value_is_invalid'], order_by: ['value_is_invalid'] },
        },
      )
    })

    it('legacy endpoints validate nothing', async () => {
      expect(
        (await sim.fetch(publicRequest(sim, 'mrr', { months: 'abc', currency: '???' }))).status,
      ).toBe(200)
    })

    it('returns an empty list for an empty or pre-history window', async () => {
      expect(
        await (
          await sim.fetch(
            dataRequest(sim, 'mrrs', { from_date: '2026-05-01', to_date: '2026-04-01' }),
          )
        ).json(),
      ).toEqual([])
      expect(
        await (await sim.fetch(dataRequest(sim, 'usages', { to_date: '2001-01-01' }))).json(),
      ).toEqual([])
    })
  })

  describe('determinism', () => {
    it('two simulators with the same options give byte-identical bodies for every dataset', async () => {
      const a = createSimulator({ now: NOW, seed: 7 })
      const b = createSimulator({ now: NOW, seed: 7 })
      const requestsA = everyRequest(a)
      const requestsB = everyRequest(b)
      for (let i = 0; i < requestsA.length; i++) {
        const [bodyA, bodyB] = await Promise.all([
          a.fetch(requestsA[i]!).then((r) => r.text()),
          b.fetch(requestsB[i]!).then((r) => r.text()),
        ])
        expect(bodyA.length).toBeGreaterThan(20)
        expect(bodyA).toBe(bodyB)
      }
    })

    it('a different seed gives a different organisation', async () => {
      const a = simulatorFor()
      const b = createSimulator({ now: NOW, seed: 43 })
      expect(a.organizationId).not.toBe(b.organizationId)
      const [bodyA, bodyB] = await Promise.all([
        a.fetch(publicRequest(a, 'gross_revenue')).then((r) => r.text()),
        b.fetch(publicRequest(b, 'gross_revenue')).then((r) => r.text()),
      ])
      expect(bodyA).not.toBe(bodyB)
    })

    it('only the UTC day of "now" matters', async () => {
      const early = createSimulator({ now: '2026-11-24T00:00:01Z', customers: 30 })
      const late = createSimulator({ now: '2026-11-24T23:59:59Z', customers: 30 })
      const next = createSimulator({ now: '2026-11-25T00:00:00Z', customers: 30 })
      const body = (s: Simulator) =>
        s
          .fetch(dataRequest(s, 'revenue_streams', { time_granularity: 'daily' }))
          .then((r) => r.text())
      expect(await body(early)).toBe(await body(late))
      expect(await body(next)).not.toBe(await body(early))
      expect(early.ledger.today).toBe('2026-11-24')
    })

    it('validates its options', () => {
      expect(() => createSimulator({ customers: 10_001 })).toThrow(RangeError)
      expect(() => createSimulator({ months: 0 })).toThrow(RangeError)
      expect(() => createSimulator({ now: 'not a date' })).toThrow(TypeError)
      expect(() => createSimulator({ faults: { name: 'explode' as never } })).toThrow(RangeError)
    })
  })

  describe('summary and stats', () => {
    it('summarises the organisation', () => {
      const { ledger } = sim
      expect(ledger.organizationId).toBe(sim.organizationId)
      expect(ledger.customers).toHaveLength(200)
      expect(ledger.billingEntities.map((e) => e.code)).toEqual(['acme_us', 'acme_eu'])
      expect(ledger.currencies.map((c) => c.code)).toEqual(['USD', 'EUR', 'JPY', 'KWD'])
      expect(ledger.plans.length).toBeGreaterThanOrEqual(5)
      expect(ledger.metrics.length).toBeGreaterThanOrEqual(5)
      expect(ledger.today).toBe('2026-11-24')
      expect(ledger.historyStart).toBe('2024-09-01')
      expect(
        ledger.subscriptions.every((s) =>
          ledger.customers.some((c) => c.externalId === s.externalCustomerId),
        ),
      ).toBe(true)
    })

    it('counts requests per path', async () => {
      const counted = createSimulator({ now: NOW, customers: 10 })
      await counted.fetch(publicRequest(counted, 'mrr'))
      await counted.fetch(publicRequest(counted, 'mrr', { currency: 'EUR' }))
      await counted.fetch(dataRequest(counted, 'revenue_streams/plans'))
      await counted.fetch(new Request('http://x/elsewhere'))
      expect(counted.stats()).toEqual({
        requests: 4,
        byPath: {
          '/api/v1/analytics/mrr': 2,
          [`/data-api/revenue_streams/${counted.organizationId}/plans`]: 1,
          '/elsewhere': 1,
        },
      })
      counted.resetStats()
      expect(counted.stats()).toEqual({ requests: 0, byPath: {} })
    })
  })

  describe('rate limiting and CORS', () => {
    it('adds x-ratelimit headers and answers 429 with Retry-After past the limit', async () => {
      const limited = createSimulator({
        now: NOW,
        customers: 5,
        rateLimit: { limit: 2, windowSeconds: 60 },
      })
      const first = await limited.fetch(publicRequest(limited, 'mrr'))
      expect(first.headers.get('x-ratelimit-limit')).toBe('2')
      expect(first.headers.get('x-ratelimit-remaining')).toBe('1')
      expect(Number(first.headers.get('x-ratelimit-reset'))).toBeGreaterThan(0)
      expect((await limited.fetch(publicRequest(limited, 'mrr'))).status).toBe(200)
      const refused = await limited.fetch(publicRequest(limited, 'mrr'))
      await expectError(refused, 429, {
        status: 429,
        error: 'Too Many Requests',
        code: 'too_many_requests',
      })
      expect(refused.headers.get('x-ratelimit-remaining')).toBe('0')
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    })

    it('answers preflights and exposes headers when cors is on', async () => {
      const open = createSimulator({ now: NOW, customers: 5, cors: true })
      const preflight = await open.fetch(
        new Request('http://x/api/v1/analytics/mrr', { method: 'OPTIONS' }),
      )
      expect(preflight.status).toBe(204)
      expect(preflight.headers.get('access-control-allow-headers')).toContain('authorization')
      const response = await open.fetch(publicRequest(open, 'mrr'))
      expect(response.headers.get('access-control-allow-origin')).toBe('*')
      expect(
        (await sim.fetch(publicRequest(sim, 'mrr'))).headers.get('access-control-allow-origin'),
      ).toBeNull()
    })
  })
})
