import { describe, expect, it } from 'vitest'
import { parseLegacyQuery, rubyToI } from './legacyQuery'

describe('legacy query', () => {
  it('reads months like Ruby String#to_i', () => {
    expect(rubyToI('12')).toBe(12)
    expect(rubyToI(' 7 months')).toBe(7)
    expect(rubyToI('-3')).toBe(-3)
    expect(rubyToI('abc')).toBe(0)
    expect(rubyToI('1e3')).toBe(1)
  })

  it('upper-cases the currency and keeps the other filters', () => {
    expect(
      parseLegacyQuery(
        new Map([
          ['currency', 'eur'],
          ['months', '3'],
          ['billing_entity_code', 'nope'],
          ['external_customer_id', 'cus_00001'],
        ]),
      ),
    ).toEqual({
      currency: 'EUR',
      months: 3,
      billingEntityCode: 'nope',
      externalCustomerId: 'cus_00001',
    })
    expect(parseLegacyQuery(new Map())).toEqual({})
  })
})
