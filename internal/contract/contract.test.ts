/**
 * The client against the simulator over real HTTP on 127.0.0.1: every dataset, every filter,
 * the ledger invariants as the client sees them, and faults reaching the caller as typed errors.
 */
import {
  createLagoAnalyticsClient,
  DATASET_NAMES,
  DATASETS,
  LagoAnalyticsHttpError,
  LagoAnalyticsResponseError,
  LagoAnalyticsTimeoutError,
  type LagoAnalyticsClient,
} from '@lago-analytics/client'
import { startSimulator, type RunningSimulator } from '@lago-analytics/simulator'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const NOW = '2026-11-24T09:30:00Z'
let sim: RunningSimulator
let lago: LagoAnalyticsClient

function clientWith(extra: Partial<Parameters<typeof createLagoAnalyticsClient>[0]> = {}) {
  return createLagoAnalyticsClient({
    apiUrl: sim.apiUrl,
    apiKey: sim.apiKey,
    dataApi: { url: sim.dataApiUrl, token: sim.dataApiToken, organizationId: sim.organizationId },
    ...extra,
  } as Parameters<typeof createLagoAnalyticsClient>[0])
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0)

beforeAll(async () => {
  sim = await startSimulator({ port: 0, host: '127.0.0.1', now: NOW, allowFaultHeader: true })
  lago = clientWith()
})

afterAll(async () => {
  await sim?.close()
})

describe('every dataset over HTTP', () => {
  it.each(DATASET_NAMES)('%s answers with valid, non-empty rows', async (name) => {
    const result = await lago.request(name, { currency: 'EUR' })
    expect(result.rows.length).toBeGreaterThan(0)
    for (const row of result.rows as object[]) {
      if ('currency' in row) expect(row.currency).toBe('EUR')
    }
    expect(result.meta !== undefined).toBe(DATASETS[name].paginated)
  })

  it('without a currency, legacy endpoints return several currencies, never converted', async () => {
    const { rows } = await lago.grossRevenue()
    const currencies = new Set(rows.map((row) => row.currency))
    expect([...currencies].sort()).toEqual(['EUR', 'JPY', 'KWD', 'USD'])
  })

  it('JPY and KWD amounts arrive as whole minor units of their own exponent', async () => {
    const jpy = await lago.revenueStreams({ currency: 'JPY', timeGranularity: 'monthly' })
    const kwd = await lago.prepaidCredits({ currency: 'KWD', timeGranularity: 'monthly' })
    for (const row of jpy.rows) expect(Number.isSafeInteger(row.grossRevenueAmountCents)).toBe(true)
    for (const row of kwd.rows) expect(Number.isSafeInteger(row.purchasedAmountCents)).toBe(true)
    expect(sum(kwd.rows.map((row) => row.purchasedAmountCents))).toBeGreaterThan(0)
  })
})

