import { createLagoAnalyticsClient, LagoAnalyticsHttpError } from '@lago-analytics/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CUSTOMER_TOKEN_PREFIX, STAFF_TOKEN } from './demoSessions.ts'
import { PROXY_PATH, startDemoServer, type DemoServer } from './startDemoServer.ts'

let demo: DemoServer

beforeAll(async () => {
  demo = await startDemoServer({ app: false, now: new Date('2026-11-24T09:30:00Z') })
})
afterAll(async () => {
  await demo.close()
})

const browserClient = (token: string | null) =>
  createLagoAnalyticsClient({
    proxyUrl: `${demo.url}${PROXY_PATH}`,
    getAccessToken: () => token,
    retry: false,
  })

describe('the example host server', () => {
  it('staff read the whole organisation through the proxy, the key never reaches them', async () => {
    const lago = browserClient(STAFF_TOKEN)
    const { rows } = await lago.revenueStreams({ currency: 'EUR', timeGranularity: 'monthly' })
    expect(rows.length).toBeGreaterThan(10)
    const raw = await fetch(
      `${demo.url}${PROXY_PATH}/api/v1/analytics/gross_revenue?currency=EUR`,
      {
        headers: { authorization: `Bearer ${STAFF_TOKEN}` },
      },
    )
    const text = await raw.text()
    expect(raw.status).toBe(200)
    expect(text).not.toContain(demo.simulator?.apiKey ?? 'x')
    expect([...raw.headers.values()].join(' ')).not.toContain(demo.simulator?.apiKey ?? 'x')
  })

  it('a customer-portal session sees only its own customer', async () => {
    const customer = demo.simulator?.ledger.customers.find(
      (c) => c.currency === 'EUR' && c.deletedAt === null,
    )
    const lago = browserClient(`${CUSTOMER_TOKEN_PREFIX}${customer?.externalId}`)
    const own = await lago.grossRevenue({ currency: 'EUR' })
    const staff = await browserClient(STAFF_TOKEN).grossRevenue({
      currency: 'EUR',
      externalCustomerId: customer?.externalId,
    })
    expect(own.rows).toEqual(staff.rows)
    const forbidden = await lago.mrr({ currency: 'EUR' }).catch((error: unknown) => error)
    expect(forbidden).toBeInstanceOf(LagoAnalyticsHttpError)
    expect((forbidden as LagoAnalyticsHttpError).status).toBe(403)
  })

  it('no session, no data', async () => {
    const error = await browserClient(null)
      .grossRevenue()
      .catch((caught: unknown) => caught)
    expect((error as LagoAnalyticsHttpError).status).toBe(401)
  })
})
