/** The currencies of the synthetic organisation, with their ISO 4217 minor-unit exponents. */

export type CurrencyCode = 'USD' | 'EUR' | 'JPY' | 'KWD'

export interface CurrencyDefinition {
  readonly code: CurrencyCode
  /** ISO 4217 exponent: USD/EUR 2, JPY 0, KWD 3. */
  readonly exponent: number
  /** Major units per US dollar, used to derive realistic prices. */
  readonly perUsd: number
  /** Minor units one prepaid wallet credit is worth (1 credit = 1 USD / 1 EUR / 100 JPY / 1 KWD). */
  readonly creditMinor: number
}

/** Index order is part of the ledger format (customers store the index). */
export const CURRENCIES: readonly CurrencyDefinition[] = [
  { code: 'USD', exponent: 2, perUsd: 1, creditMinor: 100 },
  { code: 'EUR', exponent: 2, perUsd: 0.92, creditMinor: 100 },
  { code: 'JPY', exponent: 0, perUsd: 150, creditMinor: 100 },
  { code: 'KWD', exponent: 3, perUsd: 0.307, creditMinor: 1000 },
]

/** Converts an amount in US cents into minor units of `currency` (unrounded). */
export function fromUsdCents(usdCents: number, currency: CurrencyDefinition): number {
  return usdCents * currency.perUsd * 10 ** (currency.exponent - 2)
}
