import { describe, expect, it } from 'vitest'
import { concentration, usageDistribution } from './usageDistribution.ts'

describe('usage distribution', () => {
  it('measures concentration', () => {
    const result = concentration([50, 30, 20], 1)
    expect(result).toMatchObject({ top: 1, topShare: 0.5, count: 3 })
    expect(result.hhi).toBeCloseTo(0.25 + 0.09 + 0.04)
    expect(concentration([10, 10, 10, 10], 10).hhi).toBeCloseTo(0.25)
    expect(concentration([100], 10)).toMatchObject({ topShare: 1, hhi: 1 })
    expect(concentration([0, -5], 10)).toEqual({ top: 10, topShare: null, hhi: null, count: 0 })
    expect(concentration([80, 20, -50], 1).topShare).toBe(0.8)
  })

  it('breaks usage down across customers with the share of the top 10', () => {
    const rows = Array.from({ length: 20 }, (_, i) => ({
      customer: `c${String(i).padStart(2, '0')}`,
      amount: 20 - i,
    }))
    const result = usageDistribution(rows, {
      key: (row) => row.customer,
      value: (row) => row.amount,
      topN: 5,
    })
    expect(result.items).toHaveLength(5)
    expect(result.other).toMatchObject({ members: 15 })
    expect(result.total).toBe(210)
    // Top 10: 20 + 19 + … + 11 = 155.
    expect(result.concentration.topShare).toBeCloseTo(155 / 210)
    expect(result.concentration.count).toBe(20)
    expect(
      usageDistribution(rows, {
        key: (r) => r.customer,
        value: (r) => r.amount,
        concentrationTop: 1,
      }).concentration.topShare,
    ).toBeCloseTo(20 / 210)
  })
})
