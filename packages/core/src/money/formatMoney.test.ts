import { currencyExponent, decimalToMinor } from '@lago-analytics/client/protocol'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { InvalidMoneyError } from '../errors.ts'
import { money } from './Money.ts'
import {
  formatMajorUnits,
  formatMoney,
  minorToDecimalString,
  moneyFromMajor,
  moneyToDecimalString,
  toMajorUnits,
} from './formatMoney.ts'

const EXPONENT_TABLE: [string, number][] = [
  ['JPY', 0],
  ['KRW', 0],
  ['USD', 2],
  ['EUR', 2],
  ['KWD', 3],
  ['BHD', 3],
  ['TND', 3],
  ['CLF', 4],
]

describe('currency exponents', () => {
  it.each(EXPONENT_TABLE)('%s has %i decimals, as Intl.NumberFormat agrees', (code, exponent) => {
    expect(currencyExponent(code)).toBe(exponent)
    const intl = new Intl.NumberFormat('en-US', { style: 'currency', currency: code })
    expect(intl.resolvedOptions().maximumFractionDigits).toBe(exponent)
    expect(intl.resolvedOptions().minimumFractionDigits).toBe(exponent)
    // And formatting shows exactly that many decimals.
    const formatted = formatMoney(money(123456, code), { locale: 'en-US', currencyDisplay: 'code' })
    const decimals = /\.(\d+)/.exec(formatted)?.[1]?.length ?? 0
    expect(decimals).toBe(exponent)
  })
})

describe('minorToDecimalString', () => {
  it.each([
    [0, 2, '0.00'],
    [5, 2, '0.05'],
    [-5, 3, '-0.005'],
    [123456, 0, '123456'],
    [-123456, 4, '-12.3456'],
    [Number.MAX_SAFE_INTEGER, 2, '90071992547409.91'],
  ])('%i with %i decimals is %s', (minor, exponent, text) => {
    expect(minorToDecimalString(minor, exponent)).toBe(text)
  })

  it('rejects non-integers', () => {
    expect(() => minorToDecimalString(1.5, 2)).toThrow(InvalidMoneyError)
  })

  it('round-trips through decimalToMinor for every exponent (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
        fc.constantFrom(0, 2, 3, 4),
        (minor, exponent) => {
          expect(decimalToMinor(minorToDecimalString(minor, exponent), exponent)).toBe(minor)
        },
      ),
    )
  })
})

describe('formatMoney', () => {
  it.each([
    [money(123450, 'EUR'), 'en-US', '€1,234.50'],
    [money(123450, 'EUR'), 'de-DE', '1.234,50 €'],
    [money(123450, 'EUR'), 'fr-FR', '1 234,50 €'],
    [money(123450, 'JPY'), 'ja-JP', '￥123,450'],
    [money(1234567, 'KWD'), 'en-US', 'KWD 1,234.567'],
    [money(-5, 'USD'), 'en-US', '-$0.05'],
    [money(10000, 'CLF'), 'en-US', 'CLF 1.0000'],
  ])('formats %j in %s', (value, locale, expected) => {
    expect(formatMoney(value, { locale }).replace(/\s/g, ' ')).toBe(expected.replace(/\s/g, ' '))
  })

  it('never drifts on large amounts, unlike a float', () => {
    const value = money(Number.MAX_SAFE_INTEGER, 'USD')
    expect(formatMoney(value, { locale: 'en-US' })).toBe('$90,071,992,547,409.91')
    const viaFloat = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(
      Number.MAX_SAFE_INTEGER / 100,
    )
    expect(viaFloat).not.toBe('$90,071,992,547,409.91')
  })

  it('has a compact notation for axes and tiles', () => {
    expect(formatMoney(money(123456789, 'EUR'), { locale: 'en-US', notation: 'compact' })).toBe(
      '€1.2M',
    )
    expect(
      formatMoney(money(123456789, 'EUR'), { locale: 'fr-FR', notation: 'compact' }).replace(
        /\s/g,
        ' ',
      ),
    ).toBe('1,2 M €')
    expect(formatMoney(money(1500, 'JPY'), { locale: 'en-US', notation: 'compact' })).toBe('¥1.5K')
  })

  it('rounds half away from zero when asked for fewer decimals', () => {
    expect(formatMoney(money(250, 'EUR'), { locale: 'en-US', maximumFractionDigits: 0 })).toBe('€3')
    expect(formatMoney(money(-250, 'EUR'), { locale: 'en-US', maximumFractionDigits: 0 })).toBe(
      '-€3',
    )
    expect(formatMoney(money(249, 'EUR'), { locale: 'en-US', maximumFractionDigits: 0 })).toBe('€2')
  })

  it('supports accounting signs and explicit signs', () => {
    expect(formatMoney(money(-1000, 'USD'), { locale: 'en-US', currencySign: 'accounting' })).toBe(
      '($10.00)',
    )
    expect(formatMoney(money(1000, 'USD'), { locale: 'en-US', signDisplay: 'always' })).toBe(
      '+$10.00',
    )
  })

  it('round-trips: the formatted text parses back to the same minor units (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
        fc.constantFrom(...EXPONENT_TABLE.map(([code]) => code)),
        (minor, code) => {
          const text = formatMoney(money(minor, code), { locale: 'en-US', currencyDisplay: 'code' })
          const digits = text.replace(/[^\d.-]/g, '')
          expect(moneyFromMajor(digits, code).amountMinor).toBe(minor)
        },
      ),
    )
  })

  it('formats major-unit chart values with the same rules', () => {
    expect(formatMajorUnits(1250000, 'EUR', { locale: 'en-US', notation: 'compact' })).toBe('€1.3M')
    expect(formatMajorUnits(12.5, 'KWD', { locale: 'en-US' }).replace(/\s/g, ' ')).toBe(
      'KWD 12.500',
    )
  })
})

describe('major units', () => {
  it('converts to a float for charts', () => {
    expect(toMajorUnits(money(1999, 'EUR'))).toBe(19.99)
    expect(toMajorUnits(money(1999, 'JPY'))).toBe(1999)
    expect(toMajorUnits(money(1999, 'KWD'))).toBe(1.999)
  })

  it('parses decimals exactly, rounding half away from zero', () => {
    expect(moneyFromMajor('19.99', 'eur')).toEqual({ amountMinor: 1999, currency: 'EUR' })
    expect(moneyFromMajor(0.1 + 0.2, 'EUR').amountMinor).toBe(30)
    expect(moneyFromMajor('0.125', 'EUR').amountMinor).toBe(13)
    expect(moneyFromMajor('-0.125', 'EUR').amountMinor).toBe(-13)
    expect(moneyFromMajor('1.2345', 'CLF').amountMinor).toBe(12345)
    expect(() => moneyFromMajor('abc', 'EUR')).toThrow(InvalidMoneyError)
    expect(() => moneyFromMajor('1e30', 'EUR')).toThrow(InvalidMoneyError)
  })

  it('gives the exact decimal string of a Money', () => {
    expect(moneyToDecimalString(money(-1, 'TND'))).toBe('-0.001')
  })
})
