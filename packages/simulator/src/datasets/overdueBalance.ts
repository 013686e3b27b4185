import type { WireOverdueBalanceRow } from '@lago-analytics/client/wire'
import { addAt } from '../addAt'
import { PAYMENT_STATUS, type Ledger } from '../ledger'
import type { LegacyQuery } from '../query/legacyQuery'
import { currencyOrder } from './dataWindow'
import { legacyScope, monthKey } from './legacyScope'

/**
 * `overdue_balance`: per month of the payment due date, currency and billing entity, what is
 * still owed on overdue invoices (not paid, due date before today): total − paid − credit-note
 * offsets, with the invoice ids. Months without overdue invoices are dropped.
 */
export function overdueBalance(ledger: Ledger, query: LegacyQuery): WireOverdueBalanceRow[] {
  const scope = legacyScope(ledger, query, true)
  const monthCount = scope.toMonth - scope.fromMonth + 1
  if (monthCount <= 0) return []
  const entityCount = ledger.billingEntities.length
  const width = ledger.currencies.length * entityCount
  const amounts = new Float64Array(monthCount * width)
  const ids = new Map<number, string[]>()
  const invoices = ledger.invoices
  for (let i = 0; i < invoices.count; i++) {
    if (invoices.status[i] === PAYMENT_STATUS.succeeded) continue
    const due = invoices.dueDay[i]!
    const owed = invoices.total[i]! - invoices.offset[i]!
    if (due >= ledger.today || owed <= 0) continue
    const customer = invoices.customer[i]!
    if (!scope.accepts(customer)) continue
    const month = ledger.usage.month(due) - scope.fromMonth
    if (month < 0 || month >= monthCount) continue
    const c = ledger.customers[customer]!
    const key = month * width + c.currency * entityCount + c.entity
    addAt(amounts, key, owed)
    const list = ids.get(key)
    if (list === undefined) ids.set(key, [ledger.invoiceId(i)])
    else list.push(ledger.invoiceId(i))
  }
  const rows: WireOverdueBalanceRow[] = []
  const order = currencyOrder(ledger)
  for (let month = 0; month < monthCount; month++) {
    for (const currency of order) {
      for (const entity of ledger.billingEntities) {
        const key = month * width + currency * entityCount + entity.index
        const list = ids.get(key)
        if (list === undefined) continue
        rows.push({
          month: monthKey(scope.fromMonth + month),
          amount_cents: amounts[key]!,
          currency: ledger.currencies[currency]!.code,
          lago_invoice_ids: list,
          billing_entity_id: entity.id,
        })
      }
    }
  }
  return rows
}
