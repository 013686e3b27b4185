import { createTable, toTable } from '@lago-analytics/core/export'
import { createFilterStore } from '@lago-analytics/core/filters'
import { QueryClient } from '@tanstack/react-query'
import { act, render, renderHook, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { harness, NOW } from '../test/setup.tsx'
import { FilterStoreProvider } from './FilterStoreProvider.tsx'
import { useGrossRevenue } from './hooks/datasetHooks.ts'
import { useExport } from './hooks/useExport.ts'
import { LagoAnalyticsProvider } from './LagoAnalyticsProvider.tsx'
import { lagoAnalyticsKeys } from './lagoAnalyticsKeys.ts'
import { urlSearchParamsAdapter } from './urlSearchParamsAdapter.ts'
import { useFilterActions, useFilters } from './useFilters.ts'

afterEach(() => {
  vi.useRealTimers()
  window.history.replaceState(null, '', '/')
})

describe('filter hooks', () => {
  it('useFilters re-renders on change; an invalid action throws and changes nothing', async () => {
    const store = createFilterStore()
    const { result } = renderHook(
      () => ({ currency: useFilters((state) => state.currency), actions: useFilterActions() }),
      {
        wrapper: ({ children }) => (
          <FilterStoreProvider store={store}>{children}</FilterStoreProvider>
        ),
      },
    )
    expect(result.current.currency).toBeNull()
    act(() => result.current.actions.setCurrency('KWD'))
    expect(result.current.currency).toBe('KWD')
    expect(() => result.current.actions.setCurrency('dollars')).toThrow()
    expect(result.current.currency).toBe('KWD')
  })

  it('useFilters outside a FilterStoreProvider names the problem', () => {
    expect(() => renderHook(() => useFilters())).toThrow(
      'useFilters must be used inside <FilterStoreProvider>',
    )
  })

  it('hooks outside a LagoAnalyticsProvider name the problem', () => {
    expect(() => renderHook(() => useGrossRevenue())).toThrow(
      'useGrossRevenue must be used inside <LagoAnalyticsProvider',
    )
  })
})

describe('URL sync', () => {
  it('reads initial filters from the URL, writes changes with its prefix, keeps foreign params', async () => {
    window.history.replaceState(null, '', '/reports?rev.currency=JPY&tab=usage&use.currency=EUR')
    const store = createFilterStore()
    const adapter = urlSearchParamsAdapter({ prefix: 'rev.' })
    render(<FilterStoreProvider store={store} urlSync={adapter} />)
    expect(store.getState().currency).toBe('JPY')
    act(() => store.getState().setRange({ preset: 'last30Days' }))
    const params = new URLSearchParams(window.location.search)
    expect(params.get('rev.range')).toBe('last30Days')
    expect(params.get('rev.currency')).toBe('JPY')
    expect(params.get('tab')).toBe('usage')
    expect(params.get('use.currency')).toBe('EUR')
  })

  it('follows back/forward navigation', async () => {
    const store = createFilterStore()
    render(
      <FilterStoreProvider
        store={store}
        urlSync={urlSearchParamsAdapter({ prefix: 'd.', mode: 'push' })}
      />,
    )
    act(() => store.getState().setCurrency('USD'))
    act(() => store.getState().setCurrency('EUR'))
    expect(new URLSearchParams(window.location.search).get('d.currency')).toBe('EUR')
    await act(async () => {
      window.history.back()
      await new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }))
    })
    expect(store.getState().currency).toBe('USD')
  })

  it('ignores invalid values in a hand-edited URL', () => {
    window.history.replaceState(null, '', '/?currency=%3Cscript%3E&granularity=hourly')
    const store = createFilterStore()
    render(<FilterStoreProvider store={store} urlSync={urlSearchParamsAdapter()} />)
    expect(store.getState().currency).toBeNull()
    expect(store.getState().granularity).toBe('month')
  })
})

