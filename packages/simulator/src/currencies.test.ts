import { describe, expect, it } from 'vitest'
import { CURRENCIES, fromUsdCents } from './currencies'

describe('currencies', () => {
  it('match the ISO 4217 exponents Intl knows', () => {
    for (const currency of CURRENCIES) {
      const digits = new Intl.NumberFormat('en', {
        style: 'currency',
        currency: currency.code,
      }).resolvedOptions().maximumFractionDigits
      expect(currency.exponent).toBe(digits)
    }
  })

  it('convert US cents into realistic minor units', () => {
    const [usd, eur, jpy, kwd] = CURRENCIES
    expect(fromUsdCents(1000, usd!)).toBe(1000)
    expect(fromUsdCents(1000, eur!)).toBeCloseTo(920)
    expect(fromUsdCents(1000, jpy!)).toBeCloseTo(1500) // $10 ≈ ¥1,500
    expect(fromUsdCents(1000, kwd!)).toBeCloseTo(3070) // $10 ≈ 3.070 KWD
  })
})
