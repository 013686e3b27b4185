import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { breakdown } from './breakdown.ts'

interface Sale {
  customer: string
  name?: string
  amount: number
}

const options = {
  key: (row: Sale) => row.customer,
  value: (row: Sale) => row.amount,
  label: (row: Sale) => row.name ?? row.customer,
}

describe('breakdown', () => {
  const rows: Sale[] = [
    { customer: 'acme', name: 'Acme', amount: 500 },
    { customer: 'globex', amount: 300 },
    { customer: 'acme', amount: 250 },
    { customer: 'initech', amount: 300 },
    { customer: 'umbrella', amount: 50 },
    { customer: 'hooli', amount: 100 },
  ]

  it('groups, sums, ranks and shares', () => {
    const result = breakdown(rows, options)
    expect(result.items.map((item) => [item.key, item.label, item.value, item.rows])).toEqual([
      ['acme', 'Acme', 750, 2],
      ['globex', 'globex', 300, 1],
      ['initech', 'initech', 300, 1],
      ['hooli', 'hooli', 100, 1],
      ['umbrella', 'umbrella', 50, 1],
    ])
    expect(result.total).toBe(1500)
    expect(result.items[0]!.share).toBe(0.5)
    expect(result.other).toBeNull()
    expect(result.count).toBe(5)
  })

  it('folds the tail into Other', () => {
    const result = breakdown(rows, { ...options, topN: 2, otherLabel: 'Autres' })
    expect(result.items.map((item) => item.key)).toEqual(['acme', 'globex'])
    expect(result.other).toEqual({
      key: '__other__',
      label: 'Autres',
      value: 450,
      share: 0.3,
      rows: 3,
      members: 3,
    })
    expect(breakdown(rows, { ...options, topN: 0 }).other?.value).toBe(1500)
    expect(() => breakdown(rows, { ...options, topN: -1 })).toThrow(RangeError)
  })

  it('gives null shares for a zero total', () => {
    expect(breakdown([{ customer: 'a', amount: 0 }], options).items[0]!.share).toBeNull()
  })

  it('never depends on input order, and items + Other = total (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            customer: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g'),
            amount: fc.integer({ min: -1e9, max: 1e9 }),
          }),
        ),
        fc.integer({ min: 0, max: 8 }),
        (sales, topN) => {
          const result = breakdown(sales, { ...options, topN })
          const reversed = breakdown([...sales].reverse(), { ...options, topN })
          expect(reversed).toEqual(result)
          const sum =
            result.items.reduce((s, item) => s + item.value, 0) + (result.other?.value ?? 0)
          expect(sum).toBe(result.total)
          expect(result.total).toBe(sales.reduce((s, sale) => s + sale.amount, 0))
          for (let i = 1; i < result.items.length; i++) {
            expect(result.items[i - 1]!.value).toBeGreaterThanOrEqual(result.items[i]!.value)
          }
        },
      ),
    )
  })
})
