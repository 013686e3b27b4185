import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { mrrRow } from '../../test/rows.ts'
import {
  assertMrrChain,
  checkMrrChain,
  MrrChainError,
  mrrWaterfall,
  toMrrMovements,
} from './mrrMovements.ts'

const now = new Date('2026-06-15T12:00:00Z')
const options = {
  range: { from: '2026-01-01', to: '2026-04-30' },
  granularity: 'month' as const,
  now,
}

// Lago's fixture: 0 + 25016546 + 0 + 0 − 1314800 = 23701746.
const fixture = mrrRow('2026-01-01', 0, { new: 25_016_546, churn: -1_314_800 })

describe('toMrrMovements', () => {
  const rows = [
    fixture,
    mrrRow('2026-02-01', 23_701_746, {
      new: 1_000_000,
      expansion: 500_000,
      contraction: -200_000,
      churn: -300_000,
    }),
    // March missing: the balance carries forward.
    mrrRow('2026-04-01', 24_701_746, { new: 298_254 }),
  ]

  it('computes each period’s movements, net new MRR, ARR and rates', () => {
    const { points, issues } = toMrrMovements(rows, options)
    expect(issues).toEqual([])
    expect(points[0]).toMatchObject({
      starting: 0,
      ending: 23_701_746,
      netNew: 23_701_746,
      growthRate: null,
    })
    expect(points[1]).toMatchObject({
      starting: 23_701_746,
      new: 1_000_000,
      expansion: 500_000,
      contraction: -200_000,
      churn: -300_000,
      netNew: 1_000_000,
      ending: 24_701_746,
      arr: 24_701_746 * 12,
    })
    expect(points[1]!.growthRate).toBeCloseTo(1_000_000 / 23_701_746)
    expect(points[1]!.revenueChurnRate).toBeCloseTo(500_000 / 23_701_746)
    expect(points[1]!.netRevenueChurnRate).toBeCloseTo(0)
    expect(points[2]).toMatchObject({ starting: 24_701_746, ending: 24_701_746, netNew: 0, new: 0 })
    expect(points[3]!.ending).toBe(25_000_000)
  })

  it('builds the range waterfall', () => {
    const { summary, waterfall } = toMrrMovements(rows, options)
    expect(summary).toMatchObject({
      starting: 0,
      ending: 25_000_000,
      new: 26_314_800,
      churn: -1_614_800,
    })
    expect(waterfall.map((step) => step.key)).toEqual([
      'starting',
      'new',
      'expansion',
      'contraction',
      'churn',
      'ending',
    ])
    expect(waterfall[4]).toMatchObject({ kind: 'decrease', value: -1_614_800 })
    // The chain closes: the last movement lands on the ending total.
    expect(waterfall[4]!.to).toBe(waterfall[5]!.to)
    expect(mrrWaterfall({ ...summary, contraction: 0 })[3]).toMatchObject({
      kind: 'increase',
      value: 0,
    })
  })

  it('carries the first known balance back over leading empty buckets', () => {
    const { points } = toMrrMovements([mrrRow('2026-03-01', 500, { new: 100 })], options)
    expect(points.map((point) => [point.starting, point.ending])).toEqual([
      [500, 500],
      [500, 500],
      [500, 600],
      [600, 600],
    ])
  })

  it('rolls months into a quarter with opening and closing balances', () => {
    const { points } = toMrrMovements(rows, { ...options, granularity: 'quarter' })
    expect(points[0]).toMatchObject({
      starting: 0,
      ending: 24_701_746,
      new: 26_016_546,
      contraction: -200_000,
    })
    expect(points[0]!.starting + points[0]!.netNew).toBe(points[0]!.ending)
  })

  it('detects a broken chain: identity, continuity and signs', () => {
    const broken = [
      { ...mrrRow('2026-01-01', 100, { new: 10 }), endingMrr: 999 },
      mrrRow('2026-02-01', 50, { contraction: 5 }),
    ]
    const kinds = checkMrrChain(broken).map((issue) => issue.kind)
    expect(kinds).toContain('identity')
    expect(kinds).toContain('continuity')
    expect(kinds).toContain('sign')
    expect(() => assertMrrChain(broken)).toThrow(MrrChainError)
    expect(() => toMrrMovements(broken, { ...options, strict: true })).toThrow(/do not chain/)
    expect(toMrrMovements(broken, options).issues.length).toBeGreaterThan(0)
  })

  it('holds the identity ending = starting + movements for any consistent chain (property)', () => {
    const move = fc.record({
      new: fc.integer({ min: 0, max: 1e7 }),
      expansion: fc.integer({ min: 0, max: 1e7 }),
      contraction: fc.integer({ min: -1e7, max: 0 }),
      churn: fc.integer({ min: -1e7, max: 0 }),
    })
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e9 }),
        fc.array(move, { minLength: 1, maxLength: 12 }),
        (start, moves) => {
          let balance = start
          const input = moves.map((m, i) => {
            const month = String(i + 1).padStart(2, '0')
            const row = mrrRow(`2025-${month}-01`, balance, m)
            balance = row.endingMrr
            return row
          })
          expect(checkMrrChain(input)).toEqual([])
          const result = toMrrMovements(input, {
            range: { from: '2025-01-01', to: '2025-12-31' },
            granularity: 'quarter',
            now,
          })
          for (const point of result.points) {
            expect(
              point.starting + point.new + point.expansion + point.contraction + point.churn,
            ).toBe(point.ending)
          }
          expect(result.summary.starting + result.summary.netNew).toBe(result.summary.ending)
          expect(result.summary.ending).toBe(balance)
        },
      ),
      { numRuns: 100 },
    )
  })
})
