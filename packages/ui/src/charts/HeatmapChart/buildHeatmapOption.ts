import type { Granularity, Pivot, TimePivot } from '@lago-analytics/core'
import type { EChartsCoreOption } from 'echarts/core'
import type { ChartTheme } from '../../theme/chartTheme.ts'
import { categoryAxis, textStyle } from '../shared/axes.ts'
import type { ChartFormatters } from '../shared/chartFormatters.ts'
import { mixColors } from '../shared/colors.ts'
import { pivotColumnLabels, pivotMax } from './heatmapCells.ts'

/** The cell colour of a value: empty for zero, else from the low to the high theme colour. */
export function heatColor(value: number, max: number, theme: ChartTheme): string {
  if (value === 0 || max === 0) return theme.heatmapEmpty
  return mixColors(theme.heatmapLow, theme.heatmapHigh, Math.abs(value) / max)
}

/**
 * A heatmap of a pivot: dimension × time (`pivotByTime`) or dimension × dimension (`pivot`).
 * One ECharts series per pivot row (so Up/Down move between rows and Left/Right between
 * columns). Cells are coloured here; ECharts requires a `visualMap` for heatmaps, so the
 * minimal `cellColors` one (cellColorsComponent.ts) is declared, which sets no colour.
 */
export function buildHeatmapOption(
  pivot: Pivot | TimePivot,
  theme: ChartTheme,
  formatters: ChartFormatters,
  options: { animation: boolean; granularity?: Granularity | undefined },
): EChartsCoreOption {
  const max = pivotMax(pivot)
  const columns = pivotColumnLabels(pivot, formatters, options.granularity, 'short')
  return {
    animation: options.animation,
    textStyle: textStyle(theme),
    grid: { left: 8, right: 8, top: 8, bottom: 14 },
    xAxis: categoryAxis(
      theme,
      pivot.columns.map((column) => `c:${column.key}`),
      (_value, index) => columns[index] ?? '',
      { splitArea: { show: false } },
    ),
    yAxis: categoryAxis(
      theme,
      pivot.rows.map((row) => `r:${row.key}`),
      (_value, index) => pivot.rows[index]?.label ?? '',
      {
        inverse: true,
        axisLabel: {
          color: theme.text,
          width: 140,
          overflow: 'truncate',
          formatter: (_value: string, index: number) => pivot.rows[index]?.label ?? '',
        },
      },
    ),
    visualMap: { type: 'cellColors' },
    series: pivot.rows.map((row, r) => ({
      id: `r:${row.key}`,
      type: 'heatmap',
      itemStyle: { borderColor: theme.background, borderWidth: 1 },
      emphasis: { itemStyle: { borderColor: theme.text, borderWidth: 2 } },
      data: (pivot.values[r] ?? []).map((value, c) => ({
        value: [c, r, formatters.toChart(value)],
        itemStyle: { color: heatColor(value, max, theme) },
      })),
    })),
  }
}
