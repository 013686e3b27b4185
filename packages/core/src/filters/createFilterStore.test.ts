import { describe, expect, it } from 'vitest'
import { createFilterStore, pickFilters } from './createFilterStore.ts'
import { DEFAULT_FILTERS, FilterValidationError } from './filterState.ts'

describe('createFilterStore', () => {
  it('starts from validated defaults and notifies subscribers', () => {
    const store = createFilterStore({ currency: 'eur', granularity: 'week' })
    expect(pickFilters(store.getState())).toEqual({
      ...DEFAULT_FILTERS,
      currency: 'EUR',
      granularity: 'week',
    })
    const seen: (string | null)[] = []
    store.subscribe((state) => seen.push(state.currency))
    store.getState().setCurrency('usd')
    store.getState().setCurrency(null)
    expect(seen).toEqual(['USD', null])
  })

  it('validates every action and leaves the state unchanged on error', () => {
    const store = createFilterStore()
    const before = pickFilters(store.getState())
    const attempts: [string, () => void][] = [
      ['currency', () => store.getState().setCurrency('EURO')],
      ['granularity', () => store.getState().setGranularity('hour' as never)],
      [
        'range',
        () => store.getState().setRange({ preset: 'custom', from: '2026-02-01', to: '2026-01-01' }),
      ],
      ['range', () => store.getState().setRange({ preset: 'lastDecade' } as never)],
      ['customerCountry', () => store.getState().setFilter('customerCountry', 'FRA')],
      ['customerType', () => store.getState().setFilter('customerType', 'robot' as never)],
      ['externalCustomerId', () => store.getState().setFilter('externalCustomerId', 'a\u0000b')],
      ['breakdown', () => store.getState().setBreakdown(['plan', 'plan'])],
      ['breakdown', () => store.getState().setBreakdown(['plan', 'customer', 'country'])],
      ['planCode', () => store.getState().update({ currency: 'JPY', planCode: 42 as never })],
    ]
    for (const [field, attempt] of attempts) {
      let caught: unknown
      try {
        attempt()
      } catch (error) {
        caught = error
      }
      expect(caught).toBeInstanceOf(FilterValidationError)
      expect((caught as FilterValidationError).field).toBe(field)
      expect((caught as FilterValidationError).code).toBe('filter_validation')
      expect(pickFilters(store.getState())).toEqual(before)
    }
  })

  it('sets filters, normalises them, updates atomically and resets', () => {
    const store = createFilterStore({ currency: 'EUR' })
    const { setFilter, setRange, setBreakdown, update, reset } = store.getState()
    setFilter('customerCountry', 'fr')
    setFilter('externalCustomerId', '  acme  ')
    setFilter('planCode', '')
    setRange({ preset: 'custom', from: '2026-01-01', to: '2026-03-31' })
    setBreakdown(['plan', 'customer'])
    update({ billableMetricKind: 'recurring', granularity: 'quarter' })
    expect(pickFilters(store.getState())).toMatchObject({
      customerCountry: 'FR',
      externalCustomerId: 'acme',
      planCode: null,
      range: { preset: 'custom', from: '2026-01-01', to: '2026-03-31' },
      breakdown: ['plan', 'customer'],
      billableMetricKind: 'recurring',
      granularity: 'quarter',
    })
    reset()
    expect(pickFilters(store.getState())).toEqual({ ...DEFAULT_FILTERS, currency: 'EUR' })
  })

  it('gives every dashboard its own store', () => {
    const a = createFilterStore()
    const b = createFilterStore()
    a.getState().setCurrency('EUR')
    expect(b.getState().currency).toBeNull()
  })

  it('rejects an invalid initial state', () => {
    expect(() => createFilterStore({ currency: 'nope' })).toThrow(FilterValidationError)
  })
})
