import type { WireUsageForecastRow } from '@lago-analytics/client/wire'
import { addAt } from '../addAt'
import { FOREVER, type Ledger } from '../ledger'
import type { DataApiQuery } from '../query/dataApiQuery'
import { buildFilterMasks } from '../query/filterMasks'
import { accumulateUsage } from './accumulateUsage'
import { currencyOrder, dataWindow } from './dataWindow'

/** Days of recent usage averaged into the projection. */
const TRAILING_DAYS = 28
const CONSERVATIVE = 0.85
const OPTIMISTIC = 1.2

/**
 * `usages/forecasted`: actual usage (units, amount) per bucket and currency up to yesterday, plus
 * three projections. Past days forecast exactly what happened; from today on, every active
 * subscription is projected at its trailing 28-day daily average (realistic), 85% of it
 * (conservative) and 120% (optimistic), so conservative ≤ realistic ≤ optimistic in every
 * bucket. The window may extend into the future (default: to the end of next month).
 * `charge_id` and `charge_filter_id` are accepted and ignored.
 */
export function usageForecast(ledger: Ledger, query: DataApiQuery): WireUsageForecastRow[] {
  const buckets = dataWindow(ledger, query.granularity, query.fromDay, query.toDay)
  if (buckets === null) return []
  const masks = buildFilterMasks(ledger, query)
  const totals = accumulateUsage(ledger, buckets, masks, false)
  const metricCount = ledger.metrics.length
  const currencyCount = ledger.currencies.length
  const model = ledger.usage

  // Daily projection per currency: sum of the trailing averages of active subscriptions.
  const projectedUnits = new Float64Array(currencyCount)
  const projectedAmount = new Float64Array(currencyCount)
  const horizon = ledger.horizon
  for (const subscription of ledger.subscriptions) {
    if (subscription.endDay !== FOREVER || subscription.startDay > horizon) continue
    if (masks.customer[subscription.customer] !== 1) continue
    if (masks.subscription !== null && masks.subscription[subscription.index] !== 1) continue
    const segment = subscription.segments[subscription.segments.length - 1]
    if (segment === undefined || (masks.plan !== null && masks.plan[segment.plan] !== 1)) continue
    const currency = ledger.customerCurrency[subscription.customer]!
    const from = Math.max(segment.start, horizon - TRAILING_DAYS + 1)
    const days = horizon - from + 1
    for (let metric = 0; metric < metricCount; metric++) {
      if (masks.metric[metric] !== 1 || subscription.usageBase[metric] === 0) continue
      let units = 0
      let amount = 0
      for (let day = from; day <= horizon; day++) {
        const u = model.unitsMilli(subscription, metric, day)
        units += u
        amount += model.amount(u, segment.plan, metric, currency)
      }
      addAt(projectedUnits, currency, units / days)
      addAt(projectedAmount, currency, amount / days)
    }
  }
  const bucketCount = buckets.count
  const futureUnits = new Float64Array(currencyCount * bucketCount)
  const futureAmount = new Float64Array(currencyCount * bucketCount)
  for (let day = Math.max(horizon + 1, buckets.fromDay); day <= buckets.toDay; day++) {
    const bucket = buckets.index(day)
    for (let currency = 0; currency < currencyCount; currency++) {
      addAt(futureUnits, currency * bucketCount + bucket, projectedUnits[currency]!)
      addAt(futureAmount, currency * bucketCount + bucket, projectedAmount[currency]!)
    }
  }

  const rows: WireUsageForecastRow[] = []
  const order = currencyOrder(ledger)
  for (let bucket = 0; bucket < bucketCount; bucket++) {
    for (const currency of order) {
      let units = 0
      let amount = 0
      for (let metric = 0; metric < metricCount; metric++) {
        const index = (currency * bucketCount + bucket) * metricCount + metric
        units += totals.unitsMilli[index]!
        amount += totals.amounts[index]!
      }
      const pu = futureUnits[currency * bucketCount + bucket]!
      const pa = futureAmount[currency * bucketCount + bucket]!
      if (units === 0 && amount === 0 && pu === 0 && pa === 0) continue
      rows.push({
        organization_id: ledger.organizationId,
        start_of_period_dt: buckets.startDates[bucket]!,
        end_of_period_dt: buckets.endDates[bucket]!,
        amount_currency: ledger.currencies[currency]!.code,
        units: units / 1000,
        amount_cents: amount,
        units_forecast_conservative: Math.floor(units + CONSERVATIVE * pu) / 1000,
        units_forecast_realistic: Math.round(units + pu) / 1000,
        units_forecast_optimistic: Math.ceil(units + OPTIMISTIC * pu) / 1000,
        amount_cents_forecast_conservative: Math.floor(amount + CONSERVATIVE * pa),
        amount_cents_forecast_realistic: Math.round(amount + pa),
        amount_cents_forecast_optimistic: Math.ceil(amount + OPTIMISTIC * pa),
      })
    }
  }
  return rows
}
