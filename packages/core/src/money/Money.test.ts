import { describe, expect, it } from 'vitest'
import { InvalidMoneyError } from '../errors.ts'
import { isMoney, money, moneyExponent, normalizeCurrency } from './Money.ts'

describe('money', () => {
  it('keeps a safe integer amount and upper-cases the currency', () => {
    const value = money(1999, 'eur')
    expect(value).toEqual({ amountMinor: 1999, currency: 'EUR' })
    const typed: { currency: 'EUR' } = value
    expect(typed.currency).toBe('EUR')
  })

  it('normalises -0 to 0', () => {
    expect(Object.is(money(-0, 'USD').amountMinor, 0)).toBe(true)
  })

  it.each([
    ['a fraction', 12.5],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['beyond 2^53', 2 ** 53],
    ['below -(2^53)', -(2 ** 53)],
    ['a numeric string', '12' as unknown as number],
  ])('rejects %s with a typed error', (_, amount) => {
    let caught: unknown
    try {
      money(amount, 'EUR')
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(InvalidMoneyError)
    expect((caught as InvalidMoneyError).code).toBe('invalid_money')
    expect((caught as InvalidMoneyError).value).toBe(amount)
    expect((caught as Error).message).toMatch(/safe integer/)
  })

  it('accepts the extremes of the safe range', () => {
    expect(money(Number.MAX_SAFE_INTEGER, 'USD').amountMinor).toBe(Number.MAX_SAFE_INTEGER)
    expect(money(Number.MIN_SAFE_INTEGER, 'USD').amountMinor).toBe(Number.MIN_SAFE_INTEGER)
  })

  it.each(['EURO', 'E1R', '', 'eu'])('rejects the currency %j', (code) => {
    expect(() => money(1, code)).toThrow(InvalidMoneyError)
    expect(() => normalizeCurrency(code)).toThrow(/ISO 4217/)
  })

  it('recognises well-formed money only', () => {
    expect(isMoney(money(5, 'JPY'))).toBe(true)
    expect(isMoney({ amountMinor: 5.5, currency: 'JPY' })).toBe(false)
    expect(isMoney({ amountMinor: 5, currency: 'jpy' })).toBe(false)
    expect(isMoney(null)).toBe(false)
  })

  it('knows the exponent of its currency', () => {
    expect(moneyExponent(money(1, 'KWD'))).toBe(3)
    expect(moneyExponent(money(1, 'JPY'))).toBe(0)
  })
})
