import type { WireMrrMovementRow } from '@lago-analytics/client/wire'
import { addAt } from '../addAt'
import { FOREVER, type Ledger } from '../ledger'
import type { DataApiQuery } from '../query/dataApiQuery'
import { buildFilterMasks } from '../query/filterMasks'
import { currencyOrder, dataWindow } from './dataWindow'

const NEW = 0
const EXPANSION = 1
const CONTRACTION = 2
const CHURN = 3
const MOVES = 4

/**
 * `mrrs`: MRR movements per bucket and currency, from plan prices (not invoices), tax-exclusive.
 * Each subscription's MRR is its plan's monthly price (yearly / 12, quarterly / 3) from the day
 * it starts or changes plan, and 0 from its termination day. A change from 0 is `mrr_new`
 * (reactivations are new subscriptions), to 0 is `mrr_churn`, otherwise expansion/contraction.
 * With a plan filter, a subscription only counts while it is on that plan, so moving onto the
 * plan is "new" and moving away is "churn" for that plan.
 * `starting_mrr` of the first bucket is the MRR at the start of the requested window; each
 * next bucket starts at the previous ending, and ending = starting + new + expansion +
 * contraction + churn.
 */
export function mrrMovements(ledger: Ledger, query: DataApiQuery): WireMrrMovementRow[] {
  const buckets = dataWindow(ledger, query.granularity, query.fromDay, query.toDay)
  if (buckets === null) return []
  const masks = buildFilterMasks(ledger, query)
  const currencyCount = ledger.currencies.length
  const bucketCount = buckets.count
  const opening = new Float64Array(currencyCount)
  const moves = new Float64Array(currencyCount * bucketCount * MOVES)

  for (const subscription of ledger.subscriptions) {
    if (masks.customer[subscription.customer] !== 1) continue
    if (masks.subscription !== null && masks.subscription[subscription.index] !== 1) continue
    const currency = ledger.customerCurrency[subscription.customer]!
    let previous = 0
    const transition = (day: number, value: number): void => {
      if (value === previous) return
      const delta = value - previous
      if (day < buckets.fromDay) {
        addAt(opening, currency, delta)
      } else if (day <= buckets.toDay) {
        const bucket = buckets.index(day)
        const kind =
          previous === 0 ? NEW : value === 0 ? CHURN : delta > 0 ? EXPANSION : CONTRACTION
        addAt(moves, (currency * bucketCount + bucket) * MOVES + kind, delta)
      }
      previous = value
    }
    for (const segment of subscription.segments) {
      const counted = masks.plan === null || masks.plan[segment.plan] === 1
      transition(segment.start, counted ? (ledger.plans[segment.plan]?.mrr[currency] ?? 0) : 0)
    }
    if (subscription.endDay !== FOREVER) transition(subscription.endDay + 1, 0)
  }

  const rows: WireMrrMovementRow[] = []
  const running = Float64Array.from(opening)
  const order = currencyOrder(ledger)
  for (let bucket = 0; bucket < bucketCount; bucket++) {
    for (const currency of order) {
      const base = (currency * bucketCount + bucket) * MOVES
      const starting = running[currency]!
      const mrrNew = moves[base + NEW]!
      const expansion = moves[base + EXPANSION]!
      const contraction = moves[base + CONTRACTION]!
      const churn = moves[base + CHURN]!
      const ending = starting + mrrNew + expansion + contraction + churn
      running[currency] = ending
      const quiet = mrrNew === 0 && expansion === 0 && contraction === 0 && churn === 0
      if (starting === 0 && ending === 0 && quiet) continue
      rows.push({
        organization_id: ledger.organizationId,
        start_of_period_dt: buckets.startDates[bucket]!,
        end_of_period_dt: buckets.endDates[bucket]!,
        amount_currency: ledger.currencies[currency]!.code,
        starting_mrr: starting,
        mrr_new: mrrNew,
        mrr_expansion: expansion,
        mrr_contraction: contraction,
        mrr_churn: churn,
        mrr_change: ending - starting,
        ending_mrr: ending,
      })
    }
  }
  return rows
}
