import { UTCDate } from '@date-fns/utc'
import {
  endOfISOWeek,
  endOfMonth,
  endOfQuarter,
  endOfYear,
  startOfISOWeek,
  startOfMonth,
  startOfQuarter,
  startOfYear,
} from 'date-fns'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { InvalidRangeError } from '../errors.ts'
import { addDays, dateKeyOfInstant, fromDayNumber, toDayNumber } from './dateKey.ts'
import { bucketEnd, bucketsInRange, bucketStart, isClipped, shiftBucket } from './bucket.ts'
import { GRANULARITIES } from './granularity.ts'

const day = fc.integer({ min: 0, max: 60_000 }).map(fromDayNumber)
const granularity = fc.constantFrom(...GRANULARITIES)

describe('buckets', () => {
  it('match date-fns (in UTC) for every granularity (property)', () => {
    fc.assert(
      fc.property(day, (key) => {
        const date = new UTCDate(toDayNumber(key) * 86_400_000)
        const k = dateKeyOfInstant
        expect(bucketStart(key, 'day')).toBe(key)
        expect(bucketStart(key, 'week')).toBe(k(startOfISOWeek(date)))
        expect(bucketEnd(key, 'week')).toBe(k(endOfISOWeek(date)))
        expect(bucketStart(key, 'month')).toBe(k(startOfMonth(date)))
        expect(bucketEnd(key, 'month')).toBe(k(endOfMonth(date)))
        expect(bucketStart(key, 'quarter')).toBe(k(startOfQuarter(date)))
        expect(bucketEnd(key, 'quarter')).toBe(k(endOfQuarter(date)))
        expect(bucketStart(key, 'year')).toBe(k(startOfYear(date)))
        expect(bucketEnd(key, 'year')).toBe(k(endOfYear(date)))
      }),
    )
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
