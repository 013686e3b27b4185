import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { usageRow } from '../../test/rows.ts'
import { pivot, pivotByTime } from './pivot.ts'

interface Sale {
  plan: string
  country: string
  amount: number
}

describe('pivot', () => {
  const sales: Sale[] = [
    { plan: 'pro', country: 'FR', amount: 100 },
    { plan: 'pro', country: 'DE', amount: 50 },
    { plan: 'basic', country: 'FR', amount: 30 },
    { plan: 'pro', country: 'FR', amount: 20 },
    { plan: 'team', country: 'US', amount: 5 },
  ]
  const options = {
    row: (sale: Sale) => sale.plan,
    column: (sale: Sale) => sale.country,
    value: (sale: Sale) => sale.amount,
  }

  it('cross-tabulates with row and column totals', () => {
    const result = pivot(sales, options)
    expect(result.rows.map((row) => [row.key, row.total])).toEqual([
      ['pro', 170],
      ['basic', 30],
      ['team', 5],
    ])
    expect(result.columns.map((column) => [column.key, column.total])).toEqual([
      ['FR', 150],
      ['DE', 50],
      ['US', 5],
    ])
    expect(result.values).toEqual([
      [120, 50, 0],
      [30, 0, 0],
      [0, 0, 5],
    ])
    expect(result.grandTotal).toBe(205)
  })

  it('orders by key or explicitly, and folds rows into Other', () => {
    const byKey = pivot(sales, { ...options, rowOrder: 'key', columnOrder: ['US', 'FR', 'JP'] })
    expect(byKey.rows.map((row) => row.key)).toEqual(['basic', 'pro', 'team'])
    expect(byKey.columns.map((column) => [column.key, column.total])).toEqual([
      ['US', 5],
      ['FR', 150],
      ['JP', 0],
    ])
    expect(byKey.values[1]).toEqual([0, 120, 0])
    const top = pivot(sales, { ...options, topRows: 1, otherLabel: 'Rest' })
    expect(top.rows.map((row) => [row.label, row.total])).toEqual([
      ['pro', 170],
      ['Rest', 35],
    ])
    expect(top.values[1]).toEqual([30, 0, 5])
  })

  it('cell sums equal row totals, column totals and the grand total (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            plan: fc.constantFrom('a', 'b', 'c', 'd'),
            country: fc.constantFrom('FR', 'DE', 'US'),
            amount: fc.integer({ min: -1e9, max: 1e9 }),
          }),
        ),
        fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }),
        (rows, topRows) => {
          const result = pivot(rows, { ...options, topRows })
          result.rows.forEach((row, r) => {
            expect(result.values[r]!.reduce((s, v) => s + v, 0)).toBe(row.total)
          })
          result.columns.forEach((column, c) => {
            expect(result.values.reduce((s, row) => s + row[c]!, 0)).toBe(column.total)
          })
          expect(result.grandTotal).toBe(rows.reduce((s, row) => s + row.amount, 0))
        },
      ),
    )
  })
})

describe('pivotByTime', () => {
  it('has one column per bucket of the range, gap-filled', () => {
    const rows = [
      usageRow('2026-01-05', 'api', 1, 10),
      usageRow('2026-03-02', 'api', 1, 30),
      usageRow('2026-03-10', 'storage', 1, 7),
      usageRow('2025-12-31', 'api', 1, 1000),
    ]
    const result = pivotByTime(rows, {
      range: { from: '2026-01-01', to: '2026-03-31' },
      granularity: 'month',
      now: new Date('2026-03-15T00:00:00Z'),
      locale: 'en-US',
      row: (row) => row.billableMetricCode,
      value: (row) => row.amountCents,
    })
    expect(result.columns.map((column) => [column.key, column.label, column.total])).toEqual([
      ['2026-01-01', 'Jan 2026', 10],
      ['2026-02-01', 'Feb 2026', 0],
      ['2026-03-01', 'Mar 2026', 37],
    ])
    expect(result.rows.map((row) => row.key)).toEqual(['api', 'storage'])
    expect(result.values).toEqual([
      [10, 0, 30],
      [0, 0, 7],
    ])
    expect(result.buckets.map((bucket) => bucket.partial)).toEqual([false, false, true])
  })
})
