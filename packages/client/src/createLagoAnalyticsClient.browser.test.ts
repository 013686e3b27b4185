import { describe, expect, it } from 'vitest'
import { fakeFetch, json } from '../test/fakeFetch.ts'
import { createLagoAnalyticsClient } from './createLagoAnalyticsClient.browser.ts'
import { LagoAnalyticsError } from './errors.ts'
import * as browserEntry from './index.browser.ts'
import * as nodeEntry from './index.ts'
import { PROXY_BODY_FORMAT } from './proxyBody.ts'

const serverOptions = { apiUrl: 'https://api.lago.test', apiKey: 'key_123' }

describe('the browser build of createLagoAnalyticsClient', () => {
  it.each([
    ['server options', serverOptions],
    [
      'server options, even with dangerouslyAllowBrowser',
      { ...serverOptions, dangerouslyAllowBrowser: true },
    ],
    ['both modes at once', { ...serverOptions, proxyUrl: '/lago' }],
    ['no proxyUrl', {}],
    ['an empty proxyUrl', { proxyUrl: '' }],
    ['no options', undefined],
  ])('refuses %s: a Lago API key never reaches it', (_label, options) => {
    const create = () => createLagoAnalyticsClient(options as never)
    expect(create).toThrow(LagoAnalyticsError)
    expect(create).toThrow(expect.objectContaining({ code: 'invalid_options' }))
    expect(create).toThrow(/pass proxyUrl and no apiKey/)
  })

  it('talks to the proxy exactly as the default build does', async () => {
    // Same requests and same results, raised errors included, for the same replies.
    const replies = () => [
      json({ format: PROXY_BODY_FORMAT, rows: [{ month: '2026-01-01' }] }),
      json(
        {
          code: 'invalid_parameter',
          error_details: { parameter: 'months', reason: 'expected a positive integer' },
        },
        { status: 400 },
      ),
      json({ mrrs: [] }),
    ]
    const outcomes = async (create: typeof createLagoAnalyticsClient) => {
      const { fetch, calls } = fakeFetch(...replies())
      const lago = create({ proxyUrl: '/lago', fetch, retry: false })
      const settled = []
      for (const months of [3, 0, 3]) {
        settled.push(
          await lago.mrr({ currency: 'eur', months }).then(
            (value) => ({ value }),
            (error: Error) => ({ error: error.name, message: error.message }),
          ),
        )
      }
      return { settled, urls: calls.map((call) => call.url), url: lago.url('mrr', { months: 0 }) }
    }
    const browser = await outcomes(createLagoAnalyticsClient)
    expect(browser).toEqual(await outcomes(nodeEntry.createLagoAnalyticsClient))
    expect(browser.settled.map((outcome) => 'error' in outcome && outcome.error)).toEqual([
      false,
      'LagoAnalyticsParamError',
      'LagoAnalyticsResponseError',
    ])
  })

  it('reads proxy bodies and sends the host token', async () => {
    const rows = [{ month: '2026-01-01', amountCents: 1200, currency: 'EUR' }]
    const { fetch, calls } = fakeFetch(json({ format: PROXY_BODY_FORMAT, rows }))
    const lago = createLagoAnalyticsClient({
      proxyUrl: '/api/lago-analytics/',
      getAccessToken: () => 'session-abc',
      fetch,
    })
    expect(lago.mode).toBe('proxy')
    expect(lago.hasDataApi).toBe(true)
    await expect(lago.mrr({ currency: 'EUR', months: 3 })).resolves.toEqual({ rows })
    expect(calls[0]?.url).toBe('/api/lago-analytics/api/v1/analytics/mrr?currency=EUR&months=3')
    expect(calls[0]?.headers.authorization).toBe('Bearer session-abc')
  })

  it('exports the same names as the default entry', () => {
    expect(Object.keys(browserEntry).sort()).toEqual(Object.keys(nodeEntry).sort())
    expect(browserEntry.createLagoAnalyticsClient).not.toBe(nodeEntry.createLagoAnalyticsClient)
    expect(browserEntry.LagoAnalyticsError).toBe(nodeEntry.LagoAnalyticsError)
  })
})
