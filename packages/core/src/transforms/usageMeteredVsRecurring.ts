import type { UsageAmountRow } from '@lago-analytics/client'
import {
  addInto,
  addMinor,
  createSeries,
  shareOf,
  zeros,
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
  const series = createSeries(options)
  const metered = series.sums(input.metered, ['amountCents'], ['metered'])
  const recurring = series.sums(input.recurring, ['amountCents'], ['recurring'])
  const totals = zeros(['metered', 'recurring', 'total'])
  const points = series.points((index) => {
    const values = { ...metered[index], ...recurring[index] } as {
      metered: number
      recurring: number
    }
    const point = { ...values, total: addMinor(values.metered, values.recurring) }
    addInto(totals, point)
    return { ...point, recurringShare: shareOf(point.recurring, point.total) }
  })
  return {
    currency: series.currency,
    points,
    totals: totals as MeteredVsRecurringResult['totals'],
    recurringShare: shareOf(totals['recurring'] as number, totals['total'] as number),
  }
}
