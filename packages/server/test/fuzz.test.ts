/**
 * Fuzz: random paths, encodings, duplicate and unknown parameters, methods and principals
 * against the proxy. Never a 500, never a parameter the dataset does not accept forwarded
 * (asserted on what the upstream fetch received), never a credential in the output.
 */
import { DATASETS, type DatasetDefinition } from '@lago-analytics/client'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createAnalyticsProxy } from '../src/createAnalyticsProxy.ts'
import type { ProxyLogEvent, ProxyPrincipal } from '../src/types.ts'
import {
  createTestSimulator,
  inProcessUpstream,
  recordingFetch,
  TEST_API_KEY,
  TEST_DATA_API_TOKEN,
} from './helpers.ts'

const RUNS = 2_000
const BASE = '/api/lago-analytics'
const sim = createTestSimulator({
  allowFaultHeader: true,
})
const CUSTOMER =
  sim.ledger.customers.find((c) => c.currency === 'EUR' && c.deletedAt === null)?.externalId ?? 'x'

const datasets = Object.values(DATASETS)
const proxyPath = (d: DatasetDefinition) =>
  `${d.surface === 'public' ? '/api/v1/analytics/' : '/data-api/'}${d.path}`
const byUpstreamPath = new Map<string, DatasetDefinition>(
  datasets.map((d) => {
    const [name, breakdown] = d.path.split('/')
    return [
      d.surface === 'public'
        ? `/api/v1/analytics/${d.path}`
        : `/data-api/${name}/${sim.organizationId}/${breakdown === undefined ? '' : `${breakdown}/`}`,
      d,
    ]
  }),
)
const ALL_PARAMS = [...new Set(datasets.flatMap((d) => d.params))]

const PRINCIPALS: Record<string, ProxyPrincipal | null> = {
  all: { datasets: 'all' },
  scoped: { datasets: 'all', externalCustomerId: CUSTOMER },
  limited: { datasets: ['grossRevenue', 'revenueStreams', 'usage'] },
  none: null,
}

/** The fault the upstream injects for the current case (cases run one at a time). */
let currentFault: string | undefined
const upstream = recordingFetch(
  (request) => sim.fetch(request),
  (): Record<string, string> =>
    currentFault === undefined ? {} : { 'x-simulator-fault': currentFault },
)
const events: ProxyLogEvent[] = []
const proxy = createAnalyticsProxy({
  ...inProcessUpstream(sim.organizationId),
  authorize: (request) => PRINCIPALS[request.headers.get('x-test-principal') ?? 'none'] ?? null,
  basePath: BASE,
  rateLimit: false,
  timeoutMs: 2_000,
  fetch: upstream.fetch,
  logger: (event) => events.push(event),
})

// ---- arbitraries ---------------------------------------------------------------------------

const flipCase = (s: string) => s.replace(/[a-z]/, (c) => c.toUpperCase())
const encodeAll = (s: string) =>
  [...new TextEncoder().encode(s)].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('')

const datasetArb = fc.constantFrom(...datasets)
const mutatedPath = fc
  .tuple(datasetArb, fc.integer({ min: 0, max: 11 }), fc.string({ maxLength: 12 }))
  .map(([d, how, junk]) => {
    const path = proxyPath(d)
    switch (how) {
      case 0:
        return `${path}/`
      case 1:
        return flipCase(path)
      case 2:
        return `/${path}`
      case 3:
        return path.replace(/\/([^/]*)$/, '/../$1')
      case 4:
        return path.replace('_', '%5F')
      case 5:
        return `${path}/${encodeURIComponent(junk)}`
      case 6:
        return path.replace(/\/[^/]*$/, '/%2e%2e/mrr')
      case 7:
        return `${path};external_customer_id=${encodeURIComponent(junk)}`
      case 8:
        return path.replace('/', '%2F')
      case 9:
        return `${path}%00`
      case 10:
        return `${path}/${sim.organizationId}`
      default:
        return `${path}${encodeURIComponent(junk)}`
    }
  })
const randomPath = fc.string({ maxLength: 40 }).map((s) => `/${encodeURI(s)}`)

