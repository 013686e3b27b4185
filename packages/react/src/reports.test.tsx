import { createLagoAnalyticsClient } from '@lago-analytics/client'
import {
  createFilterStore,
  DEFAULT_FILTERS,
  toDatasetParams,
  type FilterState,
} from '@lago-analytics/core/filters'
import { act, render, renderHook, screen, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { harness, NOW } from '../test/setup.tsx'
import { FilterStoreProvider } from './FilterStoreProvider.tsx'
import { useGrossRevenue, useMrr } from './hooks/datasetHooks.ts'
import {
  useMrrMovements,
  usePrepaidCredits,
  useRevenueStreams,
  useUsageByMetric,
} from './hooks/reportHooks.ts'
import { useDataFreshness } from './hooks/useDataFreshness.ts'
import { usePeriodComparison } from './hooks/usePeriodComparison.ts'
import { useRevenueBreakdown } from './hooks/useRevenueBreakdown.ts'
import { useUsageDistribution } from './hooks/useUsageDistribution.ts'
import { LagoAnalyticsProvider } from './LagoAnalyticsProvider.tsx'

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0)

describe('report hooks', () => {
  it('useRevenueStreams: gap-filled points whose net equals the rows net', async () => {
    const h = harness()
    const { result } = renderHook(
      () => useRevenueStreams({ filters: { currency: 'USD', range: { preset: 'last90Days' } } }),
      { wrapper: h.wrapper },
    )
    await waitFor(() => expect(result.current.state).toBe('ready'))
    const raw = await h.client.revenueStreams(result.current.params as never)
    const points = result.current.data?.points ?? []
    expect(points.length).toBeGreaterThan(0)
    expect(sum(points.map((point) => point.net))).toBe(
      sum(raw.rows.map((row) => row.netRevenueAmountCents)),
    )
  })

  it('useMrrMovements and usePrepaidCredits transform the Data API rows', async () => {
    const h = harness()
    const movements = renderHook(() => useMrrMovements({ filters: { currency: 'EUR' } }), {
      wrapper: h.wrapper,
    })
    const credits = renderHook(() => usePrepaidCredits({ filters: { currency: 'EUR' } }), {
      wrapper: h.wrapper,
    })
    await waitFor(() => expect(movements.result.current.state).toBe('ready'))
    await waitFor(() => expect(credits.result.current.state).toBe('ready'))
    expect(movements.result.current.data?.points.length).toBe(12)
    expect(credits.result.current.data?.points.length).toBeGreaterThan(0)
  })

  it('useUsageByMetric lists the simulator metrics', async () => {
    const h = harness()
    const { result } = renderHook(() => useUsageByMetric({ filters: { currency: 'USD' } }), {
      wrapper: h.wrapper,
    })
    await waitFor(() => expect(result.current.state).toBe('ready'))
    const codes = (result.current.data?.metrics ?? []).map((metric) => metric.billableMetricCode)
    const known = new Set(h.simulator.ledger.metrics.map((metric) => metric.code))
    expect(codes.length).toBeGreaterThanOrEqual(5)
    expect(codes.every((code) => known.has(code))).toBe(true)
  })

  it('a 403 feature_unavailable is the "unavailable on this plan" state, not an error', async () => {
    const h = harness({ premium: false })
    const mrr = renderHook(() => useMrr(), { wrapper: h.wrapper })
    const gross = renderHook(() => useGrossRevenue(), { wrapper: h.wrapper })
    await waitFor(() => expect(mrr.result.current.state).toBe('unavailable'))
    expect(mrr.result.current.unavailableReason).toBe('plan')
    await waitFor(() => expect(gross.result.current.state).toBe('ready'))
  })

  it('a Data API dataset without a Data API is "unavailable: data-api"', async () => {
    const h = harness()
    const client = createLagoAnalyticsClient({
      apiUrl: 'http://lago.test',
      apiKey: h.simulator.apiKey,
      fetch: (() => Promise.reject(new Error('no'))) as never,
      dangerouslyAllowBrowser: true,
    })
    const { result } = renderHook(() => useRevenueStreams(), {
      wrapper: ({ children }) => (
        <LagoAnalyticsProvider client={client} now={() => NOW}>
          {children}
        </LagoAnalyticsProvider>
      ),
    })
    await waitFor(() => expect(result.current.state).toBe('unavailable'))
    expect(result.current.unavailableReason).toBe('data-api')
  })

  it('an empty result is the empty state', async () => {
    const h = harness()
    const { result } = renderHook(
      () => useGrossRevenue({ currency: 'EUR', externalCustomerId: 'nobody-at-all' }),
      { wrapper: h.wrapper },
    )
    await waitFor(() => expect(result.current.state).toBe('empty'))
  })
})

