import type { WireMrrRow } from '@lago-analytics/client/wire'
import { addAt } from '../addAt'
import { FEE_KIND, type Ledger } from '../ledger'
import type { LegacyQuery } from '../query/legacyQuery'
import { currencyOrder } from './dataWindow'
import { legacyScope, monthKey } from './legacyScope'

/** Average month length lago-api uses to count the months a fee covers. */
const DAYS_PER_MONTH = 30.44

/**
 * Legacy `mrr`: invoiced subscription fees after coupons and including taxes. Monthly fees count
 * in their issuing month; quarterly and yearly fees (paid in advance) are spread evenly from the
 * issuing month over the months they cover, so values can be fractional. When `currency` is
 * omitted, months without any value are kept as `{amount_cents: null, currency: null}`.
 */
export function legacyMrr(ledger: Ledger, query: LegacyQuery): WireMrrRow[] {
  const scope = legacyScope(ledger, query, false)
  const monthCount = scope.toMonth - scope.fromMonth + 1
  if (monthCount <= 0) return []
  const currencyCount = ledger.currencies.length
  const amounts = new Float64Array(monthCount * currencyCount)
  const seen = new Uint8Array(monthCount * currencyCount)
  const fees = ledger.fees
  for (let i = 0; i < fees.count; i++) {
    if (fees.kind[i] !== FEE_KIND.subscription) continue
    const customer = fees.customer[i]!
    if (!scope.accepts(customer)) continue
    const plan = ledger.plans[fees.plan[i]!]
    if (plan === undefined) continue
    const value = fees.amount[i]! - fees.discount[i]! + fees.tax[i]!
    const spread =
      plan.interval === 'monthly'
        ? 1
        : Math.max(1, Math.round((fees.toDay[i]! - fees.fromDay[i]! + 1) / DAYS_PER_MONTH))
    const first = ledger.usage.month(fees.day[i]!)
    const currency = ledger.customerCurrency[customer]!
    for (let k = 0; k < spread; k++) {
      const month = first + k - scope.fromMonth
      if (month < 0 || month >= monthCount) continue
      addAt(amounts, month * currencyCount + currency, value / spread)
      seen[month * currencyCount + currency] = 1
    }
  }
  const rows: WireMrrRow[] = []
  const order = currencyOrder(ledger)
  for (let month = 0; month < monthCount; month++) {
    const before = rows.length
    for (const currency of order) {
      if (seen[month * currencyCount + currency] !== 1) continue
      rows.push({
        month: monthKey(scope.fromMonth + month),
        amount_cents: amounts[month * currencyCount + currency]!,
        currency: ledger.currencies[currency]!.code,
      })
    }
    if (rows.length === before && query.currency === undefined)
      rows.push({ month: monthKey(scope.fromMonth + month), amount_cents: null, currency: null })
  }
  return rows
}
