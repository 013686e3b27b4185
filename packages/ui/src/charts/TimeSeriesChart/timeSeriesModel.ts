import type { Cell } from '@lago-analytics/core/export'
import type { ChartTheme } from '../../theme/chartTheme.ts'
import type { ChartFormatters } from '../shared/chartFormatters.ts'
import type { ChartModel, TooltipRow } from '../shared/ChartModel.ts'
import { seriesColor } from './buildTimeSeriesOption.ts'
import type { TimeSeriesData } from './TimeSeriesData.ts'

export interface TimeSeriesModelText {
  period: string
  total: string
  partial: string
  noValue: string
}

export const DEFAULT_TIME_SERIES_TEXT: TimeSeriesModelText = {
  period: 'Period',
  total: 'Total',
  partial: 'Partial period: figures can still change.',
  noValue: 'no data',
}

/**
 * Text, legend, keyboard navigation and table of a time series, consistent with
 * `buildTimeSeriesOption` (ECharts series i = `data.series[i]`, then the comparisons).
 */
export function timeSeriesModel(
  data: TimeSeriesData,
  theme: ChartTheme,
  formatters: ChartFormatters,
  text: TimeSeriesModelText = DEFAULT_TIME_SERIES_TEXT,
): ChartModel {
  const comparisons = data.comparisons ?? []
  const all = [
    ...data.series.map((s, i) => ({
      key: s.key,
      name: s.name,
      values: s.values,
      total: s.total,
      color: seriesColor(data, theme, i),
      dashed: false,
    })),
    ...comparisons.map((c) => {
      const of = data.series.findIndex((s) => s.key === c.of)
      return {
        key: c.key,
        name: c.name,
        values: c.values,
        total: undefined,
        color: of < 0 ? theme.other : seriesColor(data, theme, of),
        dashed: true,
      }
    }),
  ]
  const count = data.periods.length
  const label = (index: number, style: 'short' | 'long') => {
    const period = data.periods[index]
    return period === undefined ? '' : formatters.bucket(period.bucket, data.granularity, style)
  }
  const valueText = (value: number | null | undefined) =>
    value === null || value === undefined ? text.noValue : formatters.value(value)
  const empty = count === 0 || all.every((s) => s.values.every((v) => v === null))

  const sentences: string[] = []
  if (!empty) sentences.push(`${label(0, 'long')} – ${label(count - 1, 'long')}.`)
  for (const s of all.slice(0, 8)) {
    let max = -Infinity
    let min = Infinity
    let maxAt = -1
    let minAt = -1
    let latest: number | null = null
    s.values.forEach((value, index) => {
      if (value === null) return
      if (value > max) [max, maxAt] = [value, index]
      if (value < min) [min, minAt] = [value, index]
      latest = value
    })
    if (maxAt < 0) continue
    sentences.push(
      `${s.name}: latest ${valueText(latest)}, highest ${valueText(max)} (${label(maxAt, 'long')}), lowest ${valueText(min)} (${label(minAt, 'long')}).`,
    )
  }

  return {
    empty,
    summary: sentences.join(' '),
    legend: all.map((s) => ({ key: s.key, name: s.name, color: s.color, dashed: s.dashed })),
    legendToggles: true,
    hover: 'axis-x',
    navSeries: all.map((_, i) => i),
    length: (series) => all[series]?.values.length ?? 0,
    describe(series, index) {
      const s = all[series]
      const partial = data.periods[index]?.partial === true ? ` (${text.partial})` : ''
      return `${s?.name ?? ''}, ${label(index, 'long')}: ${valueText(s?.values[index])}${partial}`
    },
    tooltip(_series, index) {
      const rows: TooltipRow[] = all.map((s) => ({
        key: s.key,
        name: s.name,
        value: valueText(s.values[index]),
        color: s.color,
        dashed: s.dashed,
      }))
      return {
        title: label(index, 'long'),
        rows,
        note: data.periods[index]?.partial === true ? text.partial : undefined,
      }
    },
    table() {
      const columns = [
        { key: 'period', header: text.period, type: 'string' as const },
        ...all.map((s) => formatters.column(s.key, s.name)),
      ]
      const rows: Cell[][] = data.periods.map((period, index) => [
        `${label(index, 'long')}${period.partial === true ? ' *' : ''}`,
        ...all.map((s) => s.values[index] ?? null),
      ])
      if ((data.aggregate ?? 'sum') !== 'sum') return { columns, rows }
      const totals: Cell[] = [
        text.total,
        ...all.map((s) =>
          s.total !== undefined ? s.total : s.values.reduce<number>((sum, v) => sum + (v ?? 0), 0),
        ),
      ]
      return { columns, rows, totals }
    },
  }
}