describe('every filter reaches the simulator and narrows the data', () => {
  it('the customer filter returns only that customer', async () => {
    const customer = sim.simulator.ledger.customers.find(
      (c) => c.currency === 'EUR' && c.deletedAt === null,
    )
    expect(customer).toBeDefined()
    const all = await lago.grossRevenue({ currency: 'EUR' })
    const one = await lago.grossRevenue({
      currency: 'EUR',
      externalCustomerId: customer?.externalId,
    })
    expect(sum(one.rows.map((row) => row.amountCents))).toBeLessThan(
      sum(all.rows.map((row) => row.amountCents)),
    )
  })

  it.each([
    ['customerType', { customerType: 'company' }],
    ['customerCountry', { customerCountry: 'FR' }],
    ['planCode', () => ({ planCode: sim.simulator.ledger.plans[0]?.code })],
    [
      'billingEntityCode',
      () => ({ billingEntityCode: sim.simulator.ledger.billingEntities[0]?.code }),
    ],
    [
      'externalSubscriptionId',
      () => ({
        externalSubscriptionId: sim.simulator.ledger.subscriptions.find(
          (s) => s.terminatedOn === null,
        )?.externalId,
      }),
    ],
    ['isCustomerTinEmpty', { isCustomerTinEmpty: true }],
  ])('revenue streams filtered by %s is a subset of the total', async (_name, filter) => {
    const params = typeof filter === 'function' ? filter() : filter
    const base = {
      timeGranularity: 'monthly' as const,
      fromDate: '2025-01-01',
      toDate: '2026-11-23',
    }
    const currencies = ['EUR', 'USD', 'JPY', 'KWD']
    let filteredTotal = 0
    let total = 0
    for (const currency of currencies) {
      const all = await lago.revenueStreams({ ...base, currency })
      const filtered = await lago.revenueStreams({ ...base, currency, ...params } as never)
      total += sum(all.rows.map((row) => row.grossRevenueAmountCents))
      filteredTotal += sum(filtered.rows.map((row) => row.grossRevenueAmountCents))
    }
    expect(filteredTotal).toBeGreaterThan(0)
    expect(filteredTotal).toBeLessThan(total)
  })

  it('usage filters: billable metric and recurring flag', async () => {
    const metric = sim.simulator.ledger.metrics.find((m) => !m.deleted)?.code
    const { rows } = await lago.usage({
      currency: 'EUR',
      timeGranularity: 'monthly',
      fromDate: '2026-01-01',
      billableMetricCode: metric,
    })
    expect(rows.length).toBeGreaterThan(0)
    expect(new Set(rows.map((row) => row.billableMetricCode))).toEqual(new Set([metric]))
    const recurring = await lago.usage({
      currency: 'EUR',
      timeGranularity: 'monthly',
      isBillableMetricRecurring: true,
    })
    const recurringCodes = new Set(
      sim.simulator.ledger.metrics.filter((m) => m.recurring).map((m) => m.code),
    )
    expect(recurring.rows.every((row) => recurringCodes.has(row.billableMetricCode))).toBe(true)
  })

  it('granularities: daily, weekly (ISO weeks from Monday) and monthly buckets', async () => {
    const range = { currency: 'USD', fromDate: '2026-10-01', toDate: '2026-10-31' }
    const daily = await lago.usageAmounts({ ...range, timeGranularity: 'daily' })
    const weekly = await lago.usageAmounts({ ...range, timeGranularity: 'weekly' })
    const monthly = await lago.usageAmounts({ ...range, timeGranularity: 'monthly' })
    expect(new Set(daily.rows.map((row) => row.startOfPeriodDt)).size).toBe(31)
    for (const row of weekly.rows)
      expect(new Date(`${row.startOfPeriodDt}T00:00:00Z`).getUTCDay()).toBe(1)
    expect(monthly.rows.map((row) => [row.startOfPeriodDt, row.endOfPeriodDt])).toEqual([
      ['2026-10-01', '2026-10-31'],
    ])
    expect(sum(daily.rows.map((row) => row.amountCents))).toBe(
      sum(monthly.rows.map((row) => row.amountCents)),
    )
  })

  it('months window on legacy endpoints counts the current month', async () => {
    const { rows } = await lago.mrr({ currency: 'EUR', months: 3 })
    expect(rows.map((row) => row.month)).toEqual(['2026-09-01', '2026-10-01', '2026-11-01'])
  })

  it('pagination walks every customer exactly once', async () => {
    const seen: string[] = []
    for await (const row of lago.revenueByCustomer.paginate({ currency: 'USD', limit: 25 }))
      seen.push(row.externalCustomerId)
    const first = await lago.revenueByCustomer({ currency: 'USD', limit: 25 })
    expect(seen).toHaveLength(first.meta?.totalCount ?? -1)
    expect(new Set(seen).size).toBe(seen.length)
  })
})

