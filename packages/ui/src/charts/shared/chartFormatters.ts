import {
  formatBucket,
  formatMajorUnits,
  formatMoney,
  normalizeCurrency,
  toMajorUnits,
  type Bucket,
  type Granularity,
} from '@lago-analytics/core'
import type { Column } from '@lago-analytics/core/export'

export interface ChartFormattersOptions {
  /** BCP 47 locale. */
  locale: string
  /** Values are money in minor units of this currency; `null`/absent: plain numbers. */
  currency?: string | null | undefined
}

/** Locale-aware formatting shared by an option builder, its tooltip, table and announcements. */
export interface ChartFormatters {
  readonly locale: string
  readonly currency: string | null
  /** A raw value (minor units for money) as the number the chart plots (major units). */
  toChart(raw: number): number
  /** Exact value for tooltips, tables and announcements (`€1,234.50`, `1 234,50 €`). */
  value(raw: number): string
  /** Compact axis label of a plotted value (`€1.2K`, `1,2 k€`, `¥1.2万`). */
  axis(plotted: number): string
  /** A ratio as a percentage (`0.125` → `12.5%`); `—` for `null`. */
  percent(ratio: number | null): string
  /** A bucket label: `short` for axes, `long` for tooltips and tables. */
  bucket(bucket: Bucket, granularity: Granularity, style: 'short' | 'long'): string
  /** A table column for raw values of this chart (money with the currency, or number). */
  column(key: string, header: string): Column
}

/**
 * Formatters for one chart: money through core's `formatMoney` (exact, ISO 4217 exponent) and
 * `formatMajorUnits` (compact axes), numbers and percentages through `Intl.NumberFormat`, bucket
 * labels through `formatBucket`.
 */
export function createChartFormatters(options: ChartFormattersOptions): ChartFormatters {
  const { locale } = options
  const currency =
    options.currency === null || options.currency === undefined
      ? null
      : normalizeCurrency(options.currency)
  const plain = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 })
  const compact = new Intl.NumberFormat(locale, {
    notation: 'compact',
    maximumFractionDigits: 1,
  })
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 })
  if (currency === null) {
    return {
      locale,
      currency,
      toChart: (raw) => raw,
      value: (raw) => plain.format(raw),
      axis: (plotted) => compact.format(plotted),
      percent: (ratio) => (ratio === null ? '—' : percent.format(ratio)),
      bucket: (bucket, granularity, style) => formatBucket(bucket, granularity, { locale, style }),
      column: (key, header) => ({ key, header, type: 'number' }),
    }
  }
  return {
    locale,
    currency,
    toChart: (raw) =>
      Number.isSafeInteger(raw) ? toMajorUnits({ amountMinor: raw, currency }) : raw,
    value: (raw) =>
      Number.isSafeInteger(raw)
        ? formatMoney({ amountMinor: raw, currency }, { locale })
        : formatMajorUnits(raw, currency, { locale }),
    axis: (plotted) => formatMajorUnits(plotted, currency, { locale, notation: 'compact' }),
    percent: (ratio) => (ratio === null ? '—' : percent.format(ratio)),
    bucket: (bucket, granularity, style) => formatBucket(bucket, granularity, { locale, style }),
    column: (key, header) => ({ key, header, type: 'money', currency }),
  }
}
