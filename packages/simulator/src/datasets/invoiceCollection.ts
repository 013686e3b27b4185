import type { WireInvoiceCollectionRow, WirePaymentStatus } from '@lago-analytics/client/wire'
import { addAt } from '../addAt'
import { PAYMENT_STATUS, type Ledger } from '../ledger'
import type { LegacyQuery } from '../query/legacyQuery'
import { currencyOrder } from './dataWindow'
import { legacyScope, monthKey } from './legacyScope'

/** Statuses in emitted order (alphabetical), with their ledger codes. */
const STATUSES: readonly [WirePaymentStatus, number][] = [
  ['failed', PAYMENT_STATUS.failed],
  ['pending', PAYMENT_STATUS.pending],
  ['succeeded', PAYMENT_STATUS.succeeded],
]

/**
 * `invoice_collection`: per month (issuing date), payment status and currency, the count and
 * total of finalized invoices. When `currency` is omitted, months without invoices are kept as
 * one filler row (`payment_status: null, currency: null, invoices_count: 0, amount_cents: 0`).
 */
export function invoiceCollection(ledger: Ledger, query: LegacyQuery): WireInvoiceCollectionRow[] {
  const scope = legacyScope(ledger, query, false)
  const monthCount = scope.toMonth - scope.fromMonth + 1
  if (monthCount <= 0) return []
  const statusCount = STATUSES.length
  const width = ledger.currencies.length * statusCount
  const amounts = new Float64Array(monthCount * width)
  const counts = new Float64Array(monthCount * width)
  const invoices = ledger.invoices
  for (let i = 0; i < invoices.count; i++) {
    const customer = invoices.customer[i]!
    if (!scope.accepts(customer)) continue
    const month = ledger.usage.month(invoices.day[i]!) - scope.fromMonth
    if (month < 0 || month >= monthCount) continue
    const key =
      month * width + ledger.customerCurrency[customer]! * statusCount + invoices.status[i]!
    addAt(amounts, key, invoices.total[i]!)
    addAt(counts, key, 1)
  }
  const rows: WireInvoiceCollectionRow[] = []
  const order = currencyOrder(ledger)
  for (let month = 0; month < monthCount; month++) {
    const before = rows.length
    for (const currency of order) {
      for (const [status, code] of STATUSES) {
        const key = month * width + currency * statusCount + code
        if (counts[key] === 0) continue
        rows.push({
          month: monthKey(scope.fromMonth + month),
          payment_status: status,
          invoices_count: counts[key]!,
          amount_cents: amounts[key]!,
          currency: ledger.currencies[currency]!.code,
        })
      }
    }
    if (rows.length === before && query.currency === undefined) {
      rows.push({
        month: monthKey(scope.fromMonth + month),
        payment_status: null,
        invoices_count: 0,
        amount_cents: 0,
        currency: null,
      })
    }
  }
  return rows
}
