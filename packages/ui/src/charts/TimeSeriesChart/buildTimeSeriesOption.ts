import type { EChartsCoreOption } from 'echarts/core'
import type { ChartTheme } from '../../theme/chartTheme.ts'
import { largeSeriesOptions, periodAxis, textStyle, valueAxis } from '../shared/axes.ts'
import type { ChartFormatters } from '../shared/chartFormatters.ts'
import { fadePartialBars, splitPartialLines } from '../shared/partialPeriods.ts'
import type { TimeSeriesData, TimeSeriesDisplay } from './TimeSeriesData.ts'

/** The colour of series `index` (its own, else the palette's). */
export function seriesColor(data: TimeSeriesData, theme: ChartTheme, index: number): string {
  const series = data.series[index]
  return series?.color ?? theme.palette[index % theme.palette.length] ?? theme.text
}

/**
 * The ECharts option of a time series: line, area or bar, stacked or grouped, with dashed
 * comparison lines. Pure: no DOM, no ECharts import (tested with ECharts SSR in Node).
 */
export function buildTimeSeriesOption(
  data: TimeSeriesData,
  theme: ChartTheme,
  formatters: ChartFormatters,
  display: TimeSeriesDisplay,
): EChartsCoreOption {
  const { kind, stacked } = display
  const count = data.periods.length
  const type = kind === 'bar' ? 'bar' : 'line'
  const plot = (values: readonly (number | null)[]) =>
    values.map((value) => (value === null ? null : formatters.toChart(value)))
  // Partial periods (figures can still change): faded bars; a separate line's last stretch
  // dashed (a stack cannot be split: there the axis `*` alone flags them).
  const { series, continuations } = splitPartialLines(
    data.series.map((s, index) => ({
      id: s.key,
      name: s.name,
      type,
      data: type === 'bar' ? fadePartialBars(plot(s.values), data.periods) : plot(s.values),
      color: seriesColor(data, theme, index),
      ...(stacked ? { stack: 'total' } : {}),
      ...(kind === 'area' ? { areaStyle: { opacity: stacked ? 0.85 : 0.25 } } : {}),
      ...(type === 'line' ? { symbol: 'circle', symbolSize: 6, showSymbol: count <= 60 } : {}),
      ...(type === 'bar' ? { barMaxWidth: 32 } : {}),
      emphasis: { focus: 'series' },
      ...largeSeriesOptions(count, type),
    })),
    data.periods,
  )
  for (const comparison of data.comparisons ?? []) {
    const of = data.series.findIndex((s) => s.key === comparison.of)
    series.push({
      id: comparison.key,
      name: comparison.name,
      type: 'line',
      data: plot(comparison.values),
      color: of < 0 ? theme.other : seriesColor(data, theme, of),
      lineStyle: { type: 'dashed', width: 1.5 },
      symbol: 'none',
      z: 1,
      ...largeSeriesOptions(count, 'line'),
    })
  }
  return {
    animation: display.animation && count <= 2000,
    textStyle: textStyle(theme),
    grid: { left: 8, right: 16, top: 16, bottom: 14 },
    xAxis: periodAxis(theme, data.periods, data.granularity, formatters, {
      boundaryGap: type === 'bar',
    }),
    yAxis: valueAxis(theme, formatters),
    // Continuations last: the indices of the series and comparisons stay those of the data.
    series: [...series, ...continuations],
  }
}
