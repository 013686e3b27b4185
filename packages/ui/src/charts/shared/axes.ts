import type { Bucket, Granularity } from '@lago-analytics/core'
import type { ChartTheme } from '../../theme/chartTheme.ts'
import type { ChartFormatters } from './chartFormatters.ts'

/** Base text style of every chart (the theme's font and colour). */
export function textStyle(theme: ChartTheme): { fontFamily: string; color: string } {
  return { fontFamily: theme.fontFamily, color: theme.text }
}

/** A category axis styled by the theme; labels are drawn as text (never HTML). */
export function categoryAxis(
  theme: ChartTheme,
  data: readonly string[],
  formatter: (value: string, index: number) => string,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    type: 'category',
    data,
    axisLine: { lineStyle: { color: theme.axis } },
    axisTick: { show: false },
    axisLabel: { color: theme.textMuted, hideOverlap: true, formatter },
    ...extra,
  }
}

/**
 * The category axis of a chart over time periods: one short bucket label per period, and the
 * partial (current) period marked with `*` (its figures can still change), as in the tooltip
 * note and the table view.
 */
export function periodAxis(
  theme: ChartTheme,
  periods: readonly { bucket: Bucket; partial?: boolean | undefined }[],
  granularity: Granularity,
  formatters: ChartFormatters,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return categoryAxis(
    theme,
    periods.map((period) => period.bucket.start),
    (_value, index) => {
      const period = periods[index]
      return period === undefined
        ? ''
        : `${formatters.bucket(period.bucket, granularity, 'short')}${period.partial === true ? ' *' : ''}`
    },
    extra,
  )
}

/** A value axis with compact, locale-aware labels (`€1.2K`, `1,2 k€`). */
export function valueAxis(
  theme: ChartTheme,
  formatters: ChartFormatters,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    type: 'value',
    axisLabel: {
      color: theme.textMuted,
      hideOverlap: true,
      formatter: (value: number) => formatters.axis(value),
    },
    splitLine: { lineStyle: { color: theme.grid } },
    ...extra,
  }
}

/** Above this many points a series switches to ECharts' large-data modes. */
export const LARGE_SERIES = 2000

/**
 * ECharts' large-data settings for a series of `count` points: LTTB sampling and no symbols for
 * lines, `large` batching for bars, progressive rendering for both.
 */
export function largeSeriesOptions(count: number, type: 'line' | 'bar'): Record<string, unknown> {
  if (count <= LARGE_SERIES) return {}
  return type === 'line'
    ? { sampling: 'lttb', showSymbol: false, progressive: 5000, progressiveThreshold: 10000 }
    : { large: true, largeThreshold: LARGE_SERIES, progressive: 5000, progressiveThreshold: 10000 }
}