describe('breakdowns and fan-out', () => {
  it('useRevenueBreakdown by customer: top-N + Other adds up to the total', async () => {
    const h = harness()
    const { result } = renderHook(
      () => useRevenueBreakdown({ by: 'customer', topN: 5, filters: { currency: 'USD' } }),
      { wrapper: h.wrapper },
    )
    await waitFor(() => expect(result.current.state).toBe('ready'))
    const breakdown = result.current.data
    expect(breakdown?.items).toHaveLength(5)
    expect(breakdown?.other).not.toBeNull()
    const all = []
    for await (const row of h.client.revenueByCustomer.paginate({ currency: 'USD' })) all.push(row)
    expect(breakdown?.total).toBe(sum(all.map((row) => row.netRevenueAmountCents)))
  })

  it('useRevenueBreakdown by subscription fans out with at most `concurrency` requests in flight', async () => {
    const h = harness({ delayMs: 20 })
    const subscriptions = h.simulator.ledger.subscriptions
      .filter(
        (subscription) =>
          h.simulator.ledger.customers.find((c) => c.externalId === subscription.externalCustomerId)
            ?.currency === 'EUR',
      )
      .slice(0, 9)
      .map((subscription) => ({ externalSubscriptionId: subscription.externalId }))
    const { result } = renderHook(
      () =>
        useRevenueBreakdown({
          by: 'subscription',
          subscriptions,
          concurrency: 3,
          filters: { currency: 'EUR' },
        }),
      { wrapper: h.wrapper },
    )
    await waitFor(() => expect(result.current.state).toBe('ready'))
    expect(h.requests).toHaveLength(9)
    expect(h.inFlight.peak).toBeLessThanOrEqual(3)
    expect(result.current.peakConcurrency).toBe(3)
    expect(result.current.progress).toBe(1)
    expect(result.current.data?.items.length).toBeGreaterThan(0)
  })

  it('useUsageDistribution across customers: total + one request per top customer, bounded', async () => {
    const h = harness({ delayMs: 10 })
    const { result } = renderHook(
      () =>
        useUsageDistribution({
          across: 'customer',
          top: 6,
          concurrency: 2,
          filters: { currency: 'USD' },
        }),
      { wrapper: h.wrapper },
    )
    await waitFor(() => expect(result.current.state).toBe('ready'))
    const usageRequests = h.requests.filter((request) => request.includes('aggregated_amounts'))
    expect(usageRequests).toHaveLength(7)
    expect(h.inFlight.peak).toBeLessThanOrEqual(2)
    const distribution = result.current.data
    if (!distribution) throw new Error('expected a distribution')
    // The rest of the customers is one "Other", never an item; shares are of the real total.
    expect(
      distribution.items.every((item) => item.key !== '__other__' && item.label !== 'Other'),
    ).toBe(true)
    const total = await h.client.usageAmounts(
      toDatasetParams(
        'usageAmounts',
        { ...DEFAULT_FILTERS, currency: 'USD' },
        { now: new Date('2026-11-24T12:00:00Z') },
      ),
    )
    const realTotal = sum(total.rows.map((row) => row.amountCents))
    expect(distribution.total).toBe(realTotal)
    expect(
      sum(distribution.items.map((item) => item.value)) + (distribution.other?.value ?? 0),
    ).toBe(realTotal)
    const topSum = sum(
      distribution.items.slice(0, distribution.concentration.top).map((item) => item.value),
    )
    expect(distribution.concentration.topShare).toBeCloseTo(topSum / realTotal, 10)
    expect(distribution.concentration.topShare).toBeLessThan(1)
  })

  it('usePeriodComparison gives a change, or an explicit noBaseline when there is none', async () => {
    const h = harness()
    const measure = (rows: { amountCents: number }[]) => sum(rows.map((row) => row.amountCents))
    const recent = renderHook(
      () =>
        usePeriodComparison({
          dataset: 'usageAmounts',
          measure,
          filters: { currency: 'USD', range: { preset: 'last30Days' } },
        }),
      { wrapper: h.wrapper },
    )
    await waitFor(() => expect(recent.result.current.state).toBe('ready'))
    expect(recent.result.current.comparison?.kind).toBe('change')
    const ancient = renderHook(
      () =>
        usePeriodComparison({
          dataset: 'usageAmounts',
          measure,
          previous: 'year',
          filters: {
            currency: 'USD',
            range: { preset: 'custom', from: '2024-09-01', to: '2024-09-30' },
          },
        }),
      { wrapper: h.wrapper },
    )
    await waitFor(() => expect(ancient.result.current.state).toBe('ready'))
    expect(ancient.result.current.comparison?.kind).toBe('noBaseline')
  })
})

