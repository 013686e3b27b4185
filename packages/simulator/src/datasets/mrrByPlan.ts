import type { WireMrrPlanRow } from '@lago-analytics/client/wire'
import { addAt } from '../addAt'
import { compareText } from '../compareText'
import type { Ledger } from '../ledger'
import type { PageQuery } from '../query/pageQuery'
import { paginate, type Page } from '../query/paginate'
import { dayToIso, dayToTimestamp } from '../utcDay'

/**
 * `mrrs/plans`: a snapshot of MRR per plan and currency on `dt` = today (the MRR held at the end
 * of yesterday, the last day with activity), with active customers and shares within the
 * currency. The `mrr` values of a currency add up to the latest `ending_mrr` of `mrrs`.
 * Ordered by MRR, largest first.
 */
export function mrrByPlan(ledger: Ledger, query: PageQuery): Page<WireMrrPlanRow> {
  const planCount = ledger.plans.length
  const currencyCount = ledger.currencies.length
  const mrr = new Float64Array(currencyCount * planCount)
  const customers = new Float64Array(currencyCount * planCount)
  const seen = new Uint8Array(currencyCount * planCount * ledger.customers.length)
  const mrrTotal = new Float64Array(currencyCount)
  const customerTotal = new Float64Array(currencyCount)
  const seenInCurrency = new Uint8Array(ledger.customers.length)
  const day = ledger.horizon
  for (const subscription of ledger.subscriptions) {
    const currency = ledger.customerCurrency[subscription.customer]!
    if (query.currency !== undefined && ledger.currencies[currency]?.code !== query.currency)
      continue
    const segment = subscription.segments.find((s) => s.start <= day && s.end >= day)
    if (segment === undefined) continue
    const key = currency * planCount + segment.plan
    const value = ledger.plans[segment.plan]?.mrr[currency] ?? 0
    addAt(mrr, key, value)
    addAt(mrrTotal, currency, value)
    const seenKey = key * ledger.customers.length + subscription.customer
    if (seen[seenKey] === 0) {
      seen[seenKey] = 1
      addAt(customers, key, 1)
    }
    if (seenInCurrency[subscription.customer] === 0) {
      seenInCurrency[subscription.customer] = 1
      addAt(customerTotal, currency, 1)
    }
  }
  const rows: WireMrrPlanRow[] = []
  for (let currency = 0; currency < currencyCount; currency++) {
    for (const plan of ledger.plans) {
      const key = currency * planCount + plan.index
      if (customers[key] === 0) continue
      rows.push({
        dt: dayToIso(ledger.today),
        plan_id: plan.id,
        plan_code: plan.code,
        plan_name: plan.name,
        plan_interval: plan.interval,
        plan_deleted_at: plan.deletedDay >= 0 ? dayToTimestamp(plan.deletedDay) : null,
        active_customers_count: customers[key]!,
        active_customers_share: customers[key]! / customerTotal[currency]!,
        mrr: mrr[key]!,
        mrr_share: mrrTotal[currency] === 0 ? null : mrr[key]! / mrrTotal[currency]!,
        amount_currency: ledger.currencies[currency]!.code,
      })
    }
  }
  rows.sort(
    (a, b) =>
      Number(b.mrr) - Number(a.mrr) ||
      compareText(a.plan_code, b.plan_code) ||
      compareText(a.amount_currency, b.amount_currency),
  )
  return paginate(rows, query.page, query.limit)
}
