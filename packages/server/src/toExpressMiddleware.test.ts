import { createLagoAnalyticsClient } from '@lago-analytics/client'
import { createSimulator } from '@lago-analytics/simulator'
import express from 'express'
import { describe, expect, it } from 'vitest'
import { NOW, serveHandler, TEST_API_KEY } from '../test/helpers.ts'
import { createAnalyticsProxy } from './createAnalyticsProxy.ts'
import { toExpressMiddleware } from './toExpressMiddleware.ts'

const sim = createSimulator({ now: NOW, apiKey: TEST_API_KEY })
const proxy = createAnalyticsProxy({
  apiUrl: 'http://lago.test',
  apiKey: TEST_API_KEY,
  basePath: '/api/lago-analytics',
  authorize: (request) =>
    request.headers.get('authorization') === 'Bearer user-token' ? { datasets: 'all' } : null,
  fetch: async (input, init) => sim.fetch(new Request(input as string, init)),
})

describe('toExpressMiddleware', () => {
  it.each([
    ['app.use(middleware)', (app: express.Express) => app.use(toExpressMiddleware(proxy))],
    [
      "app.use('/api/lago-analytics', middleware)",
      (app: express.Express) => app.use('/api/lago-analytics', toExpressMiddleware(proxy)),
    ],
  ])(
    'serves the browser client through Express 5 (%s), passing other paths on',
    async (_, mount) => {
      const app = express()
      app.get('/health', (_req, res) => {
        res.json({ ok: true })
      })
      mount(app)
      app.use((_req, res) => {
        res.status(404).json({ from: 'express' })
      })
      const served = await serveHandler(app)
      try {
        const client = createLagoAnalyticsClient({
          proxyUrl: `${served.url}/api/lago-analytics`,
          getAccessToken: () => 'user-token',
          retry: false,
        })
        const { rows } = await client.grossRevenue({ currency: 'EUR' })
        expect(rows.length).toBeGreaterThan(0)
        expect(await (await fetch(`${served.url}/health`)).json()).toEqual({ ok: true })
        expect(await (await fetch(`${served.url}/elsewhere`)).json()).toEqual({ from: 'express' })
        const unknown = await fetch(`${served.url}/api/lago-analytics/api/v1/analytics/nope`)
        expect(unknown.status).toBe(404)
        expect(await unknown.json()).toMatchObject({ code: 'dataset_not_found' })
        const anonymous = await fetch(`${served.url}/api/lago-analytics/api/v1/analytics/mrr`)
        expect(anonymous.status).toBe(401)
      } finally {
        await served.close()
      }
    },
  )
})
