import type { WireRevenueStreamRow } from '@lago-analytics/client/wire'
import { addAt } from '../addAt'
import { FEE_KIND, INVOICE_KIND, type Ledger } from '../ledger'
import type { DataApiQuery } from '../query/dataApiQuery'
import { buildFilterMasks, passes } from '../query/filterMasks'
import { currencyOrder, dataWindow } from './dataWindow'

const SUBSCRIPTION = 0
const USAGE = 1
const COMMITMENT = 2
const ONE_OFF = 3
const COUPONS = 4
const CREDIT_NOTES = 5
const FREE = 6
const PREPAID = 7
const PROGRESSIVE = 8
const FIELDS = 9

/**
 * `revenue_streams`: gross revenue by fee type and contra-revenue by kind, tax-exclusive, per
 * bucket and currency, dated by the fee's creation day (the invoice's issuing day).
 * gross = subscription + usage + commitment + one-off; contra = coupons + credit-note credits +
 * free credits + prepaid credits + progressive-billing credits; net = gross − contra.
 */
export function revenueStreams(ledger: Ledger, query: DataApiQuery): WireRevenueStreamRow[] {
  const buckets = dataWindow(ledger, query.granularity, query.fromDay, query.toDay)
  if (buckets === null) return []
  const masks = buildFilterMasks(ledger, query)
  const bucketCount = buckets.count
  const sums = new Float64Array(ledger.currencies.length * bucketCount * FIELDS)
  const currencyOf = ledger.customerCurrency

  const fees = ledger.fees
  for (let i = 0; i < fees.count; i++) {
    const customer = fees.customer[i]!
    if (!passes(masks, customer, fees.subscription[i]!, fees.plan[i]!)) continue
    const bucket = buckets.index(fees.day[i]!)
    if (bucket < 0) continue
    const base = (currencyOf[customer]! * bucketCount + bucket) * FIELDS
    const kind = fees.kind[i]!
    const field =
      kind === FEE_KIND.subscription
        ? SUBSCRIPTION
        : kind === FEE_KIND.usage
          ? USAGE
          : kind === FEE_KIND.commitment
            ? COMMITMENT
            : ONE_OFF
    addAt(sums, base + field, fees.amount[i]!)
    addAt(sums, base + COUPONS, fees.discount[i]!)
  }
  const invoices = ledger.invoices
  for (let i = 0; i < invoices.count; i++) {
    if (invoices.kind[i] === INVOICE_KIND.credit) continue
    const customer = invoices.customer[i]!
    if (!passes(masks, customer, invoices.subscription[i]!, invoices.plan[i]!)) continue
    const bucket = buckets.index(invoices.day[i]!)
    if (bucket < 0) continue
    const base = (currencyOf[customer]! * bucketCount + bucket) * FIELDS
    addAt(sums, base + CREDIT_NOTES, invoices.creditNotes[i]!)
    addAt(sums, base + FREE, invoices.freeCredits[i]!)
    addAt(sums, base + PREPAID, invoices.prepaidCredits[i]!)
    addAt(sums, base + PROGRESSIVE, invoices.progressiveCredit[i]!)
  }

  const rows: WireRevenueStreamRow[] = []
  const order = currencyOrder(ledger)
  for (let bucket = 0; bucket < bucketCount; bucket++) {
    for (const currency of order) {
      const base = (currency * bucketCount + bucket) * FIELDS
      let any = false
      for (let f = 0; f < FIELDS; f++) if (sums[base + f] !== 0) any = true
      if (!any) continue
      const v = (field: number): number => sums[base + field] ?? 0
      const gross = v(SUBSCRIPTION) + v(USAGE) + v(COMMITMENT) + v(ONE_OFF)
      const contra = v(COUPONS) + v(CREDIT_NOTES) + v(FREE) + v(PREPAID) + v(PROGRESSIVE)
      rows.push({
        organization_id: ledger.organizationId,
        start_of_period_dt: buckets.startDates[bucket]!,
        end_of_period_dt: buckets.endDates[bucket]!,
        amount_currency: ledger.currencies[currency]!.code,
        gross_revenue_amount_cents: gross,
        subscription_fee_amount_cents: v(SUBSCRIPTION),
        usage_based_fee_amount_cents: v(USAGE),
        commitment_fee_amount_cents: v(COMMITMENT),
        one_off_fee_amount_cents: v(ONE_OFF),
        coupons_amount_cents: v(COUPONS),
        contra_revenue_amount_cents: contra,
        credit_notes_credits_amount_cents: v(CREDIT_NOTES),
        free_credits_amount_cents: v(FREE),
        prepaid_credits_amount_cents: v(PREPAID),
        progressive_billing_credit_amount_cents: v(PROGRESSIVE),
        net_revenue_amount_cents: gross - contra,
      })
    }
  }
  return rows
}