describe('provider', () => {
  it('uses the host QueryClient without mounting its own provider, keys start with lago-analytics', async () => {
    const h = harness()
    const queryClient = new QueryClient()
    const { result } = renderHook(() => useGrossRevenue({ currency: 'EUR' }), {
      wrapper: ({ children }) => (
        <LagoAnalyticsProvider
          client={h.client}
          queryClient={queryClient}
          now={() => NOW}
          cacheScope="host"
        >
          {children}
        </LagoAnalyticsProvider>
      ),
    })
    await waitFor(() => expect(result.current.state).toBe('ready'))
    const keys = queryClient
      .getQueryCache()
      .getAll()
      .map((query) => query.queryKey)
    expect(keys).toEqual([lagoAnalyticsKeys.query('host', 'grossRevenue', { currency: 'EUR' })])
    expect(keys[0]?.[0]).toBe('lago-analytics')
  })

  it('invalidates its queries at the next daily refresh, refetching mounted widgets once', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    let clock = new Date('2026-11-24T23:59:00Z')
    const h = harness()
    function Widget() {
      return <div data-testid="w" data-state={useGrossRevenue({ currency: 'EUR' }).state} />
    }
    render(
      <LagoAnalyticsProvider client={h.client} now={() => clock}>
        <Widget />
      </LagoAnalyticsProvider>,
    )
    await waitFor(() => expect(screen.getByTestId('w').getAttribute('data-state')).toBe('ready'))
    expect(h.requests).toHaveLength(1)
    clock = new Date('2026-11-25T00:16:00Z')
    await act(async () => {
      await vi.advanceTimersByTimeAsync(16 * 60_000)
    })
    await waitFor(() => expect(h.requests).toHaveLength(2))
  })
})

describe('useExport', () => {
  it('exports CSV, JSON and XLSX with progress and a dated file name', async () => {
    const h = harness()
    const { rows } = await h.client.grossRevenue({ currency: 'EUR' })
    const table = toTable('grossRevenue', rows, {
      currency: 'EUR',
      range: { from: '2025-12-01', to: '2026-11-30' },
    })
    const { result } = renderHook(() => useExport())
    let csv: Awaited<ReturnType<typeof result.current.run>> | undefined
    await act(async () => {
      csv = await result.current.run(table, 'csv')
    })
    expect(result.current.status).toBe('done')
    expect(result.current.progress).toBe(1)
    expect(csv?.fileName).toBe('lago-gross-revenue-EUR-2025-12-01_2026-11-30.csv')
    expect(String(csv?.data).split('\r\n').length).toBeGreaterThan(rows.length)
    let xlsx: Awaited<ReturnType<typeof result.current.run>> | undefined
    await act(async () => {
      xlsx = await result.current.run([table, table], 'xlsx')
    })
    expect(xlsx?.data).toBeInstanceOf(Uint8Array)
    expect(xlsx?.fileName.endsWith('.xlsx')).toBe(true)
    let json: Awaited<ReturnType<typeof result.current.run>> | undefined
    await act(async () => {
      json = await result.current.run(table, 'json')
    })
    expect(JSON.parse(String(json?.data)).rows).toHaveLength(rows.length)
  })

  it('makes the Blob of the exact UTF-8 of the file, BOM first, pairs never split', async () => {
    const { result } = renderHook(() => useExport())
    // Emoji (surrogate pairs) across the 65,536-character slice bounds, at both parities.
    const text = (pad: number) => `${'a'.repeat(pad)}${'😀é'.repeat(40_000)}`
    for (const pad of [65_530, 65_531]) {
      const table = createTable({
        columns: [{ key: 't', header: 'T', type: 'string' }],
        rows: [[text(pad)], ['€']],
        meta: { dataset: 'utf8' },
      })
      for (const format of ['csv', 'json'] as const) {
        let file: Awaited<ReturnType<typeof result.current.run>> | undefined
        await act(async () => {
          file = await result.current.run(table, format)
        })
        const data = String(file?.data)
        if (format === 'csv') expect(data.startsWith('\uFEFFT\r\n')).toBe(true)
        const blob = file!.toBlob()
        expect(blob.type).toMatch(format === 'csv' ? /^text\/csv/ : /^application\/json/)
        const bytes = new Uint8Array(await blob.arrayBuffer())
        expect(Buffer.from(bytes).equals(Buffer.from(new TextEncoder().encode(data)))).toBe(true)
      }
    }
  })
})
