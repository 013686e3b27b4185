import { afterEach, describe, expect, it, vi } from 'vitest'
import { createLagoAnalyticsClient } from './createLagoAnalyticsClient.ts'
import { DATASET_NAMES, DATASETS, type DatasetName } from './datasets.ts'
import { LagoAnalyticsError, LagoAnalyticsHttpError, LagoAnalyticsParamError } from './errors.ts'
import { PROXY_BODY_FORMAT } from './proxyBody.ts'
import { fakeFetch, json } from '../test/fakeFetch.ts'

/** A minimal valid body for each dataset. */
function emptyBody(name: DatasetName): unknown {
  const { envelope, paginated } = DATASETS[name]
  if (envelope === null) return []
  return paginated
    ? {
        [envelope]: [],
        meta: { current_page: 1, next_page: 0, prev_page: 0, total_pages: 1, total_count: 0 },
      }
    : { [envelope]: [] }
}

const serverOptions = {
  apiUrl: 'https://api.lago.test/',
  apiKey: 'key_123',
  dataApi: { url: 'https://data.lago.test/', token: 'tok_456', organizationId: 'org/1' },
}

const EXPECTED_SERVER_URLS: Record<DatasetName, string> = {
  grossRevenue: 'https://api.lago.test/api/v1/analytics/gross_revenue',
  invoicedUsage: 'https://api.lago.test/api/v1/analytics/invoiced_usage',
  invoiceCollection: 'https://api.lago.test/api/v1/analytics/invoice_collection',
  mrr: 'https://api.lago.test/api/v1/analytics/mrr',
  overdueBalance: 'https://api.lago.test/api/v1/analytics/overdue_balance',
  usage: 'https://api.lago.test/api/v1/analytics/usage',
  revenueStreams: 'https://data.lago.test/revenue_streams/org%2F1/',
  revenueByPlan: 'https://data.lago.test/revenue_streams/org%2F1/plans/',
  revenueByCustomer: 'https://data.lago.test/revenue_streams/org%2F1/customers/',
  mrrMovements: 'https://data.lago.test/mrrs/org%2F1/',
  mrrByPlan: 'https://data.lago.test/mrrs/org%2F1/plans/',
  prepaidCredits: 'https://data.lago.test/prepaid_credits/org%2F1/',
  usageAmounts: 'https://data.lago.test/usages/org%2F1/aggregated_amounts/',
  invoicedUsageByMetric: 'https://data.lago.test/usages/org%2F1/invoiced/',
  usageForecast: 'https://data.lago.test/usages/org%2F1/forecasted/',
}

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('createLagoAnalyticsClient, server side', () => {
  it.each(DATASET_NAMES)(
    '%s goes to its Lago URL with the right Bearer credential',
    async (name) => {
      const { fetch, calls } = fakeFetch(json(emptyBody(name)))
      const lago = createLagoAnalyticsClient({ ...serverOptions, fetch })
      const result = await lago[name]()
      expect(result.rows).toEqual([])
      expect(calls[0]?.url).toBe(EXPECTED_SERVER_URLS[name])
      const expectedAuth = DATASETS[name].surface === 'public' ? 'Bearer key_123' : 'Bearer tok_456'
      expect(calls[0]?.headers.authorization).toBe(expectedAuth)
      expect(calls[0]?.headers.accept).toBe('application/json')
    },
  )

  it('sends typed params as wire query params', async () => {
    const { fetch, calls } = fakeFetch(json([]))
    const lago = createLagoAnalyticsClient({ ...serverOptions, fetch })
    await lago.revenueStreams({
      currency: 'eur',
      fromDate: '2026-01-01',
      toDate: new Date(Date.UTC(2026, 5, 30)),
      timeGranularity: 'monthly',
      customerType: 'company',
      customerCountry: 'fr',
      planCode: 'pro plan',
      isCustomerTinEmpty: false,
    })
    const url = new URL(calls[0]?.url ?? '')
    expect(Object.fromEntries(url.searchParams)).toEqual({
      currency: 'EUR',
      customer_country: 'FR',
      customer_type: 'company',
      from_date: '2026-01-01',
      is_customer_tin_empty: 'false',
      plan_code: 'pro plan',
      time_granularity: 'monthly',
      to_date: '2026-06-30',
    })
  })

  it('rejects invalid params before sending anything', async () => {
    const { fetch, calls } = fakeFetch(json([]))
    const lago = createLagoAnalyticsClient({ ...serverOptions, fetch })
    await expect(lago.mrrMovements({ timeGranularity: 'hourly' as never })).rejects.toBeInstanceOf(
      LagoAnalyticsParamError,
    )
    expect(calls).toHaveLength(0)
  })

  it('raises data_api_not_configured for Data API datasets without dataApi, sending nothing', async () => {
    const { fetch, calls } = fakeFetch(json([]))
    const lago = createLagoAnalyticsClient({ apiUrl: 'https://api.lago.test', apiKey: 'k', fetch })
    expect(lago.hasDataApi).toBe(false)
    const error = await lago.mrrMovements().catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(LagoAnalyticsError)
    expect((error as LagoAnalyticsError).code).toBe('data_api_not_configured')
    expect(calls).toHaveLength(0)
  })

  it('never lets a custom header replace the Authorization it owns', async () => {
    const { fetch, calls } = fakeFetch(json({ mrrs: [] }))
    const lago = createLagoAnalyticsClient({
      ...serverOptions,
      fetch,
      headers: { Authorization: 'Bearer stolen', 'x-simulator-fault': 'latency' },
    })
    await lago.mrr()
    expect(calls[0]?.headers.authorization).toBe('Bearer key_123')
    expect(calls[0]?.headers['x-simulator-fault']).toBe('latency')
  })

  it('refuses an API key in a browser unless told otherwise', () => {
    vi.stubGlobal('window', { document: {} })
    expect(() => createLagoAnalyticsClient(serverOptions)).toThrow(
      /refusing to use a Lago API key in a browser/,
    )
    expect(() =>
      createLagoAnalyticsClient({ ...serverOptions, dangerouslyAllowBrowser: true }),
    ).not.toThrow()
  })

  it.each([
    [{ apiUrl: '', apiKey: 'k' }, /apiUrl/],
    [{ apiUrl: 'https://x', apiKey: '' }, /apiKey/],
    [{ apiUrl: 'https://x', apiKey: 'k', timeoutMs: 0 }, /timeoutMs/],
    [{ apiUrl: 'https://x', apiKey: 'k', retry: { retries: -1 } }, /retry.retries/],
    [
      {
        apiUrl: 'https://x',
        apiKey: 'k',
        dataApi: { url: 'https://d', token: '', organizationId: 'o' },
      },
      /dataApi.token/,
    ],
    [{ proxyUrl: '/p', apiKey: 'k', apiUrl: 'https://x' }, /not both/],
  ])('validates options %#', (options, message) => {
    expect(() => createLagoAnalyticsClient(options as never)).toThrow(message)
  })
})

