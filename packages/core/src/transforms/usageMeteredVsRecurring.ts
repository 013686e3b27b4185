import type { UsageAmountRow } from '@lago-analytics/client'
import { rowEnd, rowStart } from '../internal/rowPeriod.ts'
import {
  addMinor,
  currencyGuard,
  pointMetas,
  seriesTimeline,
  shareOf,
  type SeriesPointMeta,
  type TransformOptions,
} from '../internal/series.ts'

/** Rows with a period and an amount: `usageAmounts` rows, or `usage` rows (summed per bucket). */
export type AmountRow = Pick<
  UsageAmountRow,
  'startOfPeriodDt' | 'endOfPeriodDt' | 'currency' | 'amountCents'
>

export interface MeteredRecurringPoint extends SeriesPointMeta {
  readonly metered: number
  readonly recurring: number
  readonly total: number
  /** recurring / total; `null` when the total is 0. */
  readonly recurringShare: number | null
}

export interface MeteredVsRecurringResult {
  readonly currency: string | null
  readonly points: MeteredRecurringPoint[]
  readonly totals: { readonly metered: number; readonly recurring: number; readonly total: number }
  readonly recurringShare: number | null
}

/**
 * Metered versus recurring usage amounts per bucket. Lago has no row-level flag, so the input
 * is two queries filtered with `isBillableMetricRecurring: false` and `true`.
 */
export function usageMeteredVsRecurring(
  input: { metered: readonly AmountRow[]; recurring: readonly AmountRow[] },
  options: TransformOptions,
): MeteredVsRecurringResult {
  const timeline = seriesTimeline(options)
  const guard = currencyGuard(options.currency)
  const sums = (rows: readonly AmountRow[]): number[] => {
    const values = timeline.buckets.map(() => 0)
    for (const row of rows) {
      const index = timeline.indexOf(rowStart(row), rowEnd(row))
      if (index < 0) continue
      guard.check(row.currency)
      values[index] = addMinor(values[index] as number, row.amountCents)
    }
    return values
  }
  const metered = sums(input.metered)
  const recurring = sums(input.recurring)
  const totals = { metered: 0, recurring: 0, total: 0 }
  const points = pointMetas(timeline, options).map((meta, index): MeteredRecurringPoint => {
    const m = metered[index] as number
    const r = recurring[index] as number
    const total = addMinor(m, r)
    totals.metered = addMinor(totals.metered, m)
    totals.recurring = addMinor(totals.recurring, r)
    totals.total = addMinor(totals.total, total)
    return { ...meta, metered: m, recurring: r, total, recurringShare: shareOf(r, total) }
  })
  return {
    currency: guard.currency,
    points,
    totals,
    recurringShare: shareOf(totals.recurring, totals.total),
  }
}
