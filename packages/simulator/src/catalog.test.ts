import { describe, expect, it } from 'vitest'
import { BILLING_ENTITIES, COUNTRIES, COUPONS, METRICS, PLANS } from './catalog'

describe('catalog', () => {
  it('only points at plans that exist', () => {
    const codes = new Set(PLANS.map((p) => p.code))
    for (const plan of PLANS) {
      for (const target of [...plan.upgrades, ...plan.downgrades])
        expect(codes.has(target)).toBe(true)
      if (plan.migratesTo !== undefined) expect(codes.has(plan.migratesTo)).toBe(true)
      expect(plan.price.every((p) => Number.isInteger(p) && p > 0)).toBe(true)
    }
  })

  it('covers enough countries, two entities, and valid metrics and coupons', () => {
    expect(COUNTRIES.length).toBeGreaterThanOrEqual(8)
    expect(
      COUNTRIES.every((c) => /^[A-Z]{2}$/.test(c.code) && BILLING_ENTITIES[c.entity] !== undefined),
    ).toBe(true)
    expect(new Set(METRICS.map((m) => m.code)).size).toBe(METRICS.length)
    expect(
      COUPONS.every((c) =>
        c.kind === 'percentage' ? c.rate > 0 && c.rate < 1 : c.amount.every((a) => a > 0),
      ),
    ).toBe(true)
  })
})
