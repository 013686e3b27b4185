import type { EChartsCoreOption } from 'echarts/core'
import type { ChartTheme } from '../../theme/chartTheme.ts'
import { largeSeriesOptions } from '../shared/axes.ts'
import type { ChartFormatters } from '../shared/chartFormatters.ts'
import { splitPartialLines } from '../shared/partialPeriods.ts'

/**
 * A minimal trend line (no axes, no grid lines), optionally filled; dashed from the last complete
 * point into the points flagged `partial` (periods whose figures can still change).
 */
export function buildSparklineOption(
  values: readonly (number | null)[],
  theme: ChartTheme,
  formatters: ChartFormatters,
  options: {
    animation: boolean
    area?: boolean | undefined
    color?: string | undefined
    partial?: readonly boolean[] | undefined
  },
): EChartsCoreOption {
  const color = options.color ?? theme.palette[0] ?? theme.text
  const { series, continuations } = splitPartialLines(
    [
      {
        id: 'sparkline',
        type: 'line',
        data: values.map((v) => (v === null ? null : formatters.toChart(v))),
        color,
        symbol: 'none',
        lineStyle: { width: 1.5 },
        silent: true,
        ...(options.area === true ? { areaStyle: { opacity: 0.15 } } : {}),
        ...largeSeriesOptions(values.length, 'line'),
      },
    ],
    (options.partial ?? []).map((partial) => ({ partial })),
  )
  return {
    animation: options.animation,
    grid: { left: 2, right: 2, top: 2, bottom: 2 },
    xAxis: { type: 'category', show: false, boundaryGap: false, data: values.map((_, i) => i) },
    yAxis: { type: 'value', show: false, scale: true },
    series: [...series, ...continuations],
  }
}