const otherNameArb = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...ALL_PARAMS) },
  { weight: 1, arbitrary: fc.constantFrom(...ALL_PARAMS).map(flipCase) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      'externalCustomerId',
      'api_key',
      'organization_id',
      'external_customer_id[]',
      '__proto__',
      'constructor',
      'key',
      '',
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 10 }) },
)
const valueArb = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.constantFrom(
      'EUR',
      'usd',
      'JPY',
      'FR',
      '2026-01-01',
      '2026-06-30',
      'true',
      'false',
      '1',
      '3',
      '12',
      'daily',
      'weekly',
      'monthly',
      'company',
      'individual',
      'gross_revenue_amount_cents',
      CUSTOMER,
    ),
  },
  { weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 10 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '',
      '0',
      '-1',
      '1e3',
      '2026-02-30',
      'EUR\u0000',
      'a'.repeat(1_100),
      TEST_API_KEY,
    ),
  },
)
const encodingArb = fc.constantFrom('component', 'component', 'all', 'raw', 'double')
function encode(text: string, how: string): string {
  switch (how) {
    case 'all':
      return encodeAll(text)
    case 'raw':
      return text.replace(/[&#%+\s]/g, encodeURIComponent)
    case 'double':
      return encodeURIComponent(encodeURIComponent(text))
    default:
      return encodeURIComponent(text)
  }
}
/** Mostly the dataset's own parameters, sometimes anything else. */
const queryArb = (d: DatasetDefinition) =>
  fc
    .array(
      fc.tuple(
        fc.oneof(
          { weight: 5, arbitrary: fc.constantFrom(...d.params) },
          { weight: 1, arbitrary: otherNameArb },
        ),
        valueArb,
        encodingArb,
        fc.boolean(),
      ),
      { maxLength: 4 },
    )
    .chain((pairs) =>
      fc.tuple(
        fc.constant(pairs),
        fc.integer({ min: 0, max: 5 }),
        fc.constantFrom('&', '&', '&', '&', ';', '&&'),
      ),
    )
    .map(([pairs, duplicate, separator]) => {
      const parts = pairs.map(([name, value, how, noValue]) =>
        noValue && value === '' ? encode(name, how) : `${encode(name, how)}=${encode(value, how)}`,
      )
      if (duplicate === 0 && parts.length > 0) parts.push(parts[0] ?? '')
      return parts.join(separator)
    })

const targetArb = fc.oneof(
  {
    weight: 9,
    arbitrary: datasetArb.chain((d) => fc.tuple(fc.constant(proxyPath(d)), queryArb(d))),
  },
  { weight: 2, arbitrary: fc.tuple(mutatedPath, datasetArb.chain(queryArb)) },
  { weight: 1, arbitrary: fc.tuple(randomPath, datasetArb.chain(queryArb)) },
)

const caseArb = fc.record({
  target: targetArb,
  method: fc.constantFrom(
    'GET',
    'GET',
    'GET',
    'GET',
    'GET',
    'GET',
    'GET',
    'GET',
    'HEAD',
    'POST',
    'DELETE',
  ),
  principal: fc.constantFrom('all', 'all', 'all', 'scoped', 'scoped', 'limited', 'none'),
  fault: fc.constantFrom(
    undefined,
    undefined,
    undefined,
    undefined,
    undefined,
    '500',
    'malformed-json',
    'legacy-strings',
  ),
  base: fc.constantFrom(...Array.from({ length: 18 }, () => BASE), '', '/api/lago-analyticsX'),
})

// ---- property ------------------------------------------------------------------------------

describe('fuzz', () => {
  it(`${RUNS} random requests: no 500, nothing unknown forwarded, no credentials out`, async () => {
    const statuses: Record<number, number> = {}
    let cases = 0
    let forwarded = 0
    await fc.assert(
      fc.asyncProperty(caseArb, async (c) => {
        let request: Request
        try {
          const [path, query] = c.target
          request = new Request(
            `http://proxy.test${c.base}${path}${query === '' ? '' : `?${query}`}`,
            {
              method: c.method,
              headers: {
                'x-test-principal': c.principal,
                authorization: 'Bearer browser-session-abcdef',
                cookie: 'sid=browser-cookie-123456',
                // Browser-supplied: must never reach the upstream.
                'x-simulator-fault': 'hang',
              },
            },
          )
        } catch {
          return // not a URL any client could send
        }
        cases++
        currentFault = c.fault
        const before = upstream.calls.length
        const response = await proxy(request)
        const text = await response.text()
        statuses[response.status] = (statuses[response.status] ?? 0) + 1
        expect(response.status).not.toBe(500)
        expect([200, 304, 400, 401, 403, 404, 405, 501, 502, 504]).toContain(response.status)
        if (c.method !== 'HEAD' && response.status !== 304)
          expect(() => JSON.parse(text)).not.toThrow()
        const headers = JSON.stringify([...response.headers])
        for (const secret of [TEST_API_KEY, TEST_DATA_API_TOKEN]) {
          expect(text).not.toContain(secret)
          expect(headers).not.toContain(secret)
        }
        const calls = upstream.calls.slice(before)
        forwarded += calls.length
        for (const call of calls) {
          const url = new URL(call.url)
          const dataset = byUpstreamPath.get(url.pathname)
          expect(dataset, url.pathname).toBeDefined()
          const names = [...url.searchParams.keys()]
          expect(new Set(names).size).toBe(names.length)
          for (const name of names) expect(dataset?.params).toContain(name)
          expect(call.headers.authorization).toBe(
            `Bearer ${dataset?.surface === 'public' ? TEST_API_KEY : TEST_DATA_API_TOKEN}`,
          )
          expect(call.headers.cookie).toBeUndefined()
          expect(call.headers['x-test-principal']).toBeUndefined()
          if (c.principal === 'scoped')
            expect(url.searchParams.getAll('external_customer_id')).toEqual([CUSTOMER])
        }
        if (response.status === 200) {
          // Only requests made entirely of accepted parameters are ever answered with data.
          const url = new URL(request.url)
          const dataset = datasets.find((d) => url.pathname === `${BASE}${proxyPath(d)}`)
          expect(dataset).toBeDefined()
          const names = [...url.searchParams.keys()]
          expect(new Set(names).size).toBe(names.length)
          for (const name of names) expect(dataset?.params).toContain(name)
        }
      }),
      { numRuns: RUNS, seed: 20261124 },
    )
    const logged = JSON.stringify(events)
    for (const secret of [
      TEST_API_KEY,
      TEST_DATA_API_TOKEN,
      'browser-session-abcdef',
      'browser-cookie-123456',
    ]) {
      expect(logged).not.toContain(secret)
    }
    console.log(
      `fuzz: ${cases} cases, ${forwarded} upstream calls, statuses ${JSON.stringify(statuses)}`,
    )
    expect(cases).toBeGreaterThanOrEqual(1_000)
    expect(statuses[200]).toBeGreaterThan(50)
  })
})
