import { describe, expect, it } from 'vitest'
import { NOW } from '../../test/helpers'
import { buildLedger } from '../buildLedger'
import { legacyScope, monthKey } from './legacyScope'

const ledger = buildLedger({
  seed: 42,
  now: new Date(NOW),
  months: 27,
  customers: 60,
  hostileNames: false,
})

describe('legacyScope', () => {
  it('resolves the months window counting the current month', () => {
    expect(legacyScope(ledger, {}, false).fromMonth).toBe(ledger.firstMonth)
    expect(legacyScope(ledger, { months: 3 }, false).fromMonth).toBe(ledger.currentMonth - 2)
    expect(legacyScope(ledger, { months: 1 }, false).fromMonth).toBe(ledger.currentMonth)
    expect(legacyScope(ledger, { months: -7 }, false).fromMonth).toBe(ledger.currentMonth)
    expect(legacyScope(ledger, { months: 999 }, false).fromMonth).toBe(ledger.firstMonth)
    expect(monthKey(ledger.currentMonth)).toBe('2026-11-01T00:00:00.000Z')
  })

  it('drops an unknown billing entity, but filters by a known one', () => {
    const all = ledger.customers.map((c) => c.index)
    expect(all.filter(legacyScope(ledger, { billingEntityCode: 'nope' }, false).accepts)).toEqual(
      all,
    )
    const eu = all.filter(legacyScope(ledger, { billingEntityCode: 'acme_eu' }, false).accepts)
    expect(eu.length).toBeGreaterThan(0)
    expect(eu.every((i) => ledger.customers[i]!.entity === 1)).toBe(true)
  })

  it('reads the customer only when the endpoint does, and never a deleted one', () => {
    const target = ledger.customers.find((c) => c.deletedDay < 0)!
    const scoped = legacyScope(ledger, { externalCustomerId: target.externalId }, true)
    expect(ledger.customers.filter((c) => scoped.accepts(c.index))).toEqual([target])
    expect(
      ledger.customers.every((c) =>
        legacyScope(ledger, { externalCustomerId: target.externalId }, false).accepts(c.index),
      ),
    ).toBe(true)
    expect(
      ledger.customers.some((c) =>
        legacyScope(ledger, { externalCustomerId: 'x' }, true).accepts(c.index),
      ),
    ).toBe(false)
  })
})
