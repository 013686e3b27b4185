import { describe, expect, it } from 'vitest'
import {
  dataAsOf,
  isPartialPeriod,
  lastCompleteDay,
  msUntilNextRefresh,
  nextRefreshAt,
} from './freshness.ts'

const at = (iso: string) => new Date(iso)

describe('freshness', () => {
  it('next refresh is the next 00:00 UTC plus the margin', () => {
    expect(nextRefreshAt(at('2026-05-14T10:00:00Z')).toISOString()).toBe('2026-05-15T00:15:00.000Z')
    expect(nextRefreshAt(at('2026-05-14T23:59:59Z')).toISOString()).toBe('2026-05-15T00:15:00.000Z')
    // Between midnight and the margin, the refresh of today is still ahead.
    expect(nextRefreshAt(at('2026-05-15T00:05:00Z')).toISOString()).toBe('2026-05-15T00:15:00.000Z')
    expect(nextRefreshAt(at('2026-05-15T00:15:00Z')).toISOString()).toBe('2026-05-16T00:15:00.000Z')
    expect(nextRefreshAt(at('2026-05-14T10:00:00Z'), { marginMinutes: 0 }).toISOString()).toBe(
      '2026-05-15T00:00:00.000Z',
    )
    expect(msUntilNextRefresh(at('2026-05-15T00:14:00Z'))).toBe(60_000)
  })

  it('rejects silly margins and invalid dates', () => {
    expect(() => nextRefreshAt(at('2026-05-14T10:00:00Z'), { marginMinutes: -1 })).toThrow(
      RangeError,
    )
    expect(() => nextRefreshAt(new Date(Number.NaN))).toThrow(/invalid Date/)
  })

  it('data is as of the last completed refresh', () => {
    expect(dataAsOf(at('2026-05-14T10:00:00Z')).toISOString()).toBe('2026-05-14T00:00:00.000Z')
    expect(dataAsOf(at('2026-05-15T00:05:00Z')).toISOString()).toBe('2026-05-14T00:00:00.000Z')
    expect(lastCompleteDay(at('2026-05-14T10:00:00Z'))).toBe('2026-05-13')
    expect(lastCompleteDay(at('2026-05-15T00:05:00Z'))).toBe('2026-05-13')
  })

  it('flags the buckets that can still change', () => {
    const now = at('2026-05-14T10:00:00Z')
    expect(isPartialPeriod({ start: '2026-05-13', end: '2026-05-13' }, now)).toBe(false)
    expect(isPartialPeriod({ start: '2026-05-14', end: '2026-05-14' }, now)).toBe(true)
    expect(isPartialPeriod({ start: '2026-05-01', end: '2026-05-31' }, now)).toBe(true)
    expect(isPartialPeriod({ start: '2026-04-01', end: '2026-04-30' }, now)).toBe(false)
    expect(isPartialPeriod({ start: '2026-06-01', end: '2026-06-30' }, now)).toBe(true)
    // On the last day of a month, before the refresh, the month is still partial.
    const beforeRefresh = at('2026-05-01T00:10:00Z')
    expect(isPartialPeriod({ start: '2026-04-01', end: '2026-04-30' }, beforeRefresh)).toBe(true)
  })
})
