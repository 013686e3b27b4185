import { currencyExponent, decimalToMinor } from '@lago-analytics/client/protocol'
import { InvalidMoneyError } from '../errors.ts'
import { intlFormat } from '../internal/intl.ts'
import { assertMinorUnits, normalizeCurrency, type Money } from './Money.ts'

/**
 * The exact decimal string of an amount in major units, built from the integer's digits (no
 * floating-point division): `minorToDecimalString(123456789012345678, 2)` is
 * `'1234567890123456.78'`, `minorToDecimalString(-5, 3)` is `'-0.005'`.
 */
export function minorToDecimalString(amountMinor: number, exponent: number): string {
  assertMinorUnits(amountMinor)
  const negative = amountMinor < 0
  const digits = String(negative ? -amountMinor : amountMinor)
  if (exponent === 0) return negative ? `-${digits}` : digits
  const padded = digits.padStart(exponent + 1, '0')
  const cut = padded.length - exponent
  return `${negative ? '-' : ''}${padded.slice(0, cut)}.${padded.slice(cut)}`
}

/** The exact major-unit decimal string of a `Money` (`'19.99'` for `money(1999, 'EUR')`). */
export function moneyToDecimalString(value: Money): string {
  return minorToDecimalString(value.amountMinor, currencyExponent(value.currency))
}

/**
 * Major units as a JavaScript number, for charts and axes only (the nearest double to the exact
 * value; never feed it back into sums — sum `amountMinor` instead).
 */
export function toMajorUnits(value: Money): number {
  assertMinorUnits(value.amountMinor)
  return value.amountMinor / 10 ** currencyExponent(value.currency)
}

/**
 * Parses a major-unit decimal (`'19.99'`, `19.99`, `'1.5e3'`) into `Money`, working on the decimal
 * digits (no float product). Digits beyond the currency's exponent are rounded half away from
 * zero (`'0.125'` EUR → 13 cents). Raises `InvalidMoneyError` for non-numeric or unsafe values.
 */
export function moneyFromMajor<C extends string>(
  value: number | string,
  currency: C,
): Money<Uppercase<C>> {
  const code = normalizeCurrency(currency)
  const minor = decimalToMinor(value, currencyExponent(code))
  if (minor === null) {
    throw new InvalidMoneyError(
      `Not a decimal amount of safe minor units: ${JSON.stringify(value)}`,
      value,
    )
  }
  return { amountMinor: minor + 0, currency: code }
}

export type MoneyNotation = 'standard' | 'compact'

export interface FormatMoneyOptions {
  /** BCP 47 locale(s); explicit, never the runtime's default. */
  locale: string | readonly string[]
  /**
   * `standard` (default): every minor digit is shown (`€1,234.50`, `KWD 1.234`), exactly.
   * `compact`: short form for axes and KPI tiles (`€1.2M`, `1,2 M €`).
   */
  notation?: MoneyNotation | undefined
  currencyDisplay?: 'symbol' | 'narrowSymbol' | 'code' | 'name' | undefined
  signDisplay?: 'auto' | 'always' | 'exceptZero' | 'negative' | 'never' | undefined
  /** Accounting style puts negatives in parentheses in many locales. */
  currencySign?: 'standard' | 'accounting' | undefined
  /**
   * Fewer decimals than the currency's exponent (e.g. `0` for whole euros on a KPI tile). The
   * exact decimal is rounded half away from zero by `Intl`. Default: the ISO 4217 exponent.
   */
  maximumFractionDigits?: number | undefined
}

function formatter(
  currency: string,
  exponent: number,
  options: FormatMoneyOptions,
): Intl.NumberFormat {
  const notation = options.notation ?? 'standard'
  const max = options.maximumFractionDigits
  const digits = Math.min(max ?? exponent, exponent)
  return intlFormat(Intl.NumberFormat, options.locale, {
    style: 'currency',
    currency,
    notation,
    currencyDisplay: options.currencyDisplay ?? 'symbol',
    signDisplay: options.signDisplay ?? 'auto',
    currencySign: options.currencySign ?? 'standard',
    ...(notation === 'standard'
      ? { minimumFractionDigits: digits, maximumFractionDigits: digits }
      : max === undefined
        ? {}
        : { maximumFractionDigits: max }),
  })
}

/**
 * Formats money for display, at the edge only. The amount goes to `Intl.NumberFormat` as an exact
 * decimal string built from the integer, so large values never drift
 * (`money(9007199254740993, …)` cannot exist, `money(9007199254740991, 'USD')` formats as
 * `$90,071,992,547,409.91`, where a float would print …409.92). Standard notation shows the ISO
 * 4217 number of decimals (which can differ from CLDR's display preference, e.g. IQD shows 3).
 */
export function formatMoney(value: Money, options: FormatMoneyOptions): string {
  const currency = normalizeCurrency(value.currency)
  const exponent = currencyExponent(currency)
  const decimal = minorToDecimalString(value.amountMinor, exponent) as `${number}`
  return formatter(currency, exponent, options).format(decimal)
}

/**
 * A formatter for chart axes and tooltips whose values are already major-unit numbers
 * (`toMajorUnits`), e.g. `formatMajorUnits(1250000, 'EUR', { locale: 'en', notation: 'compact' })`
 * → `€1.3M`.
 */
export function formatMajorUnits(
  value: number,
  currency: string,
  options: FormatMoneyOptions,
): string {
  const code = normalizeCurrency(currency)
  return formatter(code, currencyExponent(code), options).format(value)
}
