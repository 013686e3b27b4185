import { CurrencyMismatchError } from '../errors.ts'
import { normalizeCurrency } from '../money/Money.ts'
import { addMinor } from '../money/moneyMath.ts'

export { addMinor }
import type { Bucket } from '../time/bucket.ts'
import type { DateRange } from '../time/dateRange.ts'
import { formatBucket } from '../time/formatBucket.ts'
import { lastCompleteDay, type FreshnessOptions } from '../time/freshness.ts'
import type { Granularity } from '../time/granularity.ts'
import { rowEnd, rowStart, type BucketedRow } from './rowPeriod.ts'
import { createTimeline, type Timeline } from './timeline.ts'

/** Explicit inputs of every time-series transform: no clock, no globals. */
export interface TransformOptions {
  range: DateRange
  granularity: Granularity
  /** The current instant, for partial-period flags (never read from the clock). */
  now: Date
  /** When given, every point gets a `label` in this locale (`formatBucket`). */
  locale?: string | readonly string[] | undefined
  /**
   * The expected currency. Rows in any other currency raise `CurrencyMismatchError`; with no
   * rows, the result still carries this currency. Default: the rows' own (which must agree).
   */
  currency?: string | undefined
  freshness?: FreshnessOptions | undefined
}

/** What every point of a time series carries besides its values. */
export interface SeriesPointMeta {
  readonly bucket: Bucket
  /** `formatBucket` label when `locale` was given, else `null`. */
  readonly label: string | null
  /** The bucket's figures can still change (see `isPartialPeriod`). */
  readonly partial: boolean
  /** The range cuts the bucket (only part of the period was asked for). */
  readonly clipped: boolean
}

/** Tracks the one currency of a transform's rows. */
export interface CurrencyGuard {
  check(currency: string): void
  readonly currency: string | null
}

export function currencyGuard(expected: string | undefined): CurrencyGuard {
  let current: string | null = expected === undefined ? null : normalizeCurrency(expected)
  return {
    check(currency) {
      if (current === null) current = normalizeCurrency(currency)
      else if (currency !== current) throw new CurrencyMismatchError(current, currency)
    },
    get currency() {
      return current
    },
  }
}

type Row = BucketedRow & { readonly currency: string }

/** The buckets of a transform's range, and its currency. */
export interface Series extends CurrencyGuard {
  readonly timeline: Timeline
  /** Calls `add` with each row in the range (after the currency check) and its bucket index. */
  each<R extends Row>(rows: readonly R[], add: (index: number, row: R) => void): void
  /**
   * Per bucket, the sum of each of `fields` over the rows in the range, keyed by `keys` (default
   * the field names). Minor units, exactly (`addMinor`); `plain` fields are summed as floats.
   */
  sums<R extends Row>(
    rows: readonly R[],
    fields: readonly string[],
    keys?: readonly string[],
    plain?: boolean,
  ): Record<string, number>[]
  /** One point per bucket: the bucket's metadata and `values(index)`. */
  points<P>(values: (index: number) => P): (SeriesPointMeta & P)[]
}

export function createSeries(options: TransformOptions): Series {
  const timeline = createTimeline(options.range, options.granularity)
  const guard = currencyGuard(options.currency)
  const each: Series['each'] = (rows, add) => {
    for (const row of rows) {
      const index = timeline.indexOf(rowStart(row), rowEnd(row))
      if (index < 0) continue
      guard.check(row.currency)
      add(index, row)
    }
  }
  return {
    timeline,
    check: guard.check,
    get currency() {
      return guard.currency
    },
    each,
    sums(rows, fields, keys = fields, plain = false) {
      const sums = timeline.buckets.map(() => zeros(keys))
      each(rows, (index, row) => {
        const sum = sums[index] as Record<string, number>
        fields.forEach((field, i) => {
          const key = keys[i] as string
          const value = (row as unknown as Record<string, number>)[field] as number
          sum[key] = plain ? (sum[key] as number) + value : addMinor(sum[key] as number, value)
        })
      })
      return sums
    },
    points: (values) => seriesPoints(timeline, options, values),
  }
}

/** One point per bucket of the timeline: the bucket's metadata and `values(index)`. */
export function seriesPoints<P>(
  timeline: Timeline,
  options: TransformOptions,
  values: (index: number) => P,
): (SeriesPointMeta & P)[] {
  // `isPartialPeriod`: the bucket ends after the last complete day.
  const complete = lastCompleteDay(options.now, options.freshness)
  return timeline.buckets.map((bucket, index) => ({
    bucket,
    label:
      options.locale === undefined
        ? null
        : formatBucket(bucket, timeline.granularity, { locale: options.locale }),
    partial: bucket.end > complete,
    clipped: timeline.clipped(index),
    ...values(index),
  }))
}

/** `{ [key]: 0 }` for every key, in order. */
export function zeros(keys: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {}
  for (const key of keys) out[key] = 0
  return out
}

/** Adds `source[key]` into `target[key]` for every key (`addMinor`). */
export function addInto(
  target: Record<string, number>,
  source: object,
  keys: readonly string[] = Object.keys(source),
): void {
  for (const key of keys) {
    target[key] = addMinor(target[key] ?? 0, (source as Record<string, number>)[key] as number)
  }
}

/** `value / total`, or `null` when the total is zero (never `NaN` or `Infinity`). */
export function shareOf(value: number, total: number): number | null {
  return total === 0 ? null : value / total
}