/** What @lago-analytics/server answers: normalised rows in its tagged format. */
const proxyBody = (rows: unknown[] = [], meta?: object) =>
  json({ format: PROXY_BODY_FORMAT, rows, ...(meta && { meta }) })
const ONE_PAGE = { currentPage: 1, nextPage: null, prevPage: null, totalPages: 1, totalCount: 0 }

describe('createLagoAnalyticsClient, through a proxy', () => {
  it('builds the proxy paths and sends the host token', async () => {
    const { fetch, calls } = fakeFetch((call) =>
      proxyBody([], call.url.includes('/data-api/') ? ONE_PAGE : undefined),
    )
    const lago = createLagoAnalyticsClient({
      proxyUrl: '/api/lago-analytics/',
      getAccessToken: async () => 'session-abc',
      fetch,
    })
    expect(lago.mode).toBe('proxy')
    await lago.grossRevenue({ externalCustomerId: 'acme' })
    await lago.revenueByPlan({ page: 2 })
    expect(calls.map((call) => call.url)).toEqual([
      '/api/lago-analytics/api/v1/analytics/gross_revenue?external_customer_id=acme',
      '/api/lago-analytics/data-api/revenue_streams/plans?page=2',
    ])
    expect(calls.every((call) => call.headers.authorization === 'Bearer session-abc')).toBe(true)
  })

  it('sends no Authorization when there is no token', async () => {
    const { fetch, calls } = fakeFetch(proxyBody())
    const lago = createLagoAnalyticsClient({
      proxyUrl: 'https://app.test/lago',
      getAccessToken: () => null,
      fetch,
    })
    await lago.mrr()
    expect(calls[0]?.headers.authorization).toBeUndefined()
  })

  it('exposes request() and url() for generic callers', async () => {
    const { fetch } = fakeFetch(proxyBody())
    const lago = createLagoAnalyticsClient({ proxyUrl: 'https://app.test/lago', fetch })
    expect(lago.url('mrr', { currency: 'EUR', months: 3 })).toBe(
      'https://app.test/lago/api/v1/analytics/mrr?currency=EUR&months=3',
    )
    await expect(lago.request('mrr', {})).resolves.toEqual({ rows: [] })
  })

  it('writes values as given and leaves judging them to the proxy', () => {
    const lago = createLagoAnalyticsClient({ proxyUrl: 'https://app.test/lago' })
    // The proxy validates with encodeQuery and upper-cases codes; the browser ships neither.
    expect(
      lago.url('revenueStreams', {
        currency: 'usd',
        fromDate: new Date('2026-01-02T23:30:00Z'),
        toDate: '2026-02-30',
        isCustomerTinEmpty: false,
        unknownKey: 'dropped',
      } as never),
    ).toBe(
      'https://app.test/lago/data-api/revenue_streams?currency=usd&from_date=2026-01-02&is_customer_tin_empty=false&to_date=2026-02-30',
    )
    expect(() => lago.url('mrr', 'currency=EUR' as never)).toThrow(LagoAnalyticsParamError)
  })

  it("raises the proxy's 400 invalid_parameter as a LagoAnalyticsParamError, other 4xx as they are", async () => {
    const invalid = (details: object | undefined) =>
      json(
        {
          status: 400,
          error: 'Bad Request',
          code: 'invalid_parameter',
          message: 'expected a positive integer: "months"',
          ...(details && { error_details: details }),
        },
        { status: 400 },
      )
    const { fetch, calls } = fakeFetch(
      invalid({ parameter: 'from_date', reason: 'expected a YYYY-MM-DD date or a valid Date' }),
      invalid(undefined),
      // Only a parameter of the dataset with a string reason is taken.
      invalid({ parameter: 'password', reason: 'no' }),
      invalid({ parameter: 'months', reason: { toString: 1 } }),
      json({ status: 400, error: 'Bad Request', code: 'unknown_parameter' }, { status: 400 }),
      invalid({ parameter: 'months', reason: 'x'.repeat(5_000) }),
    )
    const lago = createLagoAnalyticsClient({ proxyUrl: 'https://app.test/lago', fetch })
    const error = await lago.mrrMovements().catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(LagoAnalyticsParamError)
    expect(error).toMatchObject({
      code: 'invalid_params',
      dataset: 'mrrMovements',
      param: 'fromDate',
      message:
        'Invalid parameter "fromDate" for mrrMovements: expected a YYYY-MM-DD date or a valid Date',
    })
    expect((error as Error).cause).toBeInstanceOf(LagoAnalyticsHttpError)
    for (const code of [
      'invalid_parameter',
      'invalid_parameter',
      'invalid_parameter',
      'unknown_parameter',
    ]) {
      const other = await lago.mrr().catch((caught: unknown) => caught)
      expect(other).toBeInstanceOf(LagoAnalyticsHttpError)
      expect(other).toMatchObject({ status: 400, lagoCode: code })
    }
    // A long reason is bounded.
    const long = await lago.mrr().catch((caught: unknown) => caught)
    expect(long).toMatchObject({ param: 'months' })
    expect((long as Error).message.length).toBeLessThan(300)
    expect(calls).toHaveLength(6)
  })
})

