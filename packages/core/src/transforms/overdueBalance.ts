import type { OverdueBalanceRow } from '@lago-analytics/client'
import { rowEnd, rowStart } from '../internal/rowPeriod.ts'
import {
  addMinor,
  currencyGuard,
  pointMetas,
  seriesTimeline,
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
  const timeline = seriesTimeline(options)
  const guard = currencyGuard(options.currency)
  const amounts = timeline.buckets.map(() => 0)
  const invoices = timeline.buckets.map(() => new Set<string>())
  for (const row of rows) {
    const index = timeline.indexOf(rowStart(row), rowEnd(row))
    if (index < 0) continue
    guard.check(row.currency)
    amounts[index] = addMinor(amounts[index] as number, row.amountCents)
    const ids = invoices[index] as Set<string>
    for (const id of row.lagoInvoiceIds) ids.add(id)
  }
  let totalCents = 0
  const all = new Set<string>()
  const points = pointMetas(timeline, options).map((meta, index): OverduePoint => {
    const amountCents = amounts[index] as number
    const ids = invoices[index] as Set<string>
    totalCents = addMinor(totalCents, amountCents)
    for (const id of ids) all.add(id)
    return { ...meta, amountCents, invoicesCount: ids.size }
  })
  return { currency: guard.currency, points, totalCents, invoicesCount: all.size }
}
