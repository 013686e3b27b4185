import { currencyExponent } from '@lago-analytics/client/protocol'

/** Formats integer minor units for display, e.g. `formatMoney(123456, 'EUR')` → `€1,234.56`. */
export function formatMoney(amountMinor: number, currency: string, locale = 'en-US'): string {
  const exponent = currencyExponent(currency)
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: exponent,
    maximumFractionDigits: exponent,
  }).format(amountMinor / 10 ** exponent)
}
