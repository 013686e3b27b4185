import type { WireUsageInvoicedRow } from '@lago-analytics/client/wire'
import { compareText } from '../compareText'
import type { Ledger } from '../ledger'
import type { DataApiQuery } from '../query/dataApiQuery'
import { buildFilterMasks } from '../query/filterMasks'
import { accumulateUsage } from './accumulateUsage'
import { currencyOrder, dataWindow } from './dataWindow'

/**
 * `usages/invoiced`: the part of usage already invoiced, per bucket, currency and metric,
 * bucketed by the day the usage happened. Only closed billing periods count (usage of the
 * current, still open period is not invoiced yet), so it never exceeds `usages` for a bucket.
 * `filter_values` and `grouped_by` are accepted and ignored: the simulated metrics have no
 * filters or groups.
 */
export function invoicedUsageByMetric(ledger: Ledger, query: DataApiQuery): WireUsageInvoicedRow[] {
  const buckets = dataWindow(ledger, query.granularity, query.fromDay, query.toDay)
  if (buckets === null) return []
  const totals = accumulateUsage(ledger, buckets, buildFilterMasks(ledger, query), true)
  const metrics = [...ledger.metrics].sort((a, b) => compareText(a.code, b.code))
  const metricCount = ledger.metrics.length
  const rows: WireUsageInvoicedRow[] = []
  const order = currencyOrder(ledger)
  for (let bucket = 0; bucket < buckets.count; bucket++) {
    for (const currency of order) {
      for (const metric of metrics) {
        const amount =
          totals.amounts[(currency * buckets.count + bucket) * metricCount + metric.index]!
        if (amount === 0) continue
        rows.push({
          organization_id: ledger.organizationId,
          start_of_period_dt: buckets.startDates[bucket]!,
          end_of_period_dt: buckets.endDates[bucket]!,
          amount_currency: ledger.currencies[currency]!.code,
          billable_metric_code: metric.code,
          amount_cents: amount,
        })
      }
    }
  }
  return rows
}
