/**
 * Turns Data API filters into per-entity masks: which customers, subscriptions, plans and
 * billable metrics a query covers. Filters compare exactly (case-sensitive), like a SQL `=`;
 * a value that matches nothing (unknown billing entity code, unknown plan…) selects nothing.
 */
import type { Ledger } from '../ledger'
import type { DataApiQuery } from './dataApiQuery'

export interface FilterMasks {
  /** 1 when the customer passes the customer-level filters (currency, country, type, id, entity, tax id). */
  readonly customer: Uint8Array
  /** Per subscription, or null when no subscription filter is set. */
  readonly subscription: Uint8Array | null
  /** Per plan, or null when no plan filter is set (items without a plan then pass). */
  readonly plan: Uint8Array | null
  /** Per metric. */
  readonly metric: Uint8Array
}

export function buildFilterMasks(ledger: Ledger, query: DataApiQuery): FilterMasks {
  const entity =
    query.billingEntityCode === undefined
      ? -1
      : ledger.billingEntities.findIndex((e) => e.code === query.billingEntityCode)
  const customer = new Uint8Array(ledger.customers.length)
  for (const c of ledger.customers) {
    const ok =
      (query.currency === undefined || ledger.currencies[c.currency]?.code === query.currency) &&
      (query.customerCountry === undefined || c.country === query.customerCountry) &&
      (query.customerType === undefined || c.type === query.customerType) &&
      (query.externalCustomerId === undefined || c.externalId === query.externalCustomerId) &&
      (query.billingEntityCode === undefined || c.entity === entity) &&
      (query.isCustomerTinEmpty === undefined || (c.taxId === null) === query.isCustomerTinEmpty)
    customer[c.index] = ok ? 1 : 0
  }
  let subscription: Uint8Array | null = null
  if (query.externalSubscriptionId !== undefined) {
    subscription = new Uint8Array(ledger.subscriptions.length)
    for (const s of ledger.subscriptions)
      subscription[s.index] = s.externalId === query.externalSubscriptionId ? 1 : 0
  }
  let plan: Uint8Array | null = null
  if (query.planCode !== undefined) {
    plan = new Uint8Array(ledger.plans.length)
    for (const p of ledger.plans) plan[p.index] = p.code === query.planCode ? 1 : 0
  }
  const metric = new Uint8Array(ledger.metrics.length)
  for (const m of ledger.metrics) {
    const ok =
      (query.billableMetricCode === undefined || m.code === query.billableMetricCode) &&
      (query.isBillableMetricRecurring === undefined ||
        m.recurring === query.isBillableMetricRecurring)
    metric[m.index] = ok ? 1 : 0
  }
  return { customer, subscription, plan, metric }
}

/** Whether a fact attributed to (customer, subscription, plan) passes the masks; -1 = none. */
export function passes(
  masks: FilterMasks,
  customer: number,
  subscription: number,
  plan: number,
): boolean {
  if (masks.customer[customer] !== 1) return false
  if (masks.subscription !== null && (subscription < 0 || masks.subscription[subscription] !== 1))
    return false
  if (masks.plan !== null && (plan < 0 || masks.plan[plan] !== 1)) return false
  return true
}
