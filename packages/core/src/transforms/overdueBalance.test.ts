import { describe, expect, it } from 'vitest'
import { toOverdueBalance } from './overdueBalance.ts'

describe('toOverdueBalance', () => {
  it('sums overdue amounts by month and counts distinct invoices', () => {
    const result = toOverdueBalance(
      [
        {
          month: '2026-01-01',
          currency: 'USD',
          amountCents: 1_000,
          lagoInvoiceIds: ['a', 'b'],
          billingEntityId: null,
        },
        {
          month: '2026-01-01',
          currency: 'USD',
          amountCents: 500,
          lagoInvoiceIds: ['b', 'c'],
          billingEntityId: 'be',
        },
        {
          month: '2026-03-01',
          currency: 'USD',
          amountCents: 250,
          lagoInvoiceIds: ['d'],
          billingEntityId: null,
        },
      ],
      {
        range: { from: '2026-01-01', to: '2026-03-31' },
        granularity: 'month',
        now: new Date('2026-04-01T12:00:00Z'),
      },
    )
    expect(result.currency).toBe('USD')
    expect(result.points.map((point) => [point.amountCents, point.invoicesCount])).toEqual([
      [1_500, 3],
      [0, 0],
      [250, 1],
    ])
    expect(result.totalCents).toBe(1_750)
    expect(result.invoicesCount).toBe(4)
  })
})