describe('paginate', () => {
  const planRow = (id: number) => ({
    customer_id: `c${id}`,
    external_customer_id: `ext_${id}`,
    customer_name: `Customer ${id}`,
    customer_deleted_at: null,
    amount_currency: 'EUR',
    gross_revenue_amount_cents: 100 * id,
    gross_revenue_share: 0.1,
    net_revenue_amount_cents: 90 * id,
    net_revenue_share: 0.1,
  })

  it('walks every page and yields rows in order', async () => {
    const pages = [
      {
        revenue_streams_customers: [planRow(1), planRow(2)],
        meta: { current_page: 1, next_page: 2, prev_page: 0, total_pages: 3, total_count: 5 },
      },
      {
        revenue_streams_customers: [planRow(3), planRow(4)],
        meta: { current_page: 2, next_page: 3, prev_page: 1, total_pages: 3, total_count: 5 },
      },
      {
        revenue_streams_customers: [planRow(5)],
        meta: { current_page: 3, next_page: 0, prev_page: 2, total_pages: 3, total_count: 5 },
      },
    ]
    const { fetch, calls } = fakeFetch((call) =>
      json(pages[Number(new URL(call.url).searchParams.get('page')) - 1]),
    )
    const lago = createLagoAnalyticsClient({ ...serverOptions, fetch })
    const ids: string[] = []
    for await (const row of lago.revenueByCustomer.paginate({ currency: 'EUR', limit: 2 }))
      ids.push(row.externalCustomerId)
    expect(ids).toEqual(['ext_1', 'ext_2', 'ext_3', 'ext_4', 'ext_5'])
    expect(calls.map((call) => new URL(call.url).search)).toEqual([
      '?currency=EUR&limit=2&page=1',
      '?currency=EUR&limit=2&page=2',
      '?currency=EUR&limit=2&page=3',
    ])
  })

  it('stops at maxPages even if the server keeps saying there is more', async () => {
    const { fetch, calls } = fakeFetch((call) => {
      const page = Number(new URL(call.url).searchParams.get('page'))
      return json({
        revenue_streams_customers: [planRow(page)],
        meta: {
          current_page: page,
          next_page: page + 1,
          prev_page: page - 1,
          total_pages: 999,
          total_count: 999,
        },
      })
    })
    const lago = createLagoAnalyticsClient({ ...serverOptions, fetch })
    const rows = []
    for await (const row of lago.revenueByCustomer.paginate({}, { maxPages: 4 })) rows.push(row)
    expect(rows).toHaveLength(4)
    expect(calls).toHaveLength(4)
  })
})
