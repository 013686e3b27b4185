import fc from 'fast-check'
import { describe, expect, expectTypeOf, it } from 'vitest'
import { CurrencyMismatchError, InvalidMoneyError } from '../errors.ts'
import { money, type Money } from './Money.ts'
import { addMoney, compareMoney, negateMoney, subtractMoney, sumMoney } from './moneyMath.ts'

describe('money arithmetic', () => {
  const eur = money(1050, 'EUR')
  const usd = money(999, 'USD')

  it('adds and subtracts in integers', () => {
    expect(addMoney(eur, money(1, 'EUR'))).toEqual({ amountMinor: 1051, currency: 'EUR' })
    expect(subtractMoney(eur, money(2000, 'EUR'))).toEqual({ amountMinor: -950, currency: 'EUR' })
    expect(negateMoney(eur)).toEqual({ amountMinor: -1050, currency: 'EUR' })
    expect(compareMoney(eur, money(1, 'EUR'))).toBeGreaterThan(0)
  })

  it('refuses two currencies at compile time and at run time', () => {
    // @ts-expect-error — EUR + USD is a type error
    expect(() => addMoney(eur, usd)).toThrow(CurrencyMismatchError)
    // @ts-expect-error — also for subtraction
    expect(() => subtractMoney(usd, eur)).toThrow(CurrencyMismatchError)
    // @ts-expect-error — and in a sum whose currency is stated
    expect(() => sumMoney([eur, usd], 'EUR')).toThrow(CurrencyMismatchError)
    // Wide `string` currencies (data from the API) are only checked at run time.
    const dynamic: Money = usd
    expect(() => addMoney(eur, dynamic)).toThrow(CurrencyMismatchError)
    try {
      addMoney(dynamic, eur)
    } catch (error) {
      expect(error).toMatchObject({ code: 'currency_mismatch', expected: 'USD', received: 'EUR' })
    }
  })

  it('keeps the literal currency in the result type', () => {
    expectTypeOf(addMoney(eur, eur)).toEqualTypeOf<Money<'EUR'>>()
    expectTypeOf(sumMoney([eur], 'EUR')).toEqualTypeOf<Money<'EUR'>>()
  })

  it('sums to a typed zero when empty', () => {
    expect(sumMoney([], 'jpy')).toEqual({ amountMinor: 0, currency: 'JPY' })
  })

  it('refuses to overflow the safe integer range', () => {
    const big = money(Number.MAX_SAFE_INTEGER, 'EUR')
    expect(() => addMoney(big, money(1, 'EUR'))).toThrow(InvalidMoneyError)
    expect(() => sumMoney([big, big, negateMoney(big)], 'EUR')).toThrow(/overflow/)
  })

  it('refuses forged money with a fractional amount', () => {
    const forged = { amountMinor: 0.5, currency: 'EUR' } as Money<'EUR'>
    expect(() => addMoney(eur, forged)).toThrow(InvalidMoneyError)
    expect(() => sumMoney([forged], 'EUR')).toThrow(InvalidMoneyError)
  })

  it('sums exactly (property: equals the BigInt sum)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1e12, max: 1e12 }), { maxLength: 200 }),
        (amounts) => {
          const expected = amounts.reduce((sum, amount) => sum + BigInt(amount), 0n)
          const total = sumMoney(
            amounts.map((amount) => money(amount, 'KWD')),
            'KWD',
          )
          expect(BigInt(total.amountMinor)).toBe(expected)
        },
      ),
    )
  })
})
