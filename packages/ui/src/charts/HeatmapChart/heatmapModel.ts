import type { Granularity, Pivot, TimePivot } from '@lago-analytics/core'
import type { Cell } from '@lago-analytics/core/export'
import type { ChartTheme } from '../../theme/chartTheme.ts'
import type { ChartFormatters } from '../shared/chartFormatters.ts'
import type { ChartModel } from '../shared/ChartModel.ts'
import { heatColor } from './buildHeatmapOption.ts'
import { pivotColumnLabels, pivotMax } from './heatmapCells.ts'

/** Text, 2-D keyboard navigation and table (with row and column totals) of a heatmap. */
export function heatmapModel(
  pivot: Pivot | TimePivot,
  theme: ChartTheme,
  formatters: ChartFormatters,
  options: { granularity?: Granularity | undefined; total?: string | undefined } = {},
): ChartModel {
  const total = options.total ?? 'Total'
  const columns = pivotColumnLabels(pivot, formatters, options.granularity, 'long')
  const max = pivotMax(pivot)
  const value = (r: number, c: number) => pivot.values[r]?.[c] ?? 0
  const describe = (r: number, c: number) =>
    `${pivot.rows[r]?.label ?? ''}, ${columns[c] ?? ''}: ${formatters.value(value(r, c))}`
  let peak = { r: -1, c: -1, v: -Infinity }
  pivot.values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v > peak.v) peak = { r, c, v }
    }),
  )
  return {
    empty: pivot.rows.length === 0 || pivot.columns.length === 0 || max === 0,
    summary:
      `${pivot.rows.length} × ${pivot.columns.length}. ${total}: ${formatters.value(pivot.grandTotal)}.` +
      (peak.r < 0 ? '' : ` Highest: ${describe(peak.r, peak.c)}.`),
    // The colour scale, low to high: three stops named with the axis' compact format (whole minor
    // units: money formatters take nothing else).
    legend:
      max === 0
        ? []
        : [0, Math.round(max / 2), max].map((stop, i) => ({
            key: `scale-${i}`,
            name: formatters.axis(formatters.toChart(stop)),
            color: stop === 0 ? theme.heatmapLow : heatColor(stop, max, theme),
          })),
    legendToggles: false,
    hover: 'item',
    navSeries: pivot.rows.map((_, r) => r),
    length: () => pivot.columns.length,
    describe,
    tooltip(r, c) {
      return {
        title: pivot.rows[r]?.label ?? '',
        rows: [
          {
            key: 'cell',
            name: columns[c] ?? '',
            value: formatters.value(value(r, c)),
            color: heatColor(value(r, c), max, theme),
          },
        ],
      }
    },
    table() {
      return {
        columns: [
          { key: '__row__', header: 'Row', type: 'string' },
          ...pivot.columns.map((column, c) =>
            formatters.column(`c:${column.key}`, columns[c] ?? ''),
          ),
          formatters.column('__total__', total),
        ],
        rows: pivot.rows.map((row, r): Cell[] => [
          row.label,
          ...pivot.columns.map((_, c) => value(r, c)),
          row.total,
        ]),
        totals: [total, ...pivot.columns.map((column) => column.total), pivot.grandTotal],
      }
    },
  }
}
