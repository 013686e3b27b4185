import type { Ledger } from '../ledger'
import type { LegacyQuery } from '../query/legacyQuery'
import { dayToTimestamp, monthStartDay } from '../utcDay'

/** What a legacy (monthly) request covers, resolved the way lago-api resolves it. */
export interface LegacyScope {
  /** First and last month kept (month numbers). */
  readonly fromMonth: number
  readonly toMonth: number
  accepts(customer: number): boolean
  acceptsCurrency(currency: number): boolean
}

/**
 * - `months`: the last N months counting the current one (N ≤ 1: current month only); without
 *   it, everything since the organisation's creation month.
 * - `billing_entity_code`: a code that matches no entity means no filter.
 * - `external_customer_id` (when the endpoint reads it): only that customer, and nothing if the
 *   customer is unknown or soft-deleted.
 * - `currency` was upper-cased by the parser; it filters rows, never converts.
 */
export function legacyScope(
  ledger: Ledger,
  query: LegacyQuery,
  readsCustomer: boolean,
): LegacyScope {
  const toMonth = ledger.currentMonth
  const fromMonth =
    query.months === undefined
      ? ledger.firstMonth
      : Math.max(ledger.firstMonth, toMonth - (query.months <= 1 ? 0 : query.months - 1))
  const entityIndex =
    query.billingEntityCode === undefined
      ? -1
      : ledger.billingEntities.findIndex((entity) => entity.code === query.billingEntityCode)
  let customerIndex = -1
  if (readsCustomer && query.externalCustomerId !== undefined) {
    const customer = ledger.customers.find(
      (c) => c.externalId === query.externalCustomerId && c.deletedDay < 0,
    )
    customerIndex = customer === undefined ? -2 : customer.index
  }
  return {
    fromMonth,
    toMonth,
    accepts: (customer) => {
      if (customerIndex === -2) return false
      if (customerIndex >= 0 && customer !== customerIndex) return false
      const c = ledger.customers[customer]
      if (c === undefined) return false
      if (entityIndex >= 0 && c.entity !== entityIndex) return false
      return query.currency === undefined || ledger.currencies[c.currency]?.code === query.currency
    },
    acceptsCurrency: (currency) =>
      query.currency === undefined || ledger.currencies[currency]?.code === query.currency,
  }
}

/** `month` key of the legacy rows: `2026-07-01T00:00:00.000Z`. */
export function monthKey(month: number): string {
  return dayToTimestamp(monthStartDay(month))
}
