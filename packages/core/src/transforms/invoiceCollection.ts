import type { InvoiceCollectionRow, PaymentStatus } from '@lago-analytics/client'
import { assertNever } from '../internal/assertNever.ts'
import {
  addMinor,
  createSeries,
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

const STATUSES: readonly PaymentStatus[] = ['succeeded', 'pending', 'failed']

type Tallies = { [K in PaymentStatus | 'total']: InvoiceTally }

function tallies(): Tallies {
  const zero = () => ({ amountCents: 0, invoicesCount: 0 })
  return { succeeded: zero(), pending: zero(), failed: zero(), total: zero() }
}

function add(target: InvoiceTally, source: InvoiceTally): void {
  const tally = target as { amountCents: number; invoicesCount: number }
  tally.amountCents = addMinor(tally.amountCents, source.amountCents)
  tally.invoicesCount += source.invoicesCount
}

/** The tallies with the collection rates (succeeded / total, by amount and by count). */
function withRates(t: Tallies): Omit<CollectionPoint, keyof SeriesPointMeta> {
  return {
    ...t,
    collectionRate: shareOf(t.succeeded.amountCents, t.total.amountCents),
    collectionRateByCount: shareOf(t.succeeded.invoicesCount, t.total.invoicesCount),
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
  const series = createSeries(options)
  const buckets = series.timeline.buckets.map(tallies)
  series.each(rows, (index, row) => {
    const bucket = buckets[index] as Tallies
    const status = row.paymentStatus
    add(STATUSES.includes(status) ? bucket[status] : assertNever(status as never), row)
    add(bucket.total, row)
  })
  const totals = tallies()
  const points = series.points((index) => {
    const bucket = buckets[index] as Tallies
    for (const key of [...STATUSES, 'total'] as const) add(totals[key], bucket[key])
    return withRates(bucket)
  })
  return { currency: series.currency, points, totals: withRates(totals) }
}
