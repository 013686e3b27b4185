import { describe, expect, it } from 'vitest'
import { dayToIso, parseIsoDay } from '../utcDay'
import { createBucketing } from './bucketing'

const day = (iso: string): number => parseIsoDay(iso)!
const bounds = (b: ReturnType<typeof createBucketing>): string[] =>
  b.starts.map((start, i) => `${dayToIso(start)}..${dayToIso(b.ends[i]!)}`)

describe('createBucketing', () => {
  it('makes whole calendar months, even for a window starting mid-month', () => {
    const b = createBucketing('monthly', day('2026-01-15'), day('2026-03-02'))
    expect(bounds(b)).toEqual([
      '2026-01-01..2026-01-31',
      '2026-02-01..2026-02-28',
      '2026-03-01..2026-03-31',
    ])
    expect(b.index(day('2026-01-14'))).toBe(-1)
    expect(b.index(day('2026-01-15'))).toBe(0)
    expect(b.index(day('2026-02-28'))).toBe(1)
    expect(b.index(day('2026-03-02'))).toBe(2)
    expect(b.index(day('2026-03-03'))).toBe(-1)
  })

  it('makes ISO weeks from Monday to Sunday', () => {
    const b = createBucketing('weekly', day('2026-01-01'), day('2026-01-12'))
    expect(bounds(b)).toEqual([
      '2025-12-29..2026-01-04',
      '2026-01-05..2026-01-11',
      '2026-01-12..2026-01-18',
    ])
    expect(b.index(day('2026-01-04'))).toBe(0)
    expect(b.index(day('2026-01-05'))).toBe(1)
  })

  it('makes one bucket per day', () => {
    const b = createBucketing('daily', day('2026-02-27'), day('2026-03-01'))
    expect(bounds(b)).toEqual([
      '2026-02-27..2026-02-27',
      '2026-02-28..2026-02-28',
      '2026-03-01..2026-03-01',
    ])
  })

  it('is empty when the window is', () => {
    expect(createBucketing('monthly', day('2026-02-01'), day('2026-01-01')).count).toBe(0)
  })
})
