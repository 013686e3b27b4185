import { createFilterStore } from '@lago-analytics/core/filters'
import { act, render, screen, waitFor } from '@testing-library/react'
import { useState, type ReactElement } from 'react'
import { describe, expect, it } from 'vitest'
import { harness, NOW } from '../test/setup.tsx'
import { FilterStoreProvider } from './FilterStoreProvider.tsx'
import {
  useGrossRevenue,
  useInvoiceCollection,
  useMrr,
  useOverdueBalance,
} from './hooks/datasetHooks.ts'
import { useMrrMovements, useRevenueStreams } from './hooks/reportHooks.ts'
import { LagoAnalyticsProvider } from './LagoAnalyticsProvider.tsx'

/** Renders `element` under the harness provider and a filter store. */
function renderInStore(
  h: ReturnType<typeof harness>,
  store: ReturnType<typeof createFilterStore>,
  element: ReactElement,
) {
  return render(
    <h.wrapper>
      <FilterStoreProvider store={store}>{element}</FilterStoreProvider>
    </h.wrapper>,
  )
}

/** Twelve widgets over six datasets: each dataset is shown twice. */
function Dashboard() {
  const widgets = [
    ['gross-a', useGrossRevenue().state],
    ['gross-b', useGrossRevenue().state],
    ['mrr-a', useMrr().state],
    ['mrr-b', useMrr().state],
    ['collection-a', useInvoiceCollection().state],
    ['collection-b', useInvoiceCollection().state],
    ['overdue-a', useOverdueBalance().state],
    ['overdue-b', useOverdueBalance().state],
    ['streams-a', useRevenueStreams().state],
    ['streams-b', useRevenueStreams().state],
    ['movements-a', useMrrMovements().state],
    ['movements-b', useMrrMovements().state],
  ] as const
  return (
    <ul>
      {widgets.map(([name, state]) => (
        <li key={name} data-testid={name} data-state={state} />
      ))}
    </ul>
  )
}

function allReady() {
  return screen
    .getAllByRole('listitem')
    .every((item) => item.getAttribute('data-state') === 'ready')
}

