import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createLagoAnalyticsClient } from '../src/index.ts'
import { docExamples, docExamplesParsed } from './fixtures/docExamples.ts'

/**
 * Real-Lago-shaped bodies, served by a plain local HTTP server exactly as Lago would
 * (path, Bearer key, JSON), parse into rows with the same values.
 */
const API_KEY = 'lago_test_key_0123456789'
let server: Server
let apiUrl: string
const seen: { path: string; authorization: string | undefined }[] = []

beforeAll(async () => {
  server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost')
    seen.push({
      path: `${url.pathname}${url.search}`,
      authorization: request.headers.authorization,
    })
    const name = url.pathname.replace('/api/v1/analytics/', '') as keyof typeof docExamples
    const body = docExamples[name]
    if (request.headers.authorization !== `Bearer ${API_KEY}`) {
      response
        .writeHead(401, { 'content-type': 'application/json' })
        .end('{"status":401,"error":"Unauthorized"}')
    } else if (body === undefined) {
      response.writeHead(404, { 'content-type': 'application/json' })
      response.end('{"status":404,"error":"Not Found","code":"resource_not_found"}')
    } else {
      response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(body)
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
})

describe('example responses of lago-analytics-api.md over real HTTP', () => {
  const methods = [
    'grossRevenue',
    'invoicedUsage',
    'invoiceCollection',
    'mrr',
    'overdueBalance',
    'usage',
  ] as const

  it.each(methods)('%s parses to the expected rows', async (method) => {
    const client = createLagoAnalyticsClient({ apiUrl, apiKey: API_KEY })
    const result = await client[method]({ currency: 'eur' })
    expect(result.rows).toEqual(docExamplesParsed[method])
    expect(result.meta).toBeUndefined()
  })

  it('sends the Bearer key and the wire paths', async () => {
    const client = createLagoAnalyticsClient({ apiUrl: `${apiUrl}/api/v1/`, apiKey: API_KEY })
    await client.mrr({ currency: 'eur', months: 12, billingEntityCode: 'be_eu' })
    expect(seen.at(-1)).toEqual({
      path: '/api/v1/analytics/mrr?currency=EUR&months=12&billing_entity_code=be_eu',
      authorization: `Bearer ${API_KEY}`,
    })
  })

  it('raises a typed 401 without echoing the key', async () => {
    const client = createLagoAnalyticsClient({ apiUrl, apiKey: 'wrong_key_abcdef' })
    const error = await client.grossRevenue().catch((caught: unknown) => caught)
    expect(error).toMatchObject({
      name: 'LagoAnalyticsHttpError',
      status: 401,
      error: 'Unauthorized',
    })
    expect(JSON.stringify(error) + String(error) + (error as Error).stack).not.toContain(
      'wrong_key_abcdef',
    )
  })
})