describe('invariants, as the client sees them', () => {
  const range = { fromDate: '2025-06-01', toDate: '2026-11-23' }

  it.each(['EUR', 'USD', 'JPY', 'KWD'])(
    'revenue streams: gross = components, net = gross − contra (%s)',
    async (currency) => {
      for (const timeGranularity of ['daily', 'weekly', 'monthly'] as const) {
        const { rows } = await lago.revenueStreams({ currency, timeGranularity, ...range })
        expect(rows.length).toBeGreaterThan(0)
        for (const row of rows) {
          expect(row.grossRevenueAmountCents).toBe(
            row.subscriptionFeeAmountCents +
              row.usageBasedFeeAmountCents +
              row.commitmentFeeAmountCents +
              row.oneOffFeeAmountCents,
          )
          expect(row.netRevenueAmountCents).toBe(
            row.grossRevenueAmountCents - row.contraRevenueAmountCents,
          )
          expect(row.contraRevenueAmountCents).toBe(
            row.couponsAmountCents +
              row.creditNotesCreditsAmountCents +
              row.freeCreditsAmountCents +
              row.prepaidCreditsAmountCents +
              row.progressiveBillingCreditAmountCents,
          )
        }
      }
    },
  )

  it.each(['EUR', 'USD', 'JPY', 'KWD'])(
    'MRR movements chain: ending = starting + movements, starting = previous ending (%s)',
    async (currency) => {
      for (const timeGranularity of ['weekly', 'monthly'] as const) {
        const { rows } = await lago.mrrMovements({ currency, timeGranularity, ...range })
        expect(rows.length).toBeGreaterThan(2)
        rows.forEach((row, index) => {
          expect(row.endingMrr).toBe(
            row.startingMrr + row.mrrNew + row.mrrExpansion + row.mrrContraction + row.mrrChurn,
          )
          expect(row.mrrChange).toBe(row.endingMrr - row.startingMrr)
          expect(row.mrrContraction).toBeLessThanOrEqual(0)
          expect(row.mrrChurn).toBeLessThanOrEqual(0)
          if (index > 0) expect(row.startingMrr).toBe(rows[index - 1]?.endingMrr)
        })
      }
    },
  )

  it.each(['EUR', 'USD'])(
    'customer and plan breakdowns sum to the revenue stream totals (%s)',
    async (currency) => {
      const streams = await lago.revenueStreams({ currency, timeGranularity: 'monthly' })
      const gross = sum(streams.rows.map((row) => row.grossRevenueAmountCents))
      const net = sum(streams.rows.map((row) => row.netRevenueAmountCents))
      const customers = []
      for await (const row of lago.revenueByCustomer.paginate({ currency, limit: 100 }))
        customers.push(row)
      const plans = []
      for await (const row of lago.revenueByPlan.paginate({ currency, limit: 100 })) plans.push(row)
      expect(sum(customers.map((row) => row.grossRevenueAmountCents))).toBe(gross)
      expect(sum(customers.map((row) => row.netRevenueAmountCents))).toBe(net)
      expect(sum(plans.map((row) => row.grossRevenueAmountCents))).toBe(gross)
      expect(sum(plans.map((row) => row.netRevenueAmountCents))).toBe(net)
    },
  )

  it('MRR by plan sums to the latest ending MRR', async () => {
    const movements = await lago.mrrMovements({ currency: 'EUR', timeGranularity: 'monthly' })
    const plans = []
    for await (const row of lago.mrrByPlan.paginate({ currency: 'EUR' })) plans.push(row)
    expect(
      Math.abs(sum(plans.map((row) => row.mrr)) - (movements.rows.at(-1)?.endingMrr ?? 0)),
    ).toBeLessThanOrEqual(plans.length)
  })

  it('per-metric usage sums equal aggregated amounts per bucket', async () => {
    const params = {
      currency: 'USD',
      timeGranularity: 'weekly' as const,
      fromDate: '2026-05-01',
      toDate: '2026-11-23',
    }
    const perMetric = await lago.usage(params)
    const aggregated = await lago.usageAmounts(params)
    const byBucket = new Map<string, number>()
    for (const row of perMetric.rows)
      byBucket.set(row.startOfPeriodDt, (byBucket.get(row.startOfPeriodDt) ?? 0) + row.amountCents)
    for (const row of aggregated.rows)
      expect(byBucket.get(row.startOfPeriodDt) ?? 0).toBe(row.amountCents)
    expect(aggregated.rows.length).toBeGreaterThan(20)
  })
})