describe('request counts (against the simulator)', () => {
  it('12 hook instances over 6 distinct datasets send exactly 6 requests; a remount sends none', async () => {
    const h = harness()
    const store = createFilterStore()
    function Page() {
      const [shown, setShown] = useState(true)
      return (
        <h.wrapper>
          <button onClick={() => setShown((value) => !value)}>toggle</button>
          <FilterStoreProvider store={store}>{shown ? <Dashboard /> : null}</FilterStoreProvider>
        </h.wrapper>
      )
    }
    render(<Page />)
    await waitFor(() => expect(allReady()).toBe(true))
    expect(h.requests).toHaveLength(6)
    expect(new Set(h.requests.map((request) => request.split('?')[0]))).toEqual(
      new Set([
        'gross_revenue',
        'mrr',
        'invoice_collection',
        'overdue_balance',
        `revenue_streams/${h.simulator.organizationId}/`,
        `mrrs/${h.simulator.organizationId}/`,
      ]),
    )

    // Unmount and remount within the refresh window: everything is served from cache.
    await act(async () => screen.getByText('toggle').click())
    expect(screen.queryAllByRole('listitem')).toHaveLength(0)
    await act(async () => screen.getByText('toggle').click())
    await waitFor(() => expect(allReady()).toBe(true))
    expect(h.requests).toHaveLength(6)

    // One filter change: one request per affected dataset (range changes all six).
    await act(async () => store.getState().setRange({ preset: 'last90Days' }))
    await waitFor(() => expect(h.requests).toHaveLength(12))
    await waitFor(() => expect(allReady()).toBe(true))

    // A filter only the Data API datasets accept: only those two refetch.
    await act(async () => store.getState().setFilter('customerCountry', 'FR'))
    await waitFor(() => expect(h.requests).toHaveLength(14))
    expect(h.requests.slice(12).every((request) => request.includes('customer_country=FR'))).toBe(
      true,
    )

    // Toggling back to earlier filters: cached, no request.
    await act(async () =>
      store.getState().update({ customerCountry: null, range: { preset: 'last12Months' } }),
    )
    await waitFor(() => expect(allReady()).toBe(true))
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(h.requests).toHaveLength(14)
  })

  it('keeps the previous data on screen while new filters load', async () => {
    const h = harness({ delayMs: 30 })
    const store = createFilterStore()
    const seen: { placeholder: boolean; hasData: boolean }[] = []
    function Widget() {
      const result = useGrossRevenue()
      seen.push({ placeholder: result.isPlaceholderData, hasData: result.data !== undefined })
      return <div data-testid="w" data-state={result.state} />
    }
    renderInStore(h, store, <Widget />)
    await waitFor(() => expect(screen.getByTestId('w').getAttribute('data-state')).toBe('ready'))
    await act(async () => store.getState().setRange({ preset: 'yearToDate' }))
    await waitFor(() => expect(seen.some((entry) => entry.placeholder && entry.hasData)).toBe(true))
    await waitFor(() => expect(seen.at(-1)).toEqual({ placeholder: false, hasData: true }))
  })

  it('never keeps rows of another granularity or currency: the report starts over instead of throwing', async () => {
    const h = harness({ delayMs: 30 })
    const store = createFilterStore()
    const seen: { placeholder: boolean; granularity: string | undefined }[] = []
    const errors: unknown[] = []
    function Widget() {
      const streams = useRevenueStreams()
      if (streams.error) errors.push(streams.error)
      seen.push({
        placeholder: streams.isPlaceholderData,
        granularity: (streams.params as { timeGranularity?: string } | undefined)?.timeGranularity,
      })
      return <div data-testid="w" data-state={streams.state} />
    }
    renderInStore(h, store, <Widget />)
    await waitFor(() => expect(screen.getByTestId('w').getAttribute('data-state')).toBe('ready'))
    await act(async () => store.getState().setGranularity('week'))
    await waitFor(() => expect(screen.getByTestId('w').getAttribute('data-state')).toBe('ready'))
    await act(async () => store.getState().setCurrency('USD'))
    await waitFor(() =>
      expect(screen.getByTestId('w').getAttribute('data-state')).not.toBe('loading'),
    )
    expect(errors).toEqual([])
    // No render ever showed monthly rows as placeholder for weekly filters.
    expect(seen.filter((entry) => entry.placeholder && entry.granularity === 'weekly')).toEqual([])
  })

  it('aborts the in-flight request when filters change or the widget unmounts', async () => {
    const h = harness({ delayMs: 200 })
    const store = createFilterStore()
    function Page({ show }: { show: boolean }) {
      return (
        <h.wrapper>
          <FilterStoreProvider store={store}>{show ? <Probe /> : null}</FilterStoreProvider>
        </h.wrapper>
      )
    }
    function Probe() {
      useGrossRevenue()
      return null
    }
    const view = render(<Page show />)
    await waitFor(() => expect(h.requests).toHaveLength(1))
    await act(async () => store.getState().setRange({ preset: 'last7Days' }))
    await waitFor(() => expect(h.requests).toHaveLength(2))
    await waitFor(() => expect(h.aborted).toHaveLength(1))
    view.rerender(<Page show={false} />)
    await waitFor(() => expect(h.aborted).toHaveLength(2))
  })

  it('two providers with their own stores stay independent', async () => {
    const h = harness()
    function Currency({ id }: { id: string }) {
      const { state, params } = useGrossRevenue()
      return (
        <div
          data-testid={id}
          data-state={state}
          data-currency={(params as { currency?: string }).currency}
        />
      )
    }
    render(
      <LagoAnalyticsProvider client={h.client} now={() => NOW}>
        <FilterStoreProvider initialFilters={{ currency: 'USD' }}>
          <Currency id="usd" />
        </FilterStoreProvider>
        <FilterStoreProvider initialFilters={{ currency: 'JPY' }}>
          <Currency id="jpy" />
        </FilterStoreProvider>
      </LagoAnalyticsProvider>,
    )
    await waitFor(() => expect(screen.getByTestId('jpy').getAttribute('data-state')).toBe('ready'))
    expect(screen.getByTestId('usd').getAttribute('data-currency')).toBe('USD')
    expect(screen.getByTestId('jpy').getAttribute('data-currency')).toBe('JPY')
    expect(h.requests.filter((r) => r.includes('currency=JPY'))).toHaveLength(1)
  })
})

describe('changing currency', () => {
  it('report hooks switch currency without crashing, showing the new currency once loaded', async () => {
    const h = harness({ delayMs: 20 })
    const store = createFilterStore({ currency: 'EUR' })
    function Widget() {
      const { state, data } = useRevenueStreams()
      const movements = useMrrMovements()
      return (
        <div
          data-testid="w"
          data-state={state}
          data-currency={data?.currency ?? ''}
          data-mrr={movements.data?.currency ?? ''}
        />
      )
    }
    renderInStore(h, store, <Widget />)
    await waitFor(() => expect(screen.getByTestId('w').getAttribute('data-currency')).toBe('EUR'))
    await act(async () => store.getState().setCurrency('USD'))
    await waitFor(() => expect(screen.getByTestId('w').getAttribute('data-currency')).toBe('USD'))
    await waitFor(() => expect(screen.getByTestId('w').getAttribute('data-mrr')).toBe('USD'))
    expect(screen.getByTestId('w').getAttribute('data-state')).toBe('ready')
  })
})
