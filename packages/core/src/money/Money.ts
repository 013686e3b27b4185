import { currencyExponent } from '@lago-analytics/client/protocol'
import { InvalidMoneyError } from '../errors.ts'

/**
 * An amount of money: a safe integer of the currency's minor units (cents, yen, fils) and the
 * upper-case ISO 4217 code. The currency is a type parameter, so two literal currencies can
 * never be mixed by accident (`addMoney(eur, usd)` is a type error as well as a runtime error).
 */
export interface Money<C extends string = string> {
  readonly amountMinor: number
  readonly currency: C
}

const CODE = /^[A-Za-z]{3}$/

/** Upper-cases and validates an ISO 4217 code (three letters). */
export function normalizeCurrency<C extends string>(currency: C): Uppercase<C> {
  if (typeof currency !== 'string' || !CODE.test(currency)) {
    throw new InvalidMoneyError(
      `Not an ISO 4217 currency code: ${JSON.stringify(currency)}`,
      currency,
    )
  }
  return currency.toUpperCase() as Uppercase<C>
}

/** Throws `InvalidMoneyError` unless `amountMinor` is a safe integer. */
export function assertMinorUnits(
  amountMinor: unknown,
  what = 'amountMinor',
): asserts amountMinor is number {
  if (typeof amountMinor !== 'number' || !Number.isSafeInteger(amountMinor)) {
    throw new InvalidMoneyError(
      `${what} must be a safe integer of minor units, got ${String(amountMinor)}`,
      amountMinor,
    )
  }
}

/**
 * Builds a `Money` value. `amountMinor` must be a safe integer of minor units (`money(1999, 'EUR')`
 * is €19.99, `money(500, 'JPY')` is ¥500); anything else (fractions, `NaN`, `Infinity`, numbers
 * beyond ±2^53 − 1, strings) raises `InvalidMoneyError`. The code is upper-cased.
 */
export function money<C extends string>(amountMinor: number, currency: C): Money<Uppercase<C>> {
  assertMinorUnits(amountMinor)
  // `+ 0` turns -0 into 0, so equal amounts are always `Object.is`-equal.
  return { amountMinor: amountMinor + 0, currency: normalizeCurrency(currency) }
}

/** Whether a value is a well-formed `Money` (safe integer, upper-case three-letter code). */
export function isMoney(value: unknown): value is Money {
  if (typeof value !== 'object' || value === null) return false
  const { amountMinor, currency } = value as { amountMinor?: unknown; currency?: unknown }
  return (
    typeof amountMinor === 'number' &&
    Number.isSafeInteger(amountMinor) &&
    typeof currency === 'string' &&
    /^[A-Z]{3}$/.test(currency)
  )
}

/** Number of decimals of the currency's minor unit (ISO 4217; re-exported from the client). */
export function moneyExponent(value: Money): number {
  return currencyExponent(value.currency)
}
