import type { WireUsageRow } from '@lago-analytics/client/wire'
import { compareText } from '../compareText'
import type { Ledger } from '../ledger'
import type { DataApiQuery } from '../query/dataApiQuery'
import { buildFilterMasks } from '../query/filterMasks'
import { accumulateUsage } from './accumulateUsage'
import { currencyOrder, dataWindow } from './dataWindow'

/**
 * `usages` (Data API) and `/api/v1/analytics/usage` (public): units and amount per bucket,
 * currency and billable metric. The public endpoint adds `is_billable_metric_deleted` (lago-api
 * adds it on top of the Data API row); `includeDeletedFlag` selects that shape.
 */
export function usages(
  ledger: Ledger,
  query: DataApiQuery,
  includeDeletedFlag: boolean,
): WireUsageRow[] {
  const buckets = dataWindow(ledger, query.granularity, query.fromDay, query.toDay)
  if (buckets === null) return []
  const totals = accumulateUsage(ledger, buckets, buildFilterMasks(ledger, query), false)
  const metrics = [...ledger.metrics].sort((a, b) => compareText(a.code, b.code))
  const metricCount = ledger.metrics.length
  const rows: WireUsageRow[] = []
  const order = currencyOrder(ledger)
  for (let bucket = 0; bucket < buckets.count; bucket++) {
    for (const currency of order) {
      for (const metric of metrics) {
        const index = (currency * buckets.count + bucket) * metricCount + metric.index
        const units = totals.unitsMilli[index]!
        const amount = totals.amounts[index]!
        if (units === 0 && amount === 0) continue
        const row: WireUsageRow = {
          organization_id: ledger.organizationId,
          start_of_period_dt: buckets.startDates[bucket]!,
          end_of_period_dt: buckets.endDates[bucket]!,
          amount_currency: ledger.currencies[currency]!.code,
          amount_cents: amount,
          billable_metric_code: metric.code,
          units: units / 1000,
        }
        if (includeDeletedFlag) row.is_billable_metric_deleted = metric.deletedDay >= 0
        rows.push(row)
      }
    }
  }
  return rows
}
