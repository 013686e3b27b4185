import { describe, expect, it } from 'vitest'
import { currencyExponent } from './currencyExponent.ts'

describe('currencyExponent', () => {
  it.each([
    ['JPY', 0],
    ['KRW', 0],
    ['USD', 2],
    ['EUR', 2],
    ['KWD', 3],
    ['BHD', 3],
    ['TND', 3],
    ['CLF', 4],
  ])('%s has %i decimals, as Intl agrees', (code, exponent) => {
    expect(currencyExponent(code)).toBe(exponent)
    const intl = new Intl.NumberFormat('en', {
      style: 'currency',
      currency: code,
    }).resolvedOptions()
    expect(intl.maximumFractionDigits).toBe(exponent)
  })

  it('is case-insensitive', () => {
    expect(currencyExponent('jpy')).toBe(0)
  })

  it('rejects what is not a currency code', () => {
    expect(() => currencyExponent('EURO')).toThrow(RangeError)
  })
})
