import type { Comparison } from '@lago-analytics/core'
import { assertNever } from '../../internal/assertNever.ts'
import { NO_VALUE } from './formatMetricValue.ts'

/** Whether a rise is good news (revenue), bad news (churn, overdue balance) or neither. */
export type DeltaSentiment = 'increase-is-good' | 'decrease-is-good' | 'neutral'

/** `none`: no baseline to compare against. */
export type DeltaDirection = 'up' | 'down' | 'flat' | 'none'

export type DeltaTone = 'positive' | 'negative' | 'neutral'

/** Words of the delta, for screen readers and the visible "no baseline" note. */
export interface DeltaLabels {
  up: string
  down: string
  unchanged: string
  /** Visible next to "—". */
  noBaseline: string
  /** Screen-reader text when the baseline period has no data. */
  noBaselineMissing: string
  /** Screen-reader text when the baseline is zero (a ratio would be infinite). */
  noBaselineZero: string
}

export const DEFAULT_DELTA_LABELS: DeltaLabels = {
  up: 'up',
  down: 'down',
  unchanged: 'unchanged',
  noBaseline: 'no baseline',
  noBaselineMissing: 'no baseline: no data for the comparison period',
  noBaselineZero: 'no baseline: the comparison period was zero',
}

export interface DescribeDeltaOptions {
  locale: string
  sentiment?: DeltaSentiment | undefined
  /** Appended to the screen-reader text. Default `versus previous period`. */
  comparisonLabel?: string | undefined
  labels?: Partial<DeltaLabels> | undefined
}

export interface DeltaDescription {
  direction: DeltaDirection
  tone: DeltaTone
  /** Visible text: a signed percentage (`+12.5%`), or `—` without a baseline. */
  text: string
  /** The whole sentence for assistive technology: `up 12.5% versus previous period`. */
  srText: string
}

function toneOf(direction: DeltaDirection, sentiment: DeltaSentiment): DeltaTone {
  switch (direction) {
    case 'flat':
    case 'none':
      return 'neutral'
    case 'up':
    case 'down':
      switch (sentiment) {
        case 'neutral':
          return 'neutral'
        case 'increase-is-good':
          return direction === 'up' ? 'positive' : 'negative'
        case 'decrease-is-good':
          return direction === 'down' ? 'positive' : 'negative'
        default:
          return assertNever(sentiment)
      }
    default:
      return assertNever(direction)
  }
}

/**
 * Describes a period comparison for a KPI tile: direction, good/bad tone according to the
 * metric's sentiment, visible text and a screen-reader sentence. A missing or zero baseline (or a
 * non-finite ratio) is "no baseline", never `Infinity` or `NaN`.
 */
export function describeDelta(
  comparison: Comparison,
  options: DescribeDeltaOptions,
): DeltaDescription {
  const labels = { ...DEFAULT_DELTA_LABELS, ...options.labels }
  const sentiment = options.sentiment ?? 'increase-is-good'
  const versus = options.comparisonLabel ?? 'versus previous period'
  if (comparison.kind === 'noBaseline' || !Number.isFinite(comparison.ratio)) {
    const reason = comparison.kind === 'noBaseline' ? comparison.reason : 'zero'
    return {
      direction: 'none',
      tone: 'neutral',
      text: NO_VALUE,
      srText: reason === 'missing' ? labels.noBaselineMissing : labels.noBaselineZero,
    }
  }
  const percent = (value: number, signDisplay: 'exceptZero' | 'never') =>
    new Intl.NumberFormat(options.locale, {
      style: 'percent',
      maximumFractionDigits: 1,
      signDisplay,
    }).format(value)
  // Round first, so a change shown as "0%" is described as unchanged, not "up 0%".
  const rounded = Math.round(comparison.ratio * 1000) / 1000
  const direction: DeltaDirection = rounded > 0 ? 'up' : rounded < 0 ? 'down' : 'flat'
  const word =
    direction === 'up' ? labels.up : direction === 'down' ? labels.down : labels.unchanged
  return {
    direction,
    tone: toneOf(direction, sentiment),
    text: percent(rounded, 'exceptZero'),
    srText:
      direction === 'flat'
        ? `${word} ${versus}`
        : `${word} ${percent(Math.abs(rounded), 'never')} ${versus}`,
  }
}
