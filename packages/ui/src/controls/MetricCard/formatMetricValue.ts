import { formatMoney, isMoney, type Money } from '@lago-analytics/core'
import { assertNever } from '../../internal/assertNever.ts'

/** What a KPI shows: money (minor units), a plain number, or a ratio shown as a percentage. */
export type MetricValue = Money | number

export type MetricFormat = 'number' | 'percent' | 'money'

export interface FormatMetricValueOptions {
  locale: string
  /** Default: `money` for `Money`, else `number`. `percent` takes ratios (0.25 → 25 %). */
  format?: MetricFormat | undefined
  /** Short form (`€1.2M`, `12K`) for tiles. */
  compact?: boolean | undefined
  /** Extra `Intl.NumberFormat` options for numbers and percentages. */
  numberFormat?: Intl.NumberFormatOptions | undefined
}

/** The text shown for a missing or non-finite value. */
export const NO_VALUE = '—'

/**
 * Formats a KPI value in a locale: money through core's `formatMoney` (exact, ISO 4217 digits),
 * numbers and percentages through `Intl.NumberFormat`. Never prints `NaN` or `Infinity`.
 */
export function formatMetricValue(
  value: MetricValue | null | undefined,
  options: FormatMetricValueOptions,
): string {
  if (value === null || value === undefined) return NO_VALUE
  const notation = options.compact ? 'compact' : 'standard'
  if (isMoney(value)) {
    return formatMoney(value, { locale: options.locale, notation })
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) return NO_VALUE
  const format = options.format ?? 'number'
  switch (format) {
    case 'number':
    case 'money':
      return new Intl.NumberFormat(options.locale, { notation, ...options.numberFormat }).format(
        value,
      )
    case 'percent':
      return new Intl.NumberFormat(options.locale, {
        style: 'percent',
        maximumFractionDigits: 1,
        notation,
        ...options.numberFormat,
      }).format(value)
    default:
      return assertNever(format)
  }
}
