/**
 * ISO 4217 minor-unit exponents, by number of decimals. Every currency not listed has 2.
 * Source: the ISO 4217 list (facts, not Intl/CLDR display preferences, which differ for a few
 * codes such as ISK or IQD).
 */
const EXPONENTS: [exponent: number, codes: string][] = [
  [0, 'BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF'],
  [3, 'BHD IQD JOD KWD LYD OMR TND'],
  [4, 'CLF UYW'],
]

/** Number of decimals of the minor unit of an ISO 4217 currency code (case-insensitive). */
export function currencyExponent(currency: string): number {
  const code = currency.toUpperCase()
  if (!/^[A-Z]{3}$/.test(code))
    throw new RangeError(`Not an ISO 4217 currency code: ${JSON.stringify(currency)}`)
  // Codes are three letters, so a match in a space-separated list is a whole code.
  return EXPONENTS.find(([, codes]) => codes.includes(code))?.[0] ?? 2
}
