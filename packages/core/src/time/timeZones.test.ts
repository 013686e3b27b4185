import { describe, expect, it } from 'vitest'
import { TIME_ZONES, usageRow, withTimeZone } from '../../test/rows.ts'
import { toMrrMovements } from '../transforms/mrrMovements.ts'
import { mrrRow } from '../../test/rows.ts'
import { addMonths, dateKeyOfInstant, fromDayNumber, isoWeekday, toDayNumber } from './dateKey.ts'
import { bucketsInRange, bucketStart } from './bucket.ts'
import {
  DATE_RANGE_PRESETS,
  previousPeriod,
  resolveDateRange,
  samePeriodLastYear,
} from './dateRange.ts'
import { fillBuckets } from './fillBuckets.ts'
import { formatBucket, isoWeekLabel } from './formatBucket.ts'
import { dataAsOf, isPartialPeriod, nextRefreshAt } from './freshness.ts'
import { GRANULARITIES } from './granularity.ts'
import { rollup } from './rollup.ts'

/** Instants around local and UTC midnights, DST switches (LA: Mar 8 / Nov 1 2026; Chatham: Apr 5 / Sep 27). */
const INSTANTS = [
  '2026-03-08T09:59:59Z',
  '2026-03-08T10:00:00Z',
  '2026-11-01T08:30:00Z',
  '2026-04-04T14:00:00Z',
  '2026-09-26T14:30:00Z',
  '2026-12-31T23:59:59.999Z',
  '2027-01-01T00:00:00Z',
  '2026-05-14T18:45:00Z', // already May 15 in Kolkata and Chatham
  '2024-02-29T12:00:00Z',
].map((iso) => new Date(iso))

/** Everything the time layer computes, as plain data. */
function battery(): unknown {
  const out: Record<string, unknown> = {}
  for (const now of INSTANTS) {
    const key = now.toISOString()
    out[`today ${key}`] = dateKeyOfInstant(now)
    out[`refresh ${key}`] = [nextRefreshAt(now).toISOString(), dataAsOf(now).toISOString()]
    for (const preset of DATE_RANGE_PRESETS) {
      const range = resolveDateRange({ preset }, { now })
      out[`${preset} ${key}`] = [range, previousPeriod(range), samePeriodLastYear(range)]
    }
  }
  const range = { from: '2026-02-20', to: '2026-11-10' }
  for (const granularity of GRANULARITIES) {
    const buckets = bucketsInRange(range, granularity)
    out[`buckets ${granularity}`] = buckets
    out[`labels ${granularity}`] = buckets.map((bucket) =>
      formatBucket(bucket, granularity, { locale: 'en-GB' }),
    )
    out[`partial ${granularity}`] = buckets.map((bucket) => isPartialPeriod(bucket, INSTANTS[7]!))
  }
  const days = Array.from({ length: 400 }, (_, i) => fromDayNumber(toDayNumber('2026-01-01') + i))
  out['days'] = days.map((day) => [
    bucketStart(day, 'week'),
    isoWeekday(day),
    isoWeekLabel(day),
    addMonths(day, -12),
  ])
  const rows = days
    .filter((_, i) => i % 3 === 0)
    .map((day, i) => usageRow(day, i % 2 ? 'a' : 'b', i, i * 10))
  out['filled'] = fillBuckets(rows, {
    range,
    granularity: 'day',
    zero: (bucket) => usageRow(bucket.start, '', 0, 0),
  }).map((row) => row.startOfPeriodDt)
  out['rollup'] = rollup(rows, {
    range,
    granularity: 'month',
    measures: { amountCents: 'sum' },
    groupBy: ['billableMetricCode'],
  })
  out['mrr'] = toMrrMovements(
    [mrrRow('2026-03-01', 100, { new: 50 }), mrrRow('2026-05-01', 150, { churn: -20 })],
    { range, granularity: 'quarter', now: INSTANTS[7]!, locale: 'en-US' },
  )
  return out
}

describe('time layer under different process time zones', () => {
  it('gives identical results in UTC, Los Angeles, Kolkata and Chatham', () => {
    const reference = withTimeZone('UTC', battery)
    const offsets = new Set<number>()
    for (const zone of TIME_ZONES) {
      withTimeZone(zone, () => {
        // The zone really is in effect (Node re-reads process.env.TZ).
        offsets.add(new Date('2026-01-15T12:00:00Z').getTimezoneOffset())
        expect(battery()).toEqual(reference)
      })
    }
    // UTC 0, LA +480, Kolkata −330, Chatham −825 (January, southern summer).
    expect([...offsets].sort((a, b) => a - b)).toEqual([-825, -330, 0, 480])
  })
})
