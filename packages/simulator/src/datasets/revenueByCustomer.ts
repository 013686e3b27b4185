import type { WireRevenueStreamCustomerRow } from '@lago-analytics/client/wire'
import { addAt } from '../addAt'
import { compareText } from '../compareText'
import { INVOICE_KIND, type Ledger } from '../ledger'
import type { PageQuery } from '../query/pageQuery'
import { paginate, type Page } from '../query/paginate'
import { dayToTimestamp } from '../utcDay'
import { compareRevenue } from './compareRevenue'

/**
 * `revenue_streams/customers`: gross and net revenue per customer over the whole history up to
 * today, with shares (0..1) within the customer's currency. Soft-deleted customers stay listed
 * with `customer_deleted_at`.
 */
export function revenueByCustomer(
  ledger: Ledger,
  query: PageQuery,
): Page<WireRevenueStreamCustomerRow> {
  const customerCount = ledger.customers.length
  const gross = new Float64Array(customerCount)
  const contra = new Float64Array(customerCount)
  const hasFees = new Uint8Array(customerCount)
  const currencyOf = ledger.customerCurrency
  const wanted = (currency: number): boolean =>
    query.currency === undefined || ledger.currencies[currency]?.code === query.currency
  const fees = ledger.fees
  for (let i = 0; i < fees.count; i++) {
    const customer = fees.customer[i]!
    if (!wanted(currencyOf[customer]!) || fees.day[i]! > ledger.horizon) continue
    addAt(gross, customer, fees.amount[i]!)
    addAt(contra, customer, fees.discount[i]!)
    hasFees[customer] = 1
  }
  const invoices = ledger.invoices
  for (let i = 0; i < invoices.count; i++) {
    const customer = invoices.customer[i]!
    if (invoices.kind[i] === INVOICE_KIND.credit || !wanted(currencyOf[customer]!)) continue
    addAt(
      contra,
      customer,
      invoices.creditNotes[i]! +
        invoices.freeCredits[i]! +
        invoices.prepaidCredits[i]! +
        invoices.progressiveCredit[i]!,
    )
  }
  const grossTotal = new Float64Array(ledger.currencies.length)
  const netTotal = new Float64Array(ledger.currencies.length)
  for (const customer of ledger.customers) {
    if (hasFees[customer.index] !== 1) continue
    addAt(grossTotal, customer.currency, gross[customer.index]!)
    addAt(netTotal, customer.currency, gross[customer.index]! - contra[customer.index]!)
  }
  const rows: WireRevenueStreamCustomerRow[] = []
  for (const customer of ledger.customers) {
    if (hasFees[customer.index] !== 1) continue
    const g = gross[customer.index]!
    const n = g - contra[customer.index]!
    const currency = customer.currency
    rows.push({
      customer_id: customer.id,
      external_customer_id: customer.externalId,
      customer_name: customer.name,
      customer_deleted_at: customer.deletedDay >= 0 ? dayToTimestamp(customer.deletedDay) : null,
      amount_currency: ledger.currencies[currency]!.code,
      gross_revenue_amount_cents: g,
      gross_revenue_share: grossTotal[currency] === 0 ? null : g / grossTotal[currency]!,
      net_revenue_amount_cents: n,
      net_revenue_share: netTotal[currency] === 0 ? null : n / netTotal[currency]!,
    })
  }
  rows.sort(
    (a, b) =>
      compareRevenue(a, b, query.orderBy) ||
      compareText(a.external_customer_id, b.external_customer_id),
  )
  return paginate(rows, query.page, query.limit)
}
