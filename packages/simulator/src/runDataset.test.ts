import { DATASETS } from '@lago-analytics/client/datasets'
import { describe, expect, it } from 'vitest'
import { NOW } from '../test/helpers'
import { buildLedger } from './buildLedger'
import { BodyCache, runDataset } from './runDataset'

const ledger = buildLedger({
  seed: 42,
  now: new Date(NOW),
  months: 6,
  customers: 30,
  hostileNames: false,
})

describe('runDataset', () => {
  it('memoises bodies per normalised query', () => {
    const cache = new BodyCache()
    const a = runDataset(
      ledger,
      DATASETS.revenueStreams,
      new URLSearchParams('currency=EUR&foo=1'),
      true,
      cache,
    )
    const b = runDataset(
      ledger,
      DATASETS.revenueStreams,
      new URLSearchParams('foo=2&currency=EUR'),
      true,
      cache,
    )
    expect(a.ok && b.ok && a.body === b.body).toBe(true)
  })

  it('evicts the least recently used entries', () => {
    const cache = new BodyCache(2)
    let computed = 0
    const compute = (): number => ++computed
    cache.get('a', compute)
    cache.get('b', compute)
    cache.get('a', compute)
    cache.get('c', compute)
    expect(cache.get('a', compute)).toBe(1)
    expect(cache.get('b', compute)).toBe(4)
  })

  it('also bounds the total number of rows held', () => {
    const cache = new BodyCache(10, 5)
    let computed = 0
    const rows = (n: number) => () => {
      computed++
      return { rows: Array.from({ length: n }, (_, i) => i) }
    }
    cache.get('three', rows(3))
    cache.get('two', rows(2))
    cache.get('one', rows(1))
    expect(computed).toBe(3)
    cache.get('two', rows(2))
    cache.get('one', rows(1))
    expect(computed).toBe(3)
    cache.get('three', rows(3))
    expect(computed).toBe(4)
    // A body larger than the budget is still returned (and kept alone).
    expect((cache.get('big', rows(50)) as { rows: number[] }).rows).toHaveLength(50)
  })

  it('wraps legacy rows in their envelope and reports validation errors', () => {
    const legacy = runDataset(ledger, DATASETS.mrr, new URLSearchParams(), true, new BodyCache())
    expect(legacy.ok && Object.keys(legacy.body as object)).toEqual(['mrrs'])
    expect(
      runDataset(
        ledger,
        DATASETS.mrrMovements,
        new URLSearchParams('time_granularity=hourly'),
        true,
        new BodyCache(),
      ),
    ).toEqual({
      ok: false,
      errors: { time_granularity: ['value_is_invalid'] },
    })
  })
})