describe('faults reach the caller as typed errors, retries recover', () => {
  const fault = (value: string) =>
    clientWith({ headers: { 'x-simulator-fault': value }, retry: { baseDelayMs: 5, retries: 2 } })

  it('a 503 on the first attempt is retried and succeeds', async () => {
    const before = sim.simulator.stats().requests
    const { rows } = await fault('503;times=1;id=contract-503').mrr({ currency: 'EUR' })
    expect(rows.length).toBeGreaterThan(0)
    expect(sim.simulator.stats().requests - before).toBe(2)
  })

  it('a 429 with Retry-After is waited out and retried', async () => {
    const started = Date.now()
    const { rows } = await fault('rate-limit;seconds=1;times=1;id=contract-429').grossRevenue({
      currency: 'EUR',
    })
    expect(rows.length).toBeGreaterThan(0)
    expect(Date.now() - started).toBeGreaterThanOrEqual(950)
  })

  it('a 500 is not retried', async () => {
    const before = sim.simulator.stats().requests
    const error = await fault('500')
      .mrr()
      .catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(LagoAnalyticsHttpError)
    expect((error as LagoAnalyticsHttpError).status).toBe(500)
    expect(sim.simulator.stats().requests - before).toBe(1)
  })

  it('persistent 502s exhaust the retries and surface the status', async () => {
    const before = sim.simulator.stats().requests
    const error = await fault('502')
      .revenueStreams()
      .catch((caught: unknown) => caught)
    expect((error as LagoAnalyticsHttpError).status).toBe(502)
    expect(sim.simulator.stats().requests - before).toBe(3)
  })

  it('malformed JSON and wrong field types are LagoAnalyticsResponseError', async () => {
    await expect(fault('malformed-json').mrr()).rejects.toBeInstanceOf(LagoAnalyticsResponseError)
    const error = (await fault('wrong-types')
      .grossRevenue()
      .catch((caught: unknown) => caught)) as LagoAnalyticsResponseError
    expect(error).toBeInstanceOf(LagoAnalyticsResponseError)
    expect(error.rowIndex).toBeTypeOf('number')
    expect(error.field).toBeTypeOf('string')
  })

  it('legacy numbers-as-strings parse to the same values as plain numbers', async () => {
    for (const name of [
      'grossRevenue',
      'invoiceCollection',
      'overdueBalance',
      'invoicedUsage',
      'usage',
    ] as const) {
      const plain = await lago.request(name, { currency: 'EUR' })
      const strings = await fault('legacy-strings').request(name, { currency: 'EUR' })
      expect(strings.rows).toEqual(plain.rows)
    }
    const plainMrr = await lago.mrr({ currency: 'EUR' })
    const stringMrr = await fault('legacy-strings').mrr({ currency: 'EUR' })
    stringMrr.rows.forEach((row, index) =>
      expect(
        Math.abs(row.amountCents - (plainMrr.rows[index]?.amountCents ?? 0)),
      ).toBeLessThanOrEqual(1),
    )
  })

  it('a hang becomes a LagoAnalyticsTimeoutError after timeoutMs', async () => {
    const client = clientWith({
      headers: { 'x-simulator-fault': 'hang' },
      timeoutMs: 200,
      retry: false,
    })
    await expect(client.mrr()).rejects.toBeInstanceOf(LagoAnalyticsTimeoutError)
  })

  it('latency is just slower', async () => {
    const started = Date.now()
    await fault('latency;ms=150').mrr({ currency: 'EUR' })
    expect(Date.now() - started).toBeGreaterThanOrEqual(140)
  })
})

describe('auth and gating, as Lago does them', () => {
  it('a wrong key is a 401 and the key is nowhere in the error', async () => {
    const client = createLagoAnalyticsClient({ apiUrl: sim.apiUrl, apiKey: 'not_the_key_123456' })
    const error = (await client.mrr().catch((caught: unknown) => caught)) as LagoAnalyticsHttpError
    expect(error.status).toBe(401)
    expect(`${String(error)} ${JSON.stringify(error)} ${error.stack}`).not.toContain(
      'not_the_key_123456',
    )
  })

  it('without premium: premium datasets are feature_unavailable, the free ones answer', async () => {
    const free = await startSimulator({ port: 0, now: NOW, premium: false })
    try {
      const client = createLagoAnalyticsClient({
        apiUrl: free.apiUrl,
        apiKey: free.apiKey,
        dataApi: {
          url: free.dataApiUrl,
          token: free.dataApiToken,
          organizationId: free.organizationId,
        },
      })
      for (const name of [
        'mrr',
        'invoiceCollection',
        'invoicedUsage',
        'revenueStreams',
        'mrrMovements',
        'prepaidCredits',
      ] as const) {
        const error = (await client
          .request(name)
          .catch((caught: unknown) => caught)) as LagoAnalyticsHttpError
        expect(error.isFeatureUnavailable).toBe(true)
      }
      expect((await client.grossRevenue()).rows.length).toBeGreaterThan(0)
      const usage = await client.usage({ timeGranularity: 'monthly', fromDate: '2020-01-01' })
      const days = new Set(usage.rows.map((row) => row.startOfPeriodDt))
      expect(days.size).toBeLessThanOrEqual(31) // clamped to the last 30 days, daily
    } finally {
      await free.close()
    }
  })
})
