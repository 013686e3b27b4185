import { PROXY_BODY_FORMAT } from '@lago-analytics/client/protocol'
import { request as httpRequest } from 'node:http'
import { describe, expect, it } from 'vitest'
import { serveHandler } from '../test/helpers.ts'
import { createAnalyticsProxy } from './createAnalyticsProxy.ts'
import { toNodeHandler, toWebRequest } from './toNodeHandler.ts'

function rawGet(url: string, path: string, headers: Record<string, string> = {}) {
  const { hostname, port } = new URL(url)
  return new Promise<{ status: number; body: string; headers: Record<string, unknown> }>(
    (resolve, reject) => {
      const req = httpRequest({ hostname, port, path, method: 'GET', headers }, (res) => {
        let body = ''
        res.setEncoding('utf8')
        res.on('data', (chunk: string) => (body += chunk))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }))
      })
      req.on('error', reject)
      req.end()
    },
  )
}

describe('toNodeHandler', () => {
  it('hands the proxy a Web Request with the path as sent, and writes its response', async () => {
    const seen: Request[] = []
    const proxy = createAnalyticsProxy({
      apiUrl: 'http://lago.test',
      apiKey: 'k'.repeat(20),
      authorize: (request) => {
        seen.push(request)
        return { datasets: 'all' }
      },
      fetch: async () =>
        new Response(JSON.stringify({ mrrs: [] }), {
          headers: { 'content-type': 'application/json' },
        }),
    })
    const served = await serveHandler(toNodeHandler(proxy))
    try {
      const ok = await rawGet(served.url, '/api/v1/analytics/mrr?currency=EUR', { cookie: 'sid=1' })
      expect(ok.status).toBe(200)
      expect(JSON.parse(ok.body)).toEqual({ format: PROXY_BODY_FORMAT, rows: [] })
      expect(ok.headers['content-length']).toBe(String(ok.body.length))
      expect(seen[0]?.headers.get('cookie')).toBe('sid=1')
      // `//host/...` stays a path: it never turns into a host and a different route.
      const tricky = await rawGet(served.url, '//evil.test/api/v1/analytics/mrr')
      expect(tricky.status).toBe(404)
      expect(seen[0]?.url).toBe(`${served.url}/api/v1/analytics/mrr?currency=EUR`)
    } finally {
      await served.close()
    }
  })

  it('passes requests outside basePath to next() when there is one', async () => {
    const proxy = createAnalyticsProxy({
      apiUrl: 'http://lago.test',
      apiKey: 'k'.repeat(20),
      basePath: '/lago',
      authorize: () => null,
    })
    const handler = toNodeHandler(proxy)
    const served = await serveHandler((req, res) =>
      handler(req, res, () => {
        res.writeHead(418).end('next')
      }),
    )
    try {
      expect((await rawGet(served.url, '/other')).status).toBe(418)
      expect((await rawGet(served.url, '/lago/api/v1/analytics/mrr')).status).toBe(401)
    } finally {
      await served.close()
    }
  })

  it('ignores a malformed Host header', () => {
    const request = toWebRequest({
      url: '/x',
      method: 'GET',
      rawHeaders: ['Host', 'evil.test/<script>'],
      headers: { host: 'evil.test/<script>' },
    } as never)
    expect(new URL(request.url).host).toBe('localhost')
  })
})
