import type { OverdueBalanceRow } from '@lago-analytics/client'
import {
  addMinor,
  createSeries,
  type SeriesPointMeta,
  type TransformOptions,
} from '../internal/series.ts'

export interface OverduePoint extends SeriesPointMeta {
  /** Overdue amount of invoices issued in the bucket (minor units). */
  readonly amountCents: number
  /** Distinct overdue invoices. */
  readonly invoicesCount: number
}

export interface OverdueBalanceResult {
  readonly currency: string | null
  readonly points: OverduePoint[]
  /** Total overdue amount over the range. */
  readonly totalCents: number
  readonly invoicesCount: number
}

/**
 * Overdue balance by month (Lago's legacy `overdue_balance`: overdue amounts grouped by the
 * month the invoices were issued). Quarters and years sum the months.
 */
export function toOverdueBalance(
  rows: readonly OverdueBalanceRow[],
  options: TransformOptions,
): OverdueBalanceResult {
  const series = createSeries(options)
  const amounts = series.sums(rows, ['amountCents'])
  const invoices = series.timeline.buckets.map(() => new Set<string>())
  series.each(rows, (index, row) => {
    for (const id of row.lagoInvoiceIds) invoices[index]?.add(id)
  })
  let totalCents = 0
  const all = new Set<string>()
  const points = series.points((index) => {
    const amountCents = amounts[index]?.['amountCents'] as number
    const ids = invoices[index] as Set<string>
    totalCents = addMinor(totalCents, amountCents)
    for (const id of ids) all.add(id)
    return { amountCents, invoicesCount: ids.size }
  })
  return { currency: series.currency, points, totalCents, invoicesCount: all.size }
}
