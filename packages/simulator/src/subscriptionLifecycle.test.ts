import { describe, expect, it } from 'vitest'
import { PLANS } from './catalog'
import { FOREVER, type LedgerPlan } from './ledger'
import { createRandom } from './random'
import { simulateLifecycle } from './subscriptionLifecycle'
import { dayToIso, parseIsoDay } from './utcDay'

const day = (iso: string): number => parseIsoDay(iso)!
const plans = (deletedBasic: number): LedgerPlan[] =>
  PLANS.map((definition, index) => ({
    index,
    id: String(index),
    code: definition.code,
    name: definition.name,
    interval: definition.interval,
    deletedDay: definition.code === 'basic_monthly' ? deletedBasic : -1,
    definition,
    mrr: [...definition.price],
  }))
const index = new Map(PLANS.map((p, i) => [p.code, i]))

describe('simulateLifecycle', () => {
  it('produces contiguous segments ending no later than the horizon', () => {
    const catalog = plans(-1)
    for (let seed = 0; seed < 200; seed++) {
      const life = simulateLifecycle(
        createRandom(seed),
        catalog,
        index,
        day('2024-03-05'),
        2,
        day('2026-11-23'),
      )
      expect(life.segments[0]!.start).toBe(day('2024-03-05'))
      for (let i = 1; i < life.segments.length; i++) {
        expect(life.segments[i]!.start).toBe(life.segments[i - 1]!.end + 1)
        expect(life.segments[i]!.start).toBeLessThanOrEqual(day('2026-11-23'))
      }
      expect(life.segments[life.segments.length - 1]!.end).toBe(life.endDay)
      if (life.endDay !== FOREVER) expect(life.endDay + 1).toBeLessThanOrEqual(day('2026-11-23'))
    }
  })

  it('changes yearly plans only at renewal (January 1st)', () => {
    const catalog = plans(-1)
    for (let seed = 0; seed < 200; seed++) {
      const life = simulateLifecycle(
        createRandom(seed),
        catalog,
        index,
        day('2024-06-10'),
        index.get('enterprise_yearly')!,
        day('2026-11-23'),
      )
      if (life.segments.length > 1)
        expect(dayToIso(life.segments[1]!.start).endsWith('-01-01')).toBe(true)
      // Still on the yearly plan when terminated: at renewal.
      if (life.segments.length === 1 && life.endDay !== FOREVER)
        expect(dayToIso(life.endDay + 1).endsWith('-01-01')).toBe(true)
    }
  })

  it('migrates subscriptions off a soft-deleted plan', () => {
    const deleted = day('2025-06-01')
    const life = simulateLifecycle(
      createRandom(1),
      plans(deleted),
      index,
      day('2024-10-02'),
      index.get('basic_monthly')!,
      day('2026-11-23'),
    )
    if (life.endDay === FOREVER || life.endDay >= deleted) {
      expect(
        life.segments.every((s) => s.plan !== index.get('basic_monthly') || s.end < deleted),
      ).toBe(true)
    }
  })
})
