import type { InvoiceCollectionRow, PaymentStatus } from '@lago-analytics/client'
import { assertNever } from '../internal/assertNever.ts'
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

export interface InvoiceTally {
  /** Minor units. */
  readonly amountCents: number
  readonly invoicesCount: number
}

export interface CollectionPoint extends SeriesPointMeta {
  readonly succeeded: InvoiceTally
  readonly pending: InvoiceTally
  readonly failed: InvoiceTally
  readonly total: InvoiceTally
  /** Collected share of the invoiced amount: succeeded / total; `null` when nothing was invoiced. */
  readonly collectionRate: number | null
  /** Same, by invoice count. */
  readonly collectionRateByCount: number | null
}

export interface InvoiceCollectionResult {
  readonly currency: string | null
  readonly points: CollectionPoint[]
  readonly totals: Omit<CollectionPoint, keyof SeriesPointMeta>
}

interface Tally {
  amountCents: number
  invoicesCount: number
}

function tally(): Tally {
  return { amountCents: 0, invoicesCount: 0 }
}

function add(target: Tally, amountCents: number, invoicesCount: number): void {
  target.amountCents = addMinor(target.amountCents, amountCents)
  target.invoicesCount += invoicesCount
}

function rates(
  succeeded: Tally,
  total: Tally,
): Pick<CollectionPoint, 'collectionRate' | 'collectionRateByCount'> {
  return {
    collectionRate: shareOf(succeeded.amountCents, total.amountCents),
    collectionRateByCount: shareOf(succeeded.invoicesCount, total.invoicesCount),
  }
}

/**
 * Invoice collection by month (Lago's legacy `invoice_collection`, monthly buckets; quarters and
 * years roll up): invoiced amounts by payment status and the collection rate.
 */
export function toInvoiceCollection(
  rows: readonly InvoiceCollectionRow[],
  options: TransformOptions,
): InvoiceCollectionResult {
  const timeline = seriesTimeline(options)
  const guard = currencyGuard(options.currency)
  const buckets = timeline.buckets.map(() => ({
    succeeded: tally(),
    pending: tally(),
    failed: tally(),
    total: tally(),
  }))
  for (const row of rows) {
    const index = timeline.indexOf(rowStart(row), rowEnd(row))
    if (index < 0) continue
    guard.check(row.currency)
    const bucket = buckets[index] as (typeof buckets)[number]
    const status: PaymentStatus = row.paymentStatus
    switch (status) {
      case 'succeeded':
        add(bucket.succeeded, row.amountCents, row.invoicesCount)
        break
      case 'pending':
        add(bucket.pending, row.amountCents, row.invoicesCount)
        break
      case 'failed':
        add(bucket.failed, row.amountCents, row.invoicesCount)
        break
      default:
        assertNever(status)
    }
    add(bucket.total, row.amountCents, row.invoicesCount)
  }
  const totals = { succeeded: tally(), pending: tally(), failed: tally(), total: tally() }
  const points = pointMetas(timeline, options).map((meta, index): CollectionPoint => {
    const bucket = buckets[index] as (typeof buckets)[number]
    for (const key of ['succeeded', 'pending', 'failed', 'total'] as const) {
      add(totals[key], bucket[key].amountCents, bucket[key].invoicesCount)
    }
    return { ...meta, ...bucket, ...rates(bucket.succeeded, bucket.total) }
  })
  return {
    currency: guard.currency,
    points,
    totals: { ...totals, ...rates(totals.succeeded, totals.total) },
  }
}
