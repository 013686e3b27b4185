import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { InvalidDateError, InvalidRangeError } from '../errors.ts'
import { addDays, dateKeyOfInstant, fromDayNumber, toDayNumber } from './dateKey.ts'
import {
  bucketEnd,
  bucketOf,
  bucketsInRange,
  bucketStart,
  isClipped,
  shiftBucket,
} from './bucket.ts'
import { GRANULARITIES, type Granularity } from './granularity.ts'

const day = fc.integer({ min: 0, max: 60_000 }).map(fromDayNumber)
const granularity = fc.constantFrom(...GRANULARITIES)

describe('buckets', () => {
  it('match Date.UTC calendar math for every granularity (property)', () => {
    fc.assert(
      fc.property(day, (key) => {
        const ms = toDayNumber(key) * 86_400_000
        const date = new Date(ms)
        const [y, m] = [date.getUTCFullYear(), date.getUTCMonth()]
        const k = (time: number) => dateKeyOfInstant(new Date(time))
        const monday = ms - ((date.getUTCDay() + 6) % 7) * 86_400_000
        const quarter = m - (m % 3)
        expect(bucketStart(key, 'day')).toBe(key)
        expect(bucketEnd(key, 'day')).toBe(key)
        expect(bucketStart(key, 'week')).toBe(k(monday))
        expect(bucketEnd(key, 'week')).toBe(k(monday + 6 * 86_400_000))
        expect(bucketStart(key, 'month')).toBe(k(Date.UTC(y, m, 1)))
        expect(bucketEnd(key, 'month')).toBe(k(Date.UTC(y, m + 1, 0)))
        expect(bucketStart(key, 'quarter')).toBe(k(Date.UTC(y, quarter, 1)))
        expect(bucketEnd(key, 'quarter')).toBe(k(Date.UTC(y, quarter + 3, 0)))
        expect(bucketStart(key, 'year')).toBe(k(Date.UTC(y, 0, 1)))
        expect(bucketEnd(key, 'year')).toBe(k(Date.UTC(y, 11, 31)))
      }),
    )
  })

  it('handle month ends, leap years and quarter boundaries', () => {
    expect(bucketOf('2024-02-10', 'month')).toEqual({ start: '2024-02-01', end: '2024-02-29' })
    expect(bucketOf('2023-02-10', 'month')).toEqual({ start: '2023-02-01', end: '2023-02-28' })
    expect(bucketOf('2000-02-29', 'month')).toEqual({ start: '2000-02-01', end: '2000-02-29' })
    expect(bucketOf('1900-02-10', 'month')).toEqual({ start: '1900-02-01', end: '1900-02-28' })
    expect(bucketOf('2026-03-31', 'quarter')).toEqual({ start: '2026-01-01', end: '2026-03-31' })
    expect(bucketOf('2026-04-01', 'quarter')).toEqual({ start: '2026-04-01', end: '2026-06-30' })
    expect(bucketOf('2026-09-30', 'quarter')).toEqual({ start: '2026-07-01', end: '2026-09-30' })
    expect(bucketOf('2026-12-31', 'quarter')).toEqual({ start: '2026-10-01', end: '2026-12-31' })
    expect(bucketOf('0000-01-01', 'year')).toEqual({ start: '0000-01-01', end: '0000-12-31' })
    expect(bucketOf('9999-12-31', 'month')).toEqual({ start: '9999-12-01', end: '9999-12-31' })
    expect(shiftBucket('2024-02-29', 'quarter', -1)).toEqual({
      start: '2023-10-01',
      end: '2023-12-31',
    })
    expect(shiftBucket('2024-01-31', 'month', 1)).toEqual({
      start: '2024-02-01',
      end: '2024-02-29',
    })
    expect(shiftBucket('2024-02-29', 'year', -1)).toEqual({
      start: '2023-01-01',
      end: '2023-12-31',
    })
    expect(shiftBucket('2026-01-01', 'week', -1)).toEqual({
      start: '2025-12-22',
      end: '2025-12-28',
    })
    expect(() => shiftBucket('0000-06-01', 'month', -6)).toThrow(InvalidDateError)
    expect(() => bucketOf('2026-02-30', 'month')).toThrow(InvalidDateError)
    expect(() => bucketOf('2026-02-01', 'hour' as Granularity)).toThrow(TypeError)
    expect(() => bucketOf('2026-02-01', 'toString' as Granularity)).toThrow(TypeError)
  })

  it('start weeks on Monday (ISO), as Lago does', () => {
    expect(bucketStart('2026-01-01', 'week')).toBe('2025-12-29') // a Thursday
    expect(bucketStart('2026-01-04', 'week')).toBe('2025-12-29') // Sunday: same week
    expect(bucketStart('2026-01-05', 'week')).toBe('2026-01-05') // Monday
    expect(bucketEnd('2026-01-05', 'week')).toBe('2026-01-11')
  })

  it('shift by whole buckets', () => {
    expect(shiftBucket('2026-01-31', 'month', 1)).toEqual({
      start: '2026-02-01',
      end: '2026-02-28',
    })
    expect(shiftBucket('2026-05-10', 'quarter', -2)).toEqual({
      start: '2025-10-01',
      end: '2025-12-31',
    })
    expect(shiftBucket('2026-01-01', 'year', -1)).toEqual({
      start: '2025-01-01',
      end: '2025-12-31',
    })
    expect(shiftBucket('2026-01-01', 'week', 1).start).toBe('2026-01-05')
  })

  it('cover a range contiguously and completely (property)', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 800 }), granularity, (from, length, g) => {
        const range = { from, to: addDays(from, length) }
        const buckets = bucketsInRange(range, g)
        expect(buckets[0]?.start).toBe(bucketStart(range.from, g))
        expect(buckets.at(-1)?.end).toBe(bucketEnd(range.to, g))
        for (let i = 0; i < buckets.length; i++) {
          const bucket = buckets[i]!
          expect(bucket.start <= bucket.end).toBe(true)
          expect(bucketStart(bucket.end, g)).toBe(bucket.start)
          if (i > 0) expect(bucket.start).toBe(addDays(buckets[i - 1]!.end, 1))
        }
      }),
      { numRuns: 150 },
    )
  })

  it('flag buckets the range cuts', () => {
    const range = { from: '2026-01-15', to: '2026-03-31' }
    const [january, february, march] = bucketsInRange(range, 'month')
    expect(isClipped(january!, range)).toBe(true)
    expect(isClipped(february!, range)).toBe(false)
    expect(isClipped(march!, range)).toBe(false)
  })

  it('reject reversed ranges', () => {
    expect(() => bucketsInRange({ from: '2026-02-01', to: '2026-01-01' }, 'day')).toThrow(
      InvalidRangeError,
    )
  })
})
