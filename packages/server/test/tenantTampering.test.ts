/**
 * Tenant tampering: a principal scoped to customer A tries to read customer B through
 * parameters, duplicates, encodings, case variants and path tricks, over real HTTP (raw request
 * targets, no client-side normalisation). Every upstream call must carry A and only A, and no
 * response may carry B's figures.
 */
import { request as httpRequest } from 'node:http'
import { DATASETS, type DatasetDefinition } from '@lago-analytics/client'
import type { RunningSimulator } from '@lago-analytics/simulator'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createAnalyticsProxy } from '../src/createAnalyticsProxy.ts'
import {
  recordingFetch,
  serveProxy,
  startUpstream,
  type ServedProxy,
  type UpstreamCall,
} from './helpers.ts'

let sim: RunningSimulator
let served: ServedProxy
let calls: UpstreamCall[]
let A: string
let B: string
let B_SUBSCRIPTION: string

const TOKENS: Record<string, string> = { 'token-a': 'A', 'token-b': 'B' }

beforeAll(async () => {
  sim = await startUpstream()
  const customers = sim.simulator.ledger.customers.filter(
    (c) => c.currency === 'EUR' && c.deletedAt === null && c.subscriptionExternalIds.length > 0,
  )
  A = customers[0]?.externalId ?? ''
  B = customers[1]?.externalId ?? ''
  B_SUBSCRIPTION = customers[1]?.subscriptionExternalIds[0] ?? ''
  const upstream = recordingFetch()
  calls = upstream.calls
  const proxy = createAnalyticsProxy({
    apiUrl: sim.apiUrl,
    apiKey: sim.apiKey,
    dataApi: { url: sim.dataApiUrl, token: sim.dataApiToken, organizationId: sim.organizationId },
    basePath: '/lago',
    rateLimit: false,
    fetch: upstream.fetch,
    authorize: (request) => {
      const token = request.headers.get('authorization')?.replace(/^Bearer /, '') ?? ''
      const who = TOKENS[token]
      if (who === undefined) return null
      return { datasets: 'all', externalCustomerId: who === 'A' ? A : B }
    },
  })
  served = await serveProxy(proxy)
})

afterAll(async () => {
  await served?.close()
  await sim?.close()
})

/** GET with a raw request target (nothing normalised on the way). */
function raw(target: string, token = 'token-a'): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(served.url)
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        hostname,
        port,
        path: target,
        method: 'GET',
        headers: { authorization: `Bearer ${token}` },
      },
      (res) => {
        let body = ''
        res.setEncoding('utf8')
        res.on('data', (chunk: string) => {
          body += chunk
        })
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
      },
    )
    req.on('error', reject)
    req.end()
  })
}

const enc = encodeURIComponent
const encodeAll = (s: string) =>
  [...new TextEncoder().encode(s)].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('')
const flip = (s: string) => s.replace(/[a-z]/g, (c) => c.toUpperCase())

function queryVectors(d: DatasetDefinition): string[] {
  const vectors = [
    `external_customer_id=${enc(B)}`,
    `external_customer_id=${enc(A)}&external_customer_id=${enc(B)}`,
    `external_customer_id=${enc(B)}&external_customer_id=${enc(A)}`,
    `external_customer_id=${encodeAll(B)}`,
    `external%5Fcustomer%5Fid=${enc(B)}`,
    `${encodeAll('external_customer_id')}=${encodeAll(B)}`,
    `External_Customer_Id=${enc(B)}`,
    `EXTERNAL_CUSTOMER_ID=${enc(B)}`,
    `externalCustomerId=${enc(B)}`,
    `external_customer_id[]=${enc(B)}`,
    `external_customer_id[0]=${enc(B)}`,
    `external_customer_id%00=${enc(B)}`,
    `external_customer_id%20=${enc(B)}`,
    `external_customer_id=${enc(A)}%00${enc(B)}`,
    `external_customer_id=${enc(A)},${enc(B)}`,
    `external_customer_id=${enc(A)}%26external_customer_id%3D${enc(B)}`,
    `external_customer_id=${enc(A)}%2C${enc(B)}`,
    `currency=EUR;external_customer_id=${enc(B)}`,
    `currency=EUR&&external_customer_id=${enc(B)}`,
    `external_customer_id=%20${enc(B)}`,
    `external_customer_id=${enc(B)}%20`,
    `external_customer_id=${enc(flip(B))}`,
    `external_customer_id=${enc(enc(B))}`,
    `external_customer_id=${enc(B).replace(/-/g, '+')}`,
    `external_customer_id=${enc(A)}&external_customer_id=`,
    `external_customer_id=`,
    `external_customer_id`,
    `external_customer_id=${enc(B.replace(/[a-z]/, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)))}`,
    `external_customer_id=${enc(`${A}\u200b`)}`,
    `external_customer_id=${enc(A.toUpperCase())}`,
  ]
  if (d.params.includes('external_subscription_id')) {
    vectors.push(`external_subscription_id=${enc(B_SUBSCRIPTION)}`)
  }
  return vectors
}

