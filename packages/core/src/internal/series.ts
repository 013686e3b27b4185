import { CurrencyMismatchError, InvalidMoneyError } from '../errors.ts'
import { normalizeCurrency } from '../money/Money.ts'
import type { Bucket } from '../time/bucket.ts'
import type { DateRange } from '../time/dateRange.ts'
import { formatBucket } from '../time/formatBucket.ts'
import { isPartialPeriod, type FreshnessOptions } from '../time/freshness.ts'
import type { Granularity } from '../time/granularity.ts'
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

export function seriesTimeline(options: TransformOptions): Timeline {
  return createTimeline(options.range, options.granularity)
}

export function pointMetas(timeline: Timeline, options: TransformOptions): SeriesPointMeta[] {
  return timeline.buckets.map((bucket, index) => ({
    bucket,
    label:
      options.locale === undefined
        ? null
        : formatBucket(bucket, timeline.granularity, { locale: options.locale }),
    partial: isPartialPeriod(bucket, options.now, options.freshness),
    clipped: timeline.clipped(index),
  }))
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

/** `a + b` for minor units: the result must stay a safe integer. */
export function addMinor(a: number, b: number): number {
  const sum = a + b
  if (!Number.isSafeInteger(sum)) {
    throw new InvalidMoneyError(
      `Minor-unit sum ${a} + ${b} is not a safe integer (a fraction or an overflow beyond 2^53)`,
      b,
    )
  }
  return sum
}

/** `value / total`, or `null` when the total is zero (never `NaN` or `Infinity`). */
export function shareOf(value: number, total: number): number | null {
  return total === 0 ? null : value / total
}
