import { describe, expect, it } from 'vitest'
import { period } from '../../test/rows.ts'
import { usageMeteredVsRecurring } from './usageMeteredVsRecurring.ts'

const amount = (start: string, amountCents: number) => ({ ...period(start, 'month'), amountCents })

describe('usageMeteredVsRecurring', () => {
  it('splits usage per bucket and overall', () => {
    const result = usageMeteredVsRecurring(
      {
        metered: [amount('2026-01-01', 300), amount('2026-02-01', 100)],
        recurring: [amount('2026-01-01', 100), amount('2026-03-01', 50)],
      },
      {
        range: { from: '2026-01-01', to: '2026-04-30' },
        granularity: 'month',
        now: new Date('2026-06-01T00:00:00Z'),
      },
    )
    expect(
      result.points.map((point) => [
        point.metered,
        point.recurring,
        point.total,
        point.recurringShare,
      ]),
    ).toEqual([
      [300, 100, 400, 0.25],
      [100, 0, 100, 0],
      [0, 50, 50, 1],
      [0, 0, 0, null],
    ])
    expect(result.totals).toEqual({ metered: 400, recurring: 150, total: 550 })
    expect(result.recurringShare).toBeCloseTo(150 / 550)
  })
})