function pathVectors(path: string): string[] {
  const last = path.split('/').at(-1) ?? ''
  return [
    `${path}/?external_customer_id=${enc(B)}`,
    `/${path}?external_customer_id=${enc(B)}`,
    `${path}%3Fexternal_customer_id=${enc(B)}`,
    `${path};external_customer_id=${enc(B)}`,
    `${path}/${enc(B)}`,
    `${path}/..${path.slice(path.lastIndexOf('/'))}?external_customer_id=${enc(B)}`,
    `${path.replace(last, `x/../${last}`)}?external_customer_id=${enc(B)}`,
    `${path.replace(last, `%2e%2e/${last}`)}`,
    `${flip(path)}?external_customer_id=${enc(B)}`,
    `${path.replace(last, flip(last))}`,
    `${path.replace(/_/g, '%5F')}`,
    `${path}%2F${enc(B)}`,
    `${path}%00`,
    `${path}#external_customer_id=${enc(B)}`,
  ]
}

const scopable = Object.values(DATASETS).filter((d) => d.customerScopable)
const unscopable = Object.values(DATASETS).filter((d) => !d.customerScopable)
const proxyPath = (d: DatasetDefinition) =>
  `/lago${d.surface === 'public' ? '/api/v1/analytics/' : '/data-api/'}${d.path}`

describe('tenant tampering', () => {
  it('a principal scoped to A never gets B, whatever it sends', async () => {
    let attempts = 0
    const statuses: Record<number, number> = {}
    for (const d of scopable) {
      const path = proxyPath(d)
      const legitA = await raw(path)
      const legitB = await raw(path, 'token-b')
      expect(legitA.status, d.name).toBe(200)
      expect(legitB.status, d.name).toBe(200)
      const rowsOfB = legitB.body
      const bDiffers = legitA.body !== rowsOfB
      const targets = [...queryVectors(d).map((q) => `${path}?${q}`), ...pathVectors(path)]
      for (const target of targets) {
        attempts++
        const before = calls.length
        const response = await raw(target)
        statuses[response.status] = (statuses[response.status] ?? 0) + 1
        expect([200, 400, 403, 404], target).toContain(response.status)
        for (const call of calls.slice(before)) {
          const url = new URL(call.url)
          expect(url.searchParams.getAll('external_customer_id'), target).toEqual([A])
          expect(decodeURIComponent(call.url), target).not.toContain(B)
        }
        if (response.status === 200) {
          const withSubscription = target.includes('external_subscription_id')
          if (!withSubscription) expect(response.body, target).toBe(legitA.body)
          if (bDiffers) expect(response.body, target).not.toBe(rowsOfB)
        } else {
          expect(response.body, target).not.toBe(rowsOfB)
          expect(JSON.parse(response.body), target).toHaveProperty('code')
        }
      }
    }
    for (const d of unscopable) {
      const path = proxyPath(d)
      for (const target of [
        path,
        `${path}?external_customer_id=${enc(A)}`,
        `${path}?external_customer_id=${enc(B)}`,
        ...pathVectors(path),
      ]) {
        attempts++
        const before = calls.length
        const response = await raw(target)
        statuses[response.status] = (statuses[response.status] ?? 0) + 1
        expect([403, 404], target).toContain(response.status)
        expect(calls.length, target).toBe(before)
      }
    }
    const withB = calls.filter((call) =>
      new URL(call.url).searchParams.getAll('external_customer_id').includes(B),
    )
    // B appears upstream only for B's own legitimate requests (one per scopable dataset).
    expect(withB).toHaveLength(scopable.length)
    console.log(
      `tenant tampering: ${attempts} attempts by A, statuses ${JSON.stringify(statuses)}; ` +
        `${calls.length - withB.length} upstream calls for A, all with external_customer_id=A; 0 rows of B served`,
    )
    expect(attempts).toBeGreaterThan(400)
  })
})
