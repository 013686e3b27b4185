import { describe, expect, it } from 'vitest'
import { breakTypes } from './breakTypes'

describe('breakTypes', () => {
  it('turns the first legacy row month into a number and its amount into true', () => {
    expect(
      breakTypes({
        mrrs: [
          { month: '2026-01-01T00:00:00.000Z', amount_cents: 5, currency: 'EUR' },
          { amount_cents: 1 },
        ],
      }),
    ).toEqual({
      mrrs: [
        { month: Date.parse('2026-01-01T00:00:00.000Z'), amount_cents: true, currency: 'EUR' },
        { amount_cents: 1 },
      ],
    })
  })

  it('breaks Data API rows too', () => {
    const [row] = breakTypes([{ start_of_period_dt: '2026-01-01', starting_mrr: 4 }]) as Record<
      string,
      unknown
    >[]
    expect(row).toEqual({ start_of_period_dt: Date.parse('2026-01-01'), starting_mrr: true })
  })

  it('turns an empty list into an object', () => {
    expect(breakTypes([])).toEqual({})
    expect(breakTypes({ usages: [] })).toEqual({ usages: {} })
  })
})
