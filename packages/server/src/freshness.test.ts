import { describe, expect, it } from 'vitest'
import { freshness } from './freshness.ts'

const at = (iso: string) => Date.parse(iso)
const iso = (ms: number) => new Date(ms).toISOString()

describe('freshness', () => {
  it('next refresh is the next 00:00 UTC plus the margin, strictly after now', () => {
    expect(iso(freshness(at('2026-05-14T10:00:00Z'), 15).nextRefreshAt)).toBe(
      '2026-05-15T00:15:00.000Z',
    )
    expect(iso(freshness(at('2026-05-15T00:05:00Z'), 15).nextRefreshAt)).toBe(
      '2026-05-15T00:15:00.000Z',
    )
    expect(iso(freshness(at('2026-05-15T00:15:00Z'), 15).nextRefreshAt)).toBe(
      '2026-05-16T00:15:00.000Z',
    )
    expect(iso(freshness(at('2026-05-14T10:00:00Z'), 0).nextRefreshAt)).toBe(
      '2026-05-15T00:00:00.000Z',
    )
  })

  it('data as of is 00:00 UTC of the last completed refresh day', () => {
    expect(iso(freshness(at('2026-05-15T00:05:00Z'), 15).dataAsOf)).toBe('2026-05-14T00:00:00.000Z')
    expect(iso(freshness(at('2026-05-15T00:20:00Z'), 15).dataAsOf)).toBe('2026-05-15T00:00:00.000Z')
  })
})
