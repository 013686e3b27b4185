import type { WireUsageAggregatedAmountRow } from '@lago-analytics/client/wire'
import type { Ledger } from '../ledger'
import type { DataApiQuery } from '../query/dataApiQuery'
import { buildFilterMasks } from '../query/filterMasks'
import { accumulateUsage } from './accumulateUsage'
import { currencyOrder, dataWindow } from './dataWindow'

/** `usages/aggregated_amounts`: usage amount per bucket and currency, summed over metrics. */
export function usageAmounts(ledger: Ledger, query: DataApiQuery): WireUsageAggregatedAmountRow[] {
  const buckets = dataWindow(ledger, query.granularity, query.fromDay, query.toDay)
  if (buckets === null) return []
  const totals = accumulateUsage(ledger, buckets, buildFilterMasks(ledger, query), false)
  const metricCount = ledger.metrics.length
  const rows: WireUsageAggregatedAmountRow[] = []
  const order = currencyOrder(ledger)
  for (let bucket = 0; bucket < buckets.count; bucket++) {
    for (const currency of order) {
      let amount = 0
      let units = 0
      for (let metric = 0; metric < metricCount; metric++) {
        const index = (currency * buckets.count + bucket) * metricCount + metric
        amount += totals.amounts[index]!
        units += totals.unitsMilli[index]!
      }
      if (amount === 0 && units === 0) continue
      rows.push({
        organization_id: ledger.organizationId,
        start_of_period_dt: buckets.startDates[bucket]!,
        end_of_period_dt: buckets.endDates[bucket]!,
        amount_currency: ledger.currencies[currency]!.code,
        amount_cents: amount,
      })
    }
  }
  return rows
}
