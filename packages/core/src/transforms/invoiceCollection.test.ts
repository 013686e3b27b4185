import type { InvoiceCollectionRow } from '@lago-analytics/client'
import { describe, expect, it } from 'vitest'
import { InvalidGranularityError } from '../errors.ts'
import { toInvoiceCollection } from './invoiceCollection.ts'

function row(
  month: string,
  paymentStatus: InvoiceCollectionRow['paymentStatus'],
  amountCents: number,
  invoicesCount: number,
): InvoiceCollectionRow {
  return { month, currency: 'EUR', paymentStatus, amountCents, invoicesCount }
}

describe('toInvoiceCollection', () => {
  const rows = [
    row('2026-01-01', 'succeeded', 8_000, 8),
    row('2026-01-01', 'pending', 1_000, 1),
    row('2026-01-01', 'failed', 1_000, 1),
    row('2026-03-01', 'succeeded', 500, 1),
    row('2026-03-01', 'pending', 1_500, 3),
  ]
  const options = {
    range: { from: '2026-01-01', to: '2026-03-31' },
    granularity: 'month' as const,
    now: new Date('2026-05-01T12:00:00Z'),
  }

  it('splits by payment status and computes the collection rate', () => {
    const result = toInvoiceCollection(rows, options)
    expect(
      result.points.map((point) => [
        point.total.amountCents,
        point.collectionRate,
        point.collectionRateByCount,
      ]),
    ).toEqual([
      [10_000, 0.8, 0.8],
      [0, null, null],
      [2_000, 0.25, 0.25],
    ])
    expect(result.points[0]!.failed).toEqual({ amountCents: 1_000, invoicesCount: 1 })
    expect(result.totals.total).toEqual({ amountCents: 12_000, invoicesCount: 14 })
    expect(result.totals.collectionRate).toBeCloseTo(8_500 / 12_000)
  })

  it('rolls months up to a quarter and refuses daily buckets', () => {
    const [quarter] = toInvoiceCollection(rows, { ...options, granularity: 'quarter' }).points
    expect(quarter!.succeeded.amountCents).toBe(8_500)
    expect(() => toInvoiceCollection(rows, { ...options, granularity: 'day' })).toThrow(
      InvalidGranularityError,
    )
  })
})
