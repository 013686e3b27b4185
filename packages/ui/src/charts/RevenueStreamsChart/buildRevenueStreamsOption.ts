import type { Granularity, RevenueStreamsResult } from '@lago-analytics/core'
import type { EChartsCoreOption } from 'echarts/core'
import type { ChartTheme } from '../../theme/chartTheme.ts'
import { largeSeriesOptions, periodAxis, textStyle, valueAxis } from '../shared/axes.ts'
import type { ChartFormatters } from '../shared/chartFormatters.ts'
import { fadePartialBars, splitPartialLines } from '../shared/partialPeriods.ts'
import {
  DEFAULT_REVENUE_STREAMS_LABELS,
  revenueStreamsSeries,
  type RevenueStreamsLabels,
} from './revenueStreamsSeries.ts'

/**
 * Revenue streams: gross streams stacked above zero, contra items (coupons, credit notes,
 * credits…) stacked below it, and the net revenue line.
 */
export function buildRevenueStreamsOption(
  result: RevenueStreamsResult,
  granularity: Granularity,
  theme: ChartTheme,
  formatters: ChartFormatters,
  options: { animation: boolean; labels?: RevenueStreamsLabels | undefined },
): EChartsCoreOption {
  const { data, roles } = revenueStreamsSeries(
    result,
    granularity,
    theme,
    options.labels ?? DEFAULT_REVENUE_STREAMS_LABELS,
  )
  const count = data.periods.length
  // The net line solid up to the last complete period, dashed into the partial ones.
  const split = splitPartialLines(
    data.series.map((s, i) => {
      const values = s.values.map((v) => (v === null ? null : formatters.toChart(v)))
      return roles[i] === 'net'
        ? {
            id: s.key,
            name: s.name,
            type: 'line',
            data: values,
            color: s.color,
            symbol: 'circle',
            symbolSize: 6,
            z: 3,
            lineStyle: { width: 2.5 },
            ...largeSeriesOptions(count, 'line'),
          }
        : {
            id: s.key,
            name: s.name,
            type: 'bar',
            stack: 'revenue',
            // Partial periods (figures can still change) faded.
            data: fadePartialBars(values, data.periods),
            color: s.color,
            barMaxWidth: 36,
            emphasis: { focus: 'series' },
            ...largeSeriesOptions(count, 'bar'),
          }
    }),
    data.periods,
  )
  return {
    animation: options.animation && count <= 2000,
    textStyle: textStyle(theme),
    grid: { left: 8, right: 16, top: 16, bottom: 14 },
    xAxis: periodAxis(theme, data.periods, granularity, formatters),
    yAxis: valueAxis(theme, formatters),
    series: [...split.series, ...split.continuations],
  }
}
