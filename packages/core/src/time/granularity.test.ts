import { describe, expect, it } from 'vitest'
import {
  fetchGranularity,
  fromTimeGranularity,
  isGranularity,
  nestsIn,
  TIME_GRANULARITY,
  toTimeGranularity,
} from './granularity.ts'

describe('granularity', () => {
  it("maps to and from Lago's time_granularity", () => {
    expect(TIME_GRANULARITY).toEqual({ day: 'daily', week: 'weekly', month: 'monthly' })
    expect(fromTimeGranularity('daily')).toBe('day')
    expect(fromTimeGranularity('weekly')).toBe('week')
    expect(fromTimeGranularity('monthly')).toBe('month')
  })

  it('fetches months for client-side quarter and year rollups', () => {
    expect(fetchGranularity('quarter')).toBe('month')
    expect(fetchGranularity('year')).toBe('month')
    expect(toTimeGranularity('year')).toBe('monthly')
    expect(toTimeGranularity('week')).toBe('weekly')
  })

  it('knows which buckets nest', () => {
    expect(nestsIn('day', 'week')).toBe(true)
    expect(nestsIn('week', 'month')).toBe(false)
    expect(nestsIn('month', 'quarter')).toBe(true)
    expect(nestsIn('quarter', 'month')).toBe(false)
  })

  it('validates', () => {
    expect(isGranularity('quarter')).toBe(true)
    expect(isGranularity('hour')).toBe(false)
  })
})
