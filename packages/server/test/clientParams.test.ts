/**
 * Parameters through the proxy: a proxy-mode client writes values without judging them (the
 * browser build does not ship the validator) and the proxy validates them with the client's own
 * `encodeQuery`. A bad value must reach neither Lago nor the caller as anything but the
 * `LagoAnalyticsParamError` a server-mode client raises for it, message for message.
 */
import {
  createLagoAnalyticsClient,
  DATASETS,
  LagoAnalyticsParamError,
  type DatasetName,
} from '@lago-analytics/client'
import { encodeQuery } from '@lago-analytics/client/protocol'
import { describe, expect, it } from 'vitest'
import { createAnalyticsProxy } from '../src/createAnalyticsProxy.ts'
import { createTestSimulator, inProcessUpstream, recordingFetch } from './helpers.ts'

const sim = createTestSimulator()

function setup() {
  const upstream = recordingFetch((request) => sim.fetch(request))
  const proxy = createAnalyticsProxy({
    ...inProcessUpstream(sim.organizationId),
    authorize: () => ({ datasets: 'all' }),
    basePath: '/lago',
    rateLimit: false,
    fetch: upstream.fetch,
  })
  const browserCalls: string[] = []
  const client = createLagoAnalyticsClient({
    proxyUrl: 'https://app.test/lago',
    fetch: async (input, init) => {
      browserCalls.push(String(input))
      return proxy(new Request(String(input), init))
    },
  })
  return { client, upstream: upstream.calls, browserCalls }
}

const INVALID: [DatasetName, Record<string, unknown>][] = [
  ['mrr', { months: 0 }],
  ['mrr', { months: 1.5 }],
  ['mrr', { currency: 'EURO' }],
  ['grossRevenue', { billingEntityCode: '' }],
  ['revenueStreams', { fromDate: '2026-02-30' }],
  ['revenueStreams', { fromDate: new Date(Number.NaN) }],
  ['revenueStreams', { fromDate: '2026-03-01', toDate: '2026-02-01' }],
  ['revenueStreams', { isCustomerTinEmpty: 'yes' }],
  ['revenueStreams', { customerCountry: 'France' }],
  ['usage', { timeGranularity: 'hourly' }],
  ['revenueByPlan', { orderBy: 'name' }],
  ['revenueByPlan', { page: -1 }],
]

describe('parameters through the proxy', () => {
  it.each(INVALID)(
    '%s %j: the same LagoAnalyticsParamError as client-side validation, Lago never asked',
    async (name, params) => {
      const { client, upstream, browserCalls } = setup()
      let expected: unknown
      try {
        encodeQuery(DATASETS[name], params)
      } catch (error) {
        expected = error
      }
      expect(expected).toBeInstanceOf(LagoAnalyticsParamError)
      const error = await client.request(name, params as never).catch((caught: unknown) => caught)
      expect(error).toBeInstanceOf(LagoAnalyticsParamError)
      const { param, message, dataset, code } = expected as LagoAnalyticsParamError
      expect(error).toMatchObject({ param, message, dataset, code })
      expect(upstream).toEqual([])
      // A 400 is never retried.
      expect(browserCalls).toHaveLength(1)
    },
  )

  it('normalises what the browser sent as it is (codes upper-cased, dates as days)', async () => {
    const { client, upstream, browserCalls } = setup()
    const { rows } = await client.revenueStreams({
      currency: 'eur',
      fromDate: new Date('2026-01-15T23:00:00Z'),
      toDate: '2026-03-31',
      timeGranularity: 'monthly',
    })
    expect(rows.length).toBeGreaterThan(0)
    expect(new URL(browserCalls[0] as string).search).toBe(
      '?currency=eur&from_date=2026-01-15&time_granularity=monthly&to_date=2026-03-31',
    )
    const forwarded = new URL(upstream[0]?.url as string).searchParams
    expect(forwarded.get('currency')).toBe('EUR')
    expect(forwarded.get('from_date')).toBe('2026-01-15')
  })
})
