import { assertNever } from '../internal/assertNever.ts'
import { createTimeline } from '../internal/timeline.ts'
import type { Bucket } from '../time/bucket.ts'
import {
  assertDateRange,
  previousPeriod,
  samePeriodLastYear,
  type DateRange,
  type PeriodAlignment,
} from '../time/dateRange.ts'
import type { DateKey } from '../time/dateKey.ts'
import type { Granularity } from '../time/granularity.ts'

/**
 * The change from a baseline to a current value. There is no `Infinity` or `NaN`: a missing or
 * zero baseline is an explicit `noBaseline` result, which UIs show as "new" or "—".
 */
export type Comparison =
  | {
      readonly kind: 'change'
      readonly current: number
      readonly baseline: number
      /** current − baseline */
      readonly absolute: number
      /** (current − baseline) / |baseline|: +0.25 is "up 25 %", also for negative baselines. */
      readonly ratio: number
    }
  | {
      readonly kind: 'noBaseline'
      readonly current: number
      /** `null` when there is no data for the baseline period, 0 when it is zero. */
      readonly baseline: number | null
      readonly absolute: number | null
      readonly reason: 'missing' | 'zero'
    }

/** Compares two values (see `Comparison`). */
export function compareValues(current: number, baseline: number | null | undefined): Comparison {
  if (baseline === null || baseline === undefined || Number.isNaN(baseline)) {
    return { kind: 'noBaseline', current, baseline: null, absolute: null, reason: 'missing' }
  }
  const absolute = current - baseline
  if (baseline === 0) return { kind: 'noBaseline', current, baseline: 0, absolute, reason: 'zero' }
  return { kind: 'change', current, baseline, absolute, ratio: absolute / Math.abs(baseline) }
}

/** Which baseline: the period just before, or the same period one year earlier. */
export type BaselineKind = 'period' | 'year'

/** How a series combines over a period: flows `sum`, balances (MRR, credits) `last`. */
export type PeriodAggregate = 'sum' | 'last'

/** A value of a series over a period (a bucket or a day; `end` defaults to `start`). */
export interface SeriesValue {
  readonly start: DateKey
  readonly end?: DateKey | undefined
  readonly value: number
}

/** Picks a value out of transform points: `seriesOf(result.points, (p) => p.net)`. */
export function seriesOf<Point extends { bucket: Bucket }>(
  points: readonly Point[],
  value: (point: Point) => number,
): SeriesValue[] {
  return points.map((point) => ({
    start: point.bucket.start,
    end: point.bucket.end,
    value: value(point),
  }))
}

/** The baseline range of a range. */
export function baselineRange(
  range: DateRange,
  previous: BaselineKind,
  alignment?: PeriodAlignment,
): DateRange {
  if (previous === 'year') return samePeriodLastYear(range)
  if (previous !== 'period') assertNever(previous)
  return previousPeriod(range, alignment === undefined ? {} : { alignment })
}

/**
 * Aggregates the values into `slots` slots (`slot(start, end)`, `-1` for none): their sum, or the
 * value with the latest start; `null` for a slot without any value.
 */
function collect(
  values: readonly SeriesValue[],
  how: PeriodAggregate,
  slots: number,
  slot: (start: DateKey, end: DateKey) => number,
): (number | null)[] {
  const out: (number | null)[] = new Array<null>(slots).fill(null)
  const starts: string[] = []
  for (const { start, end = start, value } of values) {
    const i = slot(start, end)
    if (i < 0) continue
    if (how === 'sum') out[i] = (out[i] ?? 0) + value
    else if (how !== 'last') assertNever(how)
    else if (out[i] === null || start >= (starts[i] as string)) {
      out[i] = value
      starts[i] = start
    }
  }
  return out
}

/** The aggregate of the values overlapping a range (`null` when none does). */
function aggregate(values: readonly SeriesValue[], range: DateRange, how: PeriodAggregate) {
  return collect(values, how, 1, (start, end) => (start > range.to || end < range.from ? -1 : 0))[0]
}

export interface ComparePeriodsOptions {
  range: DateRange
  previous: BaselineKind
  /** Default `sum`. */
  aggregate?: PeriodAggregate | undefined
  /** For `previous: 'period'` (see `previousPeriod`). */
  alignment?: PeriodAlignment | undefined
}

export interface PeriodComparison {
  readonly range: DateRange
  readonly baselineRange: DateRange
  readonly comparison: Comparison
}

/**
 * Period over period for a KPI: the series aggregated over `range` against the previous period
 * or the same period last year. Points overlapping a range count towards it; a baseline period
 * with no point at all is `noBaseline` / `missing`.
 */
export function comparePeriods(
  values: readonly SeriesValue[],
  options: ComparePeriodsOptions,
): PeriodComparison {
  assertDateRange(options.range)
  const how = options.aggregate ?? 'sum'
  const baseline = baselineRange(options.range, options.previous, options.alignment)
  const current = aggregate(values, options.range, how) ?? 0
  return {
    range: options.range,
    baselineRange: baseline,
    comparison: compareValues(current, aggregate(values, baseline, how)),
  }
}

export interface CompareSeriesOptions extends ComparePeriodsOptions {
  granularity: Granularity
}

export interface ComparedPoint {
  readonly bucket: Bucket
  /** The baseline bucket at the same position in the baseline range (`null` past its end). */
  readonly baselineBucket: Bucket | null
  readonly comparison: Comparison
}

/**
 * Bucket-by-bucket comparison: bucket i of the range against bucket i of the baseline range
 * (so "same period last year" lines up month with month, and week 3 with week 3).
 */
export function compareSeries(
  values: readonly SeriesValue[],
  options: CompareSeriesOptions,
): ComparedPoint[] {
  const how = options.aggregate ?? 'sum'
  const currentTimeline = createTimeline(options.range, options.granularity)
  const baselineTimeline = createTimeline(
    baselineRange(options.range, options.previous, options.alignment),
    options.granularity,
  )
  const [current, baseline] = [currentTimeline, baselineTimeline].map((timeline) =>
    collect(values, how, timeline.buckets.length, timeline.indexOf),
  ) as [(number | null)[], (number | null)[]]
  return currentTimeline.buckets.map((bucket, index) => ({
    bucket,
    baselineBucket: baselineTimeline.buckets[index] ?? null,
    comparison: compareValues(current[index] ?? 0, baseline[index] ?? null),
  }))
}
