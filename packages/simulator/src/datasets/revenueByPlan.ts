import type { WireRevenueStreamPlanRow } from '@lago-analytics/client/wire'
import { addAt } from '../addAt'
import { compareText } from '../compareText'
import { INVOICE_KIND, type Ledger } from '../ledger'
import type { PageQuery } from '../query/pageQuery'
import { paginate, type Page } from '../query/paginate'
import { dayToTimestamp } from '../utcDay'
import { compareRevenue } from './compareRevenue'

/**
 * `revenue_streams/plans`: gross and net revenue per plan and currency over the whole history
 * up to today (the endpoint takes no date parameters), with customer counts and shares (0..1)
 * within the currency. Invoice-level contra items count for the plan the invoice is attributed to.
 */
export function revenueByPlan(ledger: Ledger, query: PageQuery): Page<WireRevenueStreamPlanRow> {
  const planCount = ledger.plans.length
  const currencyCount = ledger.currencies.length
  const gross = new Float64Array(currencyCount * planCount)
  const contra = new Float64Array(currencyCount * planCount)
  const seen = new Uint8Array(currencyCount * planCount * ledger.customers.length)
  const customersPerPlan = new Float64Array(currencyCount * planCount)
  const customersInCurrency = new Float64Array(currencyCount)
  const seenInCurrency = new Uint8Array(ledger.customers.length)
  const currencyOf = ledger.customerCurrency
  const wanted = (currency: number): boolean =>
    query.currency === undefined || ledger.currencies[currency]?.code === query.currency

  const fees = ledger.fees
  for (let i = 0; i < fees.count; i++) {
    const customer = fees.customer[i]!
    const currency = currencyOf[customer]!
    const plan = fees.plan[i]!
    if (plan < 0 || !wanted(currency) || fees.day[i]! > ledger.horizon) continue
    const key = currency * planCount + plan
    addAt(gross, key, fees.amount[i]!)
    addAt(contra, key, fees.discount[i]!)
    const seenKey = key * ledger.customers.length + customer
    if (seen[seenKey] === 0) {
      seen[seenKey] = 1
      addAt(customersPerPlan, key, 1)
    }
    if (seenInCurrency[customer] === 0) {
      seenInCurrency[customer] = 1
      addAt(customersInCurrency, currency, 1)
    }
  }
  const invoices = ledger.invoices
  for (let i = 0; i < invoices.count; i++) {
    const plan = invoices.plan[i]!
    const currency = currencyOf[invoices.customer[i]!]!
    if (plan < 0 || invoices.kind[i] === INVOICE_KIND.credit || !wanted(currency)) continue
    addAt(
      contra,
      currency * planCount + plan,
      invoices.creditNotes[i]! +
        invoices.freeCredits[i]! +
        invoices.prepaidCredits[i]! +
        invoices.progressiveCredit[i]!,
    )
  }
  const grossTotal = new Float64Array(currencyCount)
  const netTotal = new Float64Array(currencyCount)
  for (let currency = 0; currency < currencyCount; currency++) {
    for (let plan = 0; plan < planCount; plan++) {
      const key = currency * planCount + plan
      addAt(grossTotal, currency, gross[key]!)
      addAt(netTotal, currency, gross[key]! - contra[key]!)
    }
  }
  const rows: WireRevenueStreamPlanRow[] = []
  for (let currency = 0; currency < currencyCount; currency++) {
    for (const plan of ledger.plans) {
      const key = currency * planCount + plan.index
      if (customersPerPlan[key] === 0) continue
      const g = gross[key]!
      const n = g - contra[key]!
      rows.push({
        plan_id: plan.id,
        plan_code: plan.code,
        plan_name: plan.name,
        plan_interval: plan.interval,
        plan_deleted_at: plan.deletedDay >= 0 ? dayToTimestamp(plan.deletedDay) : null,
        customers_count: customersPerPlan[key]!,
        customers_share: customersPerPlan[key]! / customersInCurrency[currency]!,
        amount_currency: ledger.currencies[currency]!.code,
        gross_revenue_amount_cents: g,
        gross_revenue_share: grossTotal[currency] === 0 ? null : g / grossTotal[currency]!,
        net_revenue_amount_cents: n,
        net_revenue_share: netTotal[currency] === 0 ? null : n / netTotal[currency]!,
      })
    }
  }
  rows.sort(
    (a, b) =>
      compareRevenue(a, b, query.orderBy) ||
      compareText(a.plan_code, b.plan_code) ||
      compareText(a.amount_currency, b.amount_currency),
  )
  return paginate(rows, query.page, query.limit)
}