describe('freshness and filters', () => {
  it('useDataFreshness reports the daily 00:00 UTC refresh', async () => {
    const h = harness()
    const { result } = renderHook(() => useDataFreshness(), { wrapper: h.wrapper })
    expect(result.current.dataAsOf.toISOString()).toBe('2026-11-24T00:00:00.000Z')
    expect(result.current.nextRefreshAt.toISOString()).toBe('2026-11-25T00:15:00.000Z')
    expect(result.current.lastCompleteDay).toBe('2026-11-23')
  })

  it('explicit params win over the store; store filters reach only datasets that accept them', async () => {
    const h = harness()
    const store = createFilterStore({
      currency: 'USD',
      customerType: 'company',
    } satisfies Partial<FilterState>)
    function Probe() {
      const gross = useGrossRevenue()
      const explicit = useGrossRevenue({ currency: 'JPY' })
      return (
        <div
          data-testid="p"
          data-gross={JSON.stringify(gross.params)}
          data-explicit={JSON.stringify(explicit.params)}
        />
      )
    }
    render(
      <h.wrapper>
        <FilterStoreProvider store={store}>
          <Probe />
        </FilterStoreProvider>
      </h.wrapper>,
    )
    const node = screen.getByTestId('p')
    expect(JSON.parse(node.getAttribute('data-gross') ?? '{}')).toEqual({
      currency: 'USD',
      months: 12,
    })
    expect(JSON.parse(node.getAttribute('data-explicit') ?? '{}')).toEqual({ currency: 'JPY' })
    await act(async () => undefined)
  })
})

describe('metered vs recurring', () => {
  it('splits usage with two filtered requests whose sum is the unfiltered total', async () => {
    const { useUsageMeteredVsRecurring } = await import('./hooks/useUsageMeteredVsRecurring.ts')
    const h = harness()
    const { result } = renderHook(
      () =>
        useUsageMeteredVsRecurring({
          filters: { currency: 'EUR', range: { preset: 'last90Days' } },
        }),
      { wrapper: h.wrapper },
    )
    await waitFor(() => expect(result.current.state).toBe('ready'))
    expect(
      h.requests.filter((request) => request.includes('is_billable_metric_recurring')),
    ).toHaveLength(2)
    const totals = result.current.data?.totals
    expect(totals?.metered).toBeGreaterThan(0)
    expect(totals?.recurring).toBeGreaterThan(0)
    const params = toDatasetParams(
      'usageAmounts',
      { ...DEFAULT_FILTERS, currency: 'EUR', range: { preset: 'last90Days' } },
      { now: new Date('2026-11-24T12:00:00Z') },
    )
    const all = await h.client.usageAmounts(params)
    expect(totals?.total).toBe(sum(all.rows.map((row) => row.amountCents)))
  })
})
