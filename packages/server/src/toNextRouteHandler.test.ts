import { PROXY_BODY_FORMAT } from '@lago-analytics/client/protocol'
import { describe, expect, it } from 'vitest'
import { createAnalyticsProxy } from './createAnalyticsProxy.ts'
import { toNextRouteHandler } from './toNextRouteHandler.ts'

describe('toNextRouteHandler', () => {
  it('exports GET and HEAD that take the Web Request Next passes', async () => {
    const proxy = createAnalyticsProxy({
      apiUrl: 'http://lago.test',
      apiKey: 'k'.repeat(20),
      basePath: '/api/lago-analytics',
      authorize: () => ({ datasets: ['mrr'] }),
      fetch: async () => new Response(JSON.stringify({ mrrs: [] })),
    })
    const { GET, HEAD } = toNextRouteHandler(proxy)
    const url = 'https://app.test/api/lago-analytics/api/v1/analytics/mrr?currency=EUR'
    const response = await GET(new Request(url))
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ format: PROXY_BODY_FORMAT, rows: [] })
    const head = await HEAD(new Request(url, { method: 'HEAD' }))
    expect(head.status).toBe(200)
    expect(await head.text()).toBe('')
    const forbidden = await GET(
      new Request('https://app.test/api/lago-analytics/api/v1/analytics/mrr?x=1'),
    )
    expect(forbidden.status).toBe(400)
  })
})
