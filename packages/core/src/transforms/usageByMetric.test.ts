import { describe, expect, it } from 'vitest'
import { usageRow } from '../../test/rows.ts'
import { CurrencyMismatchError } from '../errors.ts'
import { usageByMetric } from './usageByMetric.ts'

const options = {
  range: { from: '2026-01-01', to: '2026-01-31' },
  granularity: 'week' as const,
  now: new Date('2026-02-10T00:00:00Z'),
}

describe('usageByMetric', () => {
  const rows = [
    usageRow('2026-01-02', 'api_calls', 1000, 500),
    usageRow('2026-01-09', 'api_calls', 3000, 1500),
    usageRow('2026-01-09', 'storage_gb', 20, 2000),
    { ...usageRow('2026-01-20', 'seats', 4, 400), isBillableMetricDeleted: true },
    usageRow('2026-02-02', 'api_calls', 1, 1),
  ]

  it('totals units and amounts per metric, with shares of the amount', () => {
    const result = usageByMetric(rows, options)
    expect(result.totalAmountCents).toBe(4400)
    expect(result.metrics).toEqual([
      {
        billableMetricCode: 'api_calls',
        units: 4000,
        amountCents: 2000,
        share: 2000 / 4400,
        deleted: false,
      },
      {
        billableMetricCode: 'storage_gb',
        units: 20,
        amountCents: 2000,
        share: 2000 / 4400,
        deleted: false,
      },
      { billableMetricCode: 'seats', units: 4, amountCents: 400, share: 400 / 4400, deleted: true },
    ])
  })

  it('has amount and unit series per metric and week, gap-filled', () => {
    const result = usageByMetric(rows, { ...options, topN: 1, otherLabel: 'Other metrics' })
    expect(result.amountByTime.columns.map((column) => column.key)).toEqual([
      '2025-12-29',
      '2026-01-05',
      '2026-01-12',
      '2026-01-19',
      '2026-01-26',
    ])
    expect(result.amountByTime.rows.map((row) => [row.label, row.total])).toEqual([
      ['api_calls', 2000],
      ['Other metrics', 2400],
    ])
    expect(result.amountByTime.values[0]).toEqual([500, 1500, 0, 0, 0])
    // Units of different metrics never sum: no Other row there.
    expect(result.unitsByTime.rows.map((row) => row.key)).toEqual([
      'api_calls',
      'storage_gb',
      'seats',
    ])
    expect(result.unitsByTime.values[2]).toEqual([0, 0, 0, 4, 0])
  })

  it('refuses mixed currencies', () => {
    expect(() =>
      usageByMetric([...rows, { ...usageRow('2026-01-03', 'x', 1, 1), currency: 'USD' }], options),
    ).toThrow(CurrencyMismatchError)
  })
})
