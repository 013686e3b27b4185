import type { Ledger } from '../ledger'
import type { Bucketing } from '../query/bucketing'
import type { FilterMasks } from '../query/filterMasks'

export interface UsageTotals {
  /** Milli-units, indexed `(currency * buckets + bucket) * metrics + metric`. */
  readonly unitsMilli: Float64Array
  /** Minor units, same indexing. */
  readonly amounts: Float64Array
}

/**
 * Sums the usage model over the subscriptions, plan segments, metrics and days selected by
 * `masks`, into buckets. With `invoicedOnly`, only days of closed billing periods (already on an
 * issued invoice) count. Days after the ledger's horizon never have usage.
 */
export function accumulateUsage(
  ledger: Ledger,
  buckets: Bucketing,
  masks: FilterMasks,
  invoicedOnly: boolean,
): UsageTotals {
  const metricCount = ledger.metrics.length
  const size = ledger.currencies.length * buckets.count * metricCount
  const unitsMilli = new Float64Array(size)
  const amounts = new Float64Array(size)
  const model = ledger.usage
  for (const subscription of ledger.subscriptions) {
    if (masks.customer[subscription.customer] !== 1) continue
    if (masks.subscription !== null && masks.subscription[subscription.index] !== 1) continue
    const currency = ledger.customerCurrency[subscription.customer]!
    const limit = invoicedOnly ? subscription.usageInvoicedThrough : ledger.horizon
    for (const segment of subscription.segments) {
      if (masks.plan !== null && masks.plan[segment.plan] !== 1) continue
      const from = Math.max(segment.start, buckets.fromDay)
      const to = Math.min(segment.end, limit, buckets.toDay)
      if (from > to) continue
      for (let metric = 0; metric < metricCount; metric++) {
        if (masks.metric[metric] !== 1 || subscription.usageBase[metric] === 0) continue
        model.accumulate(
          subscription,
          metric,
          segment.plan,
          currency,
          from,
          to,
          buckets.lookup,
          buckets.fromDay,
          currency * buckets.count * metricCount + metric,
          metricCount,
          unitsMilli,
          amounts,
        )
      }
    }
  }
  return { unitsMilli, amounts }
}
