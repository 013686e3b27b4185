/**
 * ISO 4217 minor-unit exponents. Every currency not listed has 2 decimals.
 * Source: the ISO 4217 list (facts, not Intl/CLDR display preferences, which differ for a few
 * codes such as ISK or IQD).
 */
const EXPONENTS: Readonly<Record<string, number>> = {
  // 0 decimals
  BIF: 0,
  CLP: 0,
  DJF: 0,
  GNF: 0,
  ISK: 0,
  JPY: 0,
  KMF: 0,
  KRW: 0,
  PYG: 0,
  RWF: 0,
  UGX: 0,
  UYI: 0,
  VND: 0,
  VUV: 0,
  XAF: 0,
  XOF: 0,
  XPF: 0,
  // 3 decimals
  BHD: 3,
  IQD: 3,
  JOD: 3,
  KWD: 3,
  LYD: 3,
  OMR: 3,
  TND: 3,
  // 4 decimals
  CLF: 4,
  UYW: 4,
}

const CODE = /^[A-Z]{3}$/

/** Number of decimals of the minor unit of an ISO 4217 currency code (case-insensitive). */
export function currencyExponent(currency: string): number {
  const code = currency.toUpperCase()
  if (!CODE.test(code))
    throw new RangeError(`Not an ISO 4217 currency code: ${JSON.stringify(currency)}`)
  return EXPONENTS[code] ?? 2
}
