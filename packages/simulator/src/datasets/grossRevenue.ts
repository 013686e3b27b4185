import type { WireGrossRevenueRow } from '@lago-analytics/client/wire'
import { addAt } from '../addAt'
import type { Ledger } from '../ledger'
import type { LegacyQuery } from '../query/legacyQuery'
import { currencyOrder } from './dataWindow'
import { legacyScope, monthKey } from './legacyScope'

/**
 * `gross_revenue`: per month (issuing date), currency and billing entity, the total of finalized
 * invoices (after taxes, discounts and credits, credit purchases included) minus credit-note
 * refunds, and how many invoices. Months without invoices are dropped.
 */
export function grossRevenue(ledger: Ledger, query: LegacyQuery): WireGrossRevenueRow[] {
  const scope = legacyScope(ledger, query, true)
  const monthCount = scope.toMonth - scope.fromMonth + 1
  if (monthCount <= 0) return []
  const entityCount = ledger.billingEntities.length
  const width = ledger.currencies.length * entityCount
  const amounts = new Float64Array(monthCount * width)
  const counts = new Float64Array(monthCount * width)
  const invoices = ledger.invoices
  for (let i = 0; i < invoices.count; i++) {
    const customer = invoices.customer[i]!
    if (!scope.accepts(customer)) continue
    const month = ledger.usage.month(invoices.day[i]!) - scope.fromMonth
    if (month < 0 || month >= monthCount) continue
    const c = ledger.customers[customer]!
    const key = month * width + c.currency * entityCount + c.entity
    addAt(amounts, key, invoices.total[i]! - invoices.refund[i]!)
    addAt(counts, key, 1)
  }
  const rows: WireGrossRevenueRow[] = []
  const order = currencyOrder(ledger)
  for (let month = 0; month < monthCount; month++) {
    for (const currency of order) {
      for (const entity of ledger.billingEntities) {
        const key = month * width + currency * entityCount + entity.index
        if (counts[key] === 0) continue
        rows.push({
          month: monthKey(scope.fromMonth + month),
          amount_cents: amounts[key]!,
          currency: ledger.currencies[currency]!.code,
          invoices_count: counts[key]!,
          billing_entity_id: entity.id,
        })
      }
    }
  }
  return rows
}
