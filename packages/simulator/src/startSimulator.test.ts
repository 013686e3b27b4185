import { request as httpRequest } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { NOW } from '../test/helpers'
import { FAULT_HEADER } from './faults'
import { startSimulator, type RunningSimulator } from './startSimulator'

describe('startSimulator', () => {
  let server: RunningSimulator
  beforeAll(async () => {
    server = await startSimulator({ now: NOW, customers: 40, allowFaultHeader: true })
  })
  afterAll(async () => {
    await server.close()
  })

  it('listens on 127.0.0.1 with a free port and reports its URLs and credentials', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    expect(server.apiUrl).toBe(server.url)
    expect(server.dataApiUrl).toBe(`${server.url}/data-api`)
    expect(server.apiKey).toBe(server.simulator.apiKey)
    expect(server.organizationId).toBe(server.simulator.organizationId)
  })

  it('serves both surfaces over real HTTP, byte-identical to the fetch handler', async () => {
    const response = await fetch(`${server.apiUrl}/api/v1/analytics/mrr?currency=eur`, {
      headers: { authorization: `Bearer ${server.apiKey}` },
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8')
    const direct = await server.simulator.fetch(
      new Request('http://x/api/v1/analytics/mrr?currency=eur', {
        headers: { authorization: `Bearer ${server.apiKey}` },
      }),
    )
    expect(await response.text()).toBe(await direct.text())
    const data = await fetch(
      `${server.dataApiUrl}/revenue_streams/${server.organizationId}/plans/?limit=3`,
      {
        headers: { authorization: `Bearer ${server.dataApiToken}` },
      },
    )
    expect(
      ((await data.json()) as { revenue_streams_plans: unknown[] }).revenue_streams_plans,
    ).toHaveLength(3)
  })

  it('passes error statuses, headers and bodies through', async () => {
    const unauthorized = await fetch(`${server.url}/api/v1/analytics/mrr`)
    expect(unauthorized.status).toBe(401)
    expect(await unauthorized.json()).toEqual({ status: 401, error: 'Unauthorized' })
    const limited = await fetch(`${server.url}/api/v1/analytics/mrr`, {
      headers: { [FAULT_HEADER]: 'rate-limit;seconds=4' },
    })
    expect(limited.status).toBe(429)
    expect(limited.headers.get('retry-after')).toBe('4')
    const post = await fetch(`${server.url}/api/v1/analytics/mrr`, { method: 'POST', body: 'x' })
    expect(post.status).toBe(405)
  })

  it('propagates a client disconnect into request.signal, ending a hanging request', async () => {
    const controller = new AbortController()
    const hanging = fetch(`${server.url}/api/v1/analytics/mrr`, {
      headers: { [FAULT_HEADER]: 'hang' },
      signal: controller.signal,
    })
    await new Promise((resolve) => setTimeout(resolve, 50))
    controller.abort()
    await expect(hanging).rejects.toMatchObject({ name: 'AbortError' })
    // The server keeps serving.
    const ok = await fetch(`${server.url}/api/v1/analytics/mrr`, {
      headers: { authorization: `Bearer ${server.apiKey}` },
    })
    expect(ok.status).toBe(200)
  })

  it('close() terminates a hanging request in flight', async () => {
    const other = await startSimulator({ now: NOW, customers: 5, allowFaultHeader: true })
    const url = new URL(`${other.url}/api/v1/analytics/mrr`)
    const outcome = new Promise<string>((resolve) => {
      const req = httpRequest(url, { headers: { [FAULT_HEADER]: 'hang' } }, (res) => {
        res.resume()
        res.on('end', () => resolve(`ended ${res.statusCode ?? 0}`))
        res.on('error', () => resolve('response error'))
      })
      req.on('error', (error) => resolve(`request error: ${error.message}`))
      req.end()
    })
    await new Promise((resolve) => setTimeout(resolve, 50))
    const started = performance.now()
    await other.close()
    expect(performance.now() - started).toBeLessThan(1000)
    expect(await outcome).toMatch(/error/)
    await expect(fetch(`${other.url}/api/v1/analytics/mrr`)).rejects.toThrow()
  })
})
