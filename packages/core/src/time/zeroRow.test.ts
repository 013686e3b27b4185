import { describe, expect, it } from 'vitest'
import { mrrRow } from '../../test/rows.ts'
import { zeroRow, type ZeroableDataset } from './zeroRow.ts'

const bucket = { start: '2026-03-01', end: '2026-03-31' }

describe('zeroRow', () => {
  it.each<ZeroableDataset>(['revenueStreams', 'prepaidCredits', 'usageAmounts', 'usageForecast'])(
    '%s: a period row with every number at zero',
    (dataset) => {
      const row = zeroRow(dataset, bucket, 'eur') as unknown as Record<string, unknown>
      expect(row).toMatchObject({
        startOfPeriodDt: '2026-03-01',
        endOfPeriodDt: '2026-03-31',
        currency: 'EUR',
      })
      const numbers = Object.values(row).filter((value) => typeof value === 'number')
      expect(numbers.length).toBeGreaterThan(0)
      expect(numbers.every((value) => value === 0)).toBe(true)
    },
  )

  it('legacy datasets get a month key', () => {
    expect(zeroRow('grossRevenue', bucket, 'USD')).toEqual({
      month: '2026-03-01',
      currency: 'USD',
      amountCents: 0,
      invoicesCount: 0,
      billingEntityId: null,
    })
    expect(zeroRow('overdueBalance', bucket, 'USD').lagoInvoiceIds).toEqual([])
  })

  it('MRR movements carry the previous ending balance', () => {
    const previous = mrrRow('2026-02-01', 100, { new: 20 })
    expect(zeroRow('mrrMovements', bucket, 'EUR', previous)).toMatchObject({
      startingMrr: 120,
      endingMrr: 120,
      mrrNew: 0,
      mrrChange: 0,
    })
  })
})
