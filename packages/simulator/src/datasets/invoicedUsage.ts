import type { WireInvoicedUsageRow } from '@lago-analytics/client/wire'
import { addAt } from '../addAt'
import { compareText } from '../compareText'
import { FEE_KIND, type Ledger } from '../ledger'
import type { LegacyQuery } from '../query/legacyQuery'
import { legacyScope, monthKey } from './legacyScope'

/**
 * `invoiced_usage`: per month (fee creation), billable metric and currency, usage fees actually
 * invoiced, net of coupons (progressive-billing invoices included). Usage of the open period is
 * not invoiced yet. Ordered by month DESC, then amount DESC. Empty months are dropped.
 */
export function invoicedUsage(ledger: Ledger, query: LegacyQuery): WireInvoicedUsageRow[] {
  const scope = legacyScope(ledger, query, false)
  const monthCount = scope.toMonth - scope.fromMonth + 1
  if (monthCount <= 0) return []
  const metricCount = ledger.metrics.length
  const width = ledger.currencies.length * metricCount
  const amounts = new Float64Array(monthCount * width)
  const seen = new Uint8Array(monthCount * width)
  const fees = ledger.fees
  for (let i = 0; i < fees.count; i++) {
    if (fees.kind[i] !== FEE_KIND.usage) continue
    const customer = fees.customer[i]!
    if (!scope.accepts(customer)) continue
    const month = ledger.usage.month(fees.day[i]!) - scope.fromMonth
    if (month < 0 || month >= monthCount) continue
    const key = month * width + ledger.customerCurrency[customer]! * metricCount + fees.metric[i]!
    addAt(amounts, key, fees.amount[i]! - fees.discount[i]!)
    seen[key] = 1
  }
  const rows: WireInvoicedUsageRow[] = []
  for (let month = 0; month < monthCount; month++) {
    for (let currency = 0; currency < ledger.currencies.length; currency++) {
      for (const metric of ledger.metrics) {
        const key = month * width + currency * metricCount + metric.index
        if (seen[key] !== 1) continue
        rows.push({
          month: monthKey(scope.fromMonth + month),
          code: metric.code,
          currency: ledger.currencies[currency]!.code,
          amount_cents: amounts[key]!,
        })
      }
    }
  }
  rows.sort(
    (a, b) =>
      compareText(b.month, a.month) ||
      Number(b.amount_cents) - Number(a.amount_cents) ||
      compareText(a.code, b.code) ||
      compareText(a.currency, b.currency),
  )
  return rows
}
