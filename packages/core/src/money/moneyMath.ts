import { CurrencyMismatchError, InvalidMoneyError } from '../errors.ts'
import { assertMinorUnits, normalizeCurrency, type Money } from './Money.ts'

interface CurrencyMismatch<A extends string, B extends string> {
  readonly 'amounts in different currencies cannot be combined': [A, B]
}

/**
 * Compile-time guard: resolves to `unknown` (no constraint) when `A` and `B` are the same
 * currency, or when either is the wide `string` type (then only the runtime check applies), and
 * to an impossible object type when two different literal currencies meet.
 */
export type SameCurrency<A extends string, B extends string> = string extends A
  ? unknown
  : string extends B
    ? unknown
    : [A] extends [B]
      ? [B] extends [A]
        ? unknown
        : CurrencyMismatch<A, B>
      : CurrencyMismatch<A, B>

type Combined<A extends string, B extends string> = string extends A ? B : A

/** `a + b` for minor units: the result must stay a safe integer (`InvalidMoneyError`). */
export function addMinor(a: number, b: number): number {
  const sum = a + b
  if (!Number.isSafeInteger(sum)) {
    throw new InvalidMoneyError(
      `Minor-unit sum ${a} + ${b} is not a safe integer (a fraction or an overflow)`,
      b,
    )
  }
  return sum
}

function sameCurrency(a: Money, b: Money): void {
  if (a.currency !== b.currency) throw new CurrencyMismatchError(a.currency, b.currency)
}

function combine<A extends string, B extends string>(
  a: Money<A>,
  b: Money<B>,
  sign: number,
): Money<Combined<A, B>> {
  sameCurrency(a, b)
  assertMinorUnits(a.amountMinor)
  assertMinorUnits(b.amountMinor)
  // `+ 0` turns -0 into 0.
  return {
    amountMinor: addMinor(a.amountMinor, sign * b.amountMinor) + 0,
    currency: a.currency as Combined<A, B>,
  }
}

/** `a + b`. Different currencies: type error for literal currencies, `CurrencyMismatchError` always. */
export function addMoney<A extends string, B extends string>(
  a: Money<A>,
  b: Money<B> & SameCurrency<A, B>,
): Money<Combined<A, B>> {
  return combine(a, b, 1)
}

/** `a − b`, with the same guards as `addMoney`. */
export function subtractMoney<A extends string, B extends string>(
  a: Money<A>,
  b: Money<B> & SameCurrency<A, B>,
): Money<Combined<A, B>> {
  return combine(a, b, -1)
}

/** `−a`. */
export function negateMoney<C extends string>(a: Money<C>): Money<C> {
  assertMinorUnits(a.amountMinor)
  return { amountMinor: 0 - a.amountMinor, currency: a.currency }
}

/**
 * Integer sum of amounts in one currency. The currency is stated, so an empty list sums to a
 * typed zero and a stray amount in another currency is caught: at compile time when the item
 * types carry literal currencies, at run time (`CurrencyMismatchError`) always. Every partial
 * sum must stay a safe integer (`InvalidMoneyError` otherwise), so the result is exact.
 */
export function sumMoney<C extends string>(
  items: Iterable<Money<NoInfer<C>>>,
  currency: C,
): Money<Uppercase<C>> {
  const code = normalizeCurrency(currency)
  let total = 0
  for (const item of items) {
    if (item.currency !== code) throw new CurrencyMismatchError(code, item.currency)
    assertMinorUnits(item.amountMinor)
    total = addMinor(total, item.amountMinor)
  }
  return { amountMinor: total + 0, currency: code }
}

/** Compares two amounts of one currency: negative, 0 or positive (for sorting). */
export function compareMoney<A extends string, B extends string>(
  a: Money<A>,
  b: Money<B> & SameCurrency<A, B>,
): number {
  sameCurrency(a, b)
  return a.amountMinor - b.amountMinor
}
