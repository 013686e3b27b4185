import { describe, expect, it } from 'vitest'
import { parseIsoDay } from './utcDay'
import { UsageModel, type UsageSubject } from './usageModel'

const firstDay = parseIsoDay('2026-01-01')!
const model = new UsageModel({
  firstDay,
  lastDay: firstDay + 400,
  metrics: [
    { recurring: false, deletedDay: -1 },
    { recurring: true, deletedDay: -1 },
    { recurring: false, deletedDay: firstDay + 40 },
  ],
  // one plan, three metrics, two currencies (minor units per unit)
  unitPrices: [
    [
      [0.05, 0.075],
      [1200, 180000],
      [1, 1],
    ],
  ],
  currencyCount: 2,
})
const subject: UsageSubject = {
  usageKey: 12345,
  startDay: firstDay,
  usageBase: Float64Array.from([3000, 5, 100]),
  usageGrowth: 0.2,
}

describe('UsageModel', () => {
  it('is a pure function of subscription, metric and day', () => {
    expect(model.unitsMilli(subject, 0, firstDay + 10)).toBe(
      model.unitsMilli(subject, 0, firstDay + 10),
    )
    const days = Array.from({ length: 30 }, (_, i) => model.unitsMilli(subject, 0, firstDay + i))
    expect(new Set(days).size).toBeGreaterThan(20)
    expect(days.every((units) => units > 0 && units % 1000 === 0)).toBe(true)
  })

  it('prorates recurring metrics so a month adds up to the level held', () => {
    const january = Array.from({ length: 31 }, (_, i) => model.unitsMilli(subject, 1, firstDay + i))
    expect(new Set(january).size).toBe(1)
    const held = Math.round(january.reduce((a, b) => a + b, 0) / 1000)
    expect(held).toBeGreaterThanOrEqual(4)
    expect(held).toBeLessThanOrEqual(7)
  })

  it('has no usage for unused, deleted or out-of-range metrics', () => {
    expect(
      model.unitsMilli({ ...subject, usageBase: Float64Array.from([0, 0, 0]) }, 0, firstDay),
    ).toBe(0)
    expect(model.unitsMilli(subject, 2, firstDay + 39)).toBeGreaterThan(0)
    expect(model.unitsMilli(subject, 2, firstDay + 40)).toBe(0)
    expect(model.unitsMilli(subject, 0, firstDay - 1)).toBe(0)
  })

  it('prices milli-units in integer minor units per currency', () => {
    expect(model.amount(4_000_000, 0, 0, 0)).toBe(200) // 4,000 calls × 0.05 ¢
    expect(model.amount(4_000_000, 0, 0, 1)).toBe(300)
    expect(model.amount(0, 0, 0, 0)).toBe(0)
  })

  it('knows the calendar', () => {
    expect(model.dom(parseIsoDay('2026-02-01')!)).toBe(1)
    expect(model.month(parseIsoDay('2026-02-14')!)).toBe(2026 * 12 + 1)
    expect(model.month(firstDay - 1)).toBe(2025 * 12 + 11)
  })
})

describe('UsageModel.accumulate', () => {
  it('adds exactly the per-day values into buckets', () => {
    const from = firstDay + 5
    const to = firstDay + 70
    const bucketOf = Int32Array.from({ length: to - from + 1 }, (_, i) => Math.floor(i / 7))
    for (const metric of [0, 1, 2]) {
      const units = new Float64Array(20)
      const amounts = new Float64Array(20)
      model.accumulate(subject, metric, 0, 1, from, to, bucketOf, from, 1, 2, units, amounts)
      const expectedUnits = new Float64Array(20)
      const expectedAmounts = new Float64Array(20)
      for (let day = from; day <= to; day++) {
        const u = model.unitsMilli(subject, metric, day)
        const index = 1 + 2 * bucketOf[day - from]!
        expectedUnits[index] = expectedUnits[index]! + u
        expectedAmounts[index] = expectedAmounts[index]! + model.amount(u, 0, metric, 1)
      }
      expect(units).toEqual(expectedUnits)
      expect(amounts).toEqual(expectedAmounts)
    }
  })
})
