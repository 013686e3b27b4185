import type { WirePrepaidCreditRow } from '@lago-analytics/client/wire'
import { addAt } from '../addAt'
import { WALLET_TX, type Ledger } from '../ledger'
import type { DataApiQuery } from '../query/dataApiQuery'
import { buildFilterMasks } from '../query/filterMasks'
import { currencyOrder, dataWindow } from './dataWindow'

const PURCHASED = 0
const OFFERED = 1
const CONSUMED = 2
const VOIDED = 3
const FIELDS = 4

/**
 * `prepaid_credits`: wallet credits purchased, offered (free), consumed (applied to invoices) and
 * voided (expired grants, wallets closed at churn) per bucket and currency. Amounts are in MAJOR
 * units (floats, e.g. 12.5 EUR or 3.125 KWD), quantities in credits (1 credit = 1 USD, 1 EUR,
 * 100 JPY or 1 KWD). Wallets belong to customers, so `plan_code` / `external_subscription_id`
 * select the customers that have (or had) a matching subscription.
 */
export function prepaidCredits(ledger: Ledger, query: DataApiQuery): WirePrepaidCreditRow[] {
  const buckets = dataWindow(ledger, query.granularity, query.fromDay, query.toDay)
  if (buckets === null) return []
  const masks = buildFilterMasks(ledger, query)
  const included = Uint8Array.from(masks.customer)
  if (masks.subscription !== null || masks.plan !== null) {
    for (const customer of ledger.customers) {
      if (included[customer.index] !== 1) continue
      const match = customer.subscriptions.some((index) => {
        const subscription = ledger.subscriptions[index]
        if (subscription === undefined) return false
        if (masks.subscription !== null && masks.subscription[index] !== 1) return false
        return masks.plan === null || subscription.segments.some((s) => masks.plan?.[s.plan] === 1)
      })
      included[customer.index] = match ? 1 : 0
    }
  }
  const bucketCount = buckets.count
  const sums = new Float64Array(ledger.currencies.length * bucketCount * FIELDS)
  const wallet = ledger.wallet
  for (let i = 0; i < wallet.count; i++) {
    const customer = wallet.customer[i]!
    if (included[customer] !== 1) continue
    const bucket = buckets.index(wallet.day[i]!)
    if (bucket < 0) continue
    const kind = wallet.kind[i]!
    const field =
      kind === WALLET_TX.purchased
        ? PURCHASED
        : kind === WALLET_TX.offered
          ? OFFERED
          : kind === WALLET_TX.voided
            ? VOIDED
            : CONSUMED
    addAt(
      sums,
      (ledger.customerCurrency[customer]! * bucketCount + bucket) * FIELDS + field,
      wallet.amount[i]!,
    )
  }
  const rows: WirePrepaidCreditRow[] = []
  const order = currencyOrder(ledger)
  for (let bucket = 0; bucket < bucketCount; bucket++) {
    for (const currency of order) {
      const base = (currency * bucketCount + bucket) * FIELDS
      const minor = (field: number): number => sums[base + field] ?? 0
      if (
        minor(PURCHASED) === 0 &&
        minor(OFFERED) === 0 &&
        minor(CONSUMED) === 0 &&
        minor(VOIDED) === 0
      )
        continue
      const definition = ledger.currencies[currency]!
      const major = (field: number): number => minor(field) / 10 ** definition.exponent
      const credits = (field: number): number => minor(field) / definition.creditMinor
      rows.push({
        organization_id: ledger.organizationId,
        start_of_period_dt: buckets.startDates[bucket]!,
        end_of_period_dt: buckets.endDates[bucket]!,
        amount_currency: definition.code,
        purchased_amount: major(PURCHASED),
        offered_amount: major(OFFERED),
        consumed_amount: major(CONSUMED),
        voided_amount: major(VOIDED),
        purchased_credits_quantity: credits(PURCHASED),
        offered_credits_quantity: credits(OFFERED),
        consumed_credits_quantity: credits(CONSUMED),
        voided_credits_quantity: credits(VOIDED),
      })
    }
  }
  return rows
}
