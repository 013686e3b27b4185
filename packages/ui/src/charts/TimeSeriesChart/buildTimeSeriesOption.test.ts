// @vitest-environment node
import { BarChart, LineChart } from 'echarts/charts'
import { GridSimpleComponent } from 'echarts/components'
import { init, use as registerECharts, type EChartsCoreOption } from 'echarts/core'
import { SVGRenderer } from 'echarts/renderers'
import { describe, expect, it } from 'vitest'
import { LIGHT_CHART_THEME } from '../../theme/chartTheme.ts'
import { createChartFormatters } from '../shared/chartFormatters.ts'
import { revenueSeries } from '../testing/fixtures.ts'
import { buildTimeSeriesOption } from './buildTimeSeriesOption.ts'
import { timeSeriesModel } from './timeSeriesModel.ts'
import type { TimeSeriesData } from './TimeSeriesData.ts'

registerECharts([LineChart, BarChart, GridSimpleComponent, SVGRenderer])

function ssr(option: EChartsCoreOption): string {
  const chart = init(null, null, { renderer: 'svg', ssr: true, width: 640, height: 320 })
  chart.setOption(option)
  const svg = chart.renderToSVGString()
  chart.dispose()
  return svg
}

const display = { kind: 'line', stacked: false, animation: false } as const
type Series = { type: string; data: unknown[]; stack?: string; areaStyle?: unknown }
const seriesOf = (option: EChartsCoreOption) => option.series as Series[]

describe('buildTimeSeriesOption', () => {
  it('marks the partial (current) bucket on the axis with *', () => {
    const f = createChartFormatters({ locale: 'en-US', currency: 'EUR' })
    const base = revenueSeries()
    const data = {
      ...base,
      periods: base.periods.map((period, index) => ({
        ...period,
        partial: index === base.periods.length - 1,
      })),
    }
    const option = buildTimeSeriesOption(data, LIGHT_CHART_THEME, f, display)
    const formatter = (
      option.xAxis as { axisLabel: { formatter: (value: string, index: number) => string } }
    ).axisLabel.formatter
    expect(formatter('', 0).endsWith('*')).toBe(false)
    expect(formatter('', 2)).toMatch(/ \*$/)
    expect(ssr(option)).toContain('Mar 2026 *')
  })

  it('draws partial periods as not over yet: faded bars, a dashed last stretch of separate lines', () => {
    const f = createChartFormatters({ locale: 'en-US', currency: 'EUR' })
    const base = revenueSeries()
    const data = {
      ...base,
      periods: base.periods.map((period, index) => ({ ...period, partial: index === 2 })),
    }
    type Line = Series & { id: string; lineStyle?: { type?: string }; silent?: boolean }
    const line = seriesOf(buildTimeSeriesOption(data, LIGHT_CHART_THEME, f, display)) as Line[]
    expect(line.map((s) => s.id)).toEqual([
      'subscription',
      'usage',
      'subscription::partial',
      'usage::partial',
    ])
    expect(line[0]?.data).toEqual([1200, 1500.5, null])
    expect(line[2]?.data).toEqual([null, 1500.5, 999.99])
    expect(line[2]?.lineStyle?.type).toBe('dashed')
    expect(line[2]?.silent).toBe(true)
    // A gap before the partial period leaves the continuation a lone point.
    expect(line[3]?.data).toEqual([null, null, 75])

    const bars = seriesOf(
      buildTimeSeriesOption(data, LIGHT_CHART_THEME, f, { ...display, kind: 'bar' }),
    )
    expect(bars).toHaveLength(2)
    expect(bars[0]?.data).toEqual([1200, 1500.5, { value: 999.99, itemStyle: { opacity: 0.45 } }])

    const stacked = seriesOf(
      buildTimeSeriesOption(data, LIGHT_CHART_THEME, f, {
        ...display,
        kind: 'area',
        stacked: true,
      }),
    )
    expect(stacked).toHaveLength(2)
    expect(stacked[0]?.data).toEqual([1200, 1500.5, 999.99])
    expect(ssr(buildTimeSeriesOption(data, LIGHT_CHART_THEME, f, display))).toContain('Mar 2026 *')
  })

  it('plots money in major units and renders to SVG on the server', () => {
    const f = createChartFormatters({ locale: 'en-US', currency: 'EUR' })
    const option = buildTimeSeriesOption(revenueSeries(), LIGHT_CHART_THEME, f, display)
    expect(seriesOf(option)[0]?.data).toEqual([1200, 1500.5, 999.99])
    expect(seriesOf(option)[1]?.data).toEqual([50, null, 75])
    const svg = ssr(option)
    expect(svg.startsWith('<svg')).toBe(true)
    expect(svg).toContain('Jan 2026')
    expect(svg).toContain('€1.5K')
    expect(svg).toContain('<path')
  })

  it('stacks areas and groups or stacks bars', () => {
    const f = createChartFormatters({ locale: 'en-US' })
    const area = seriesOf(
      buildTimeSeriesOption(revenueSeries(), LIGHT_CHART_THEME, f, {
        ...display,
        kind: 'area',
        stacked: true,
      }),
    )
    expect(area.map((s) => [s.type, s.stack, s.areaStyle !== undefined])).toEqual([
      ['line', 'total', true],
      ['line', 'total', true],
    ])
    const grouped = seriesOf(
      buildTimeSeriesOption(revenueSeries(), LIGHT_CHART_THEME, f, { ...display, kind: 'bar' }),
    )
    expect(grouped.map((s) => [s.type, s.stack])).toEqual([
      ['bar', undefined],
      ['bar', undefined],
    ])
  })

  it('draws comparison series dashed in the colour of their series', () => {
    const data: TimeSeriesData = {
      ...revenueSeries(),
      comparisons: [
        {
          key: 'prev',
          of: 'subscription',
          name: 'Previous period',
          baseline: 'period',
          values: [1, 2, 3],
        },
      ],
    }
    const f = createChartFormatters({ locale: 'en-US' })
    const series = buildTimeSeriesOption(data, LIGHT_CHART_THEME, f, display).series as {
      color: string
      lineStyle?: { type: string }
    }[]
    expect(series).toHaveLength(3)
    expect(series[2]?.lineStyle?.type).toBe('dashed')
    expect(series[2]?.color).toBe(series[0]?.color)
    expect(ssr(buildTimeSeriesOption(data, LIGHT_CHART_THEME, f, display))).toContain(
      'stroke-dasharray',
    )
  })

  it.each([
    ['fr-FR', '1,5 k €', 'janv. 2026', '1 500,50 €'],
    ['de-DE', '1500 €', 'Jan. 2026', '1.500,50 €'],
    ['ja-JP', '€1500', '2026年1月', '€1,500.50'],
  ])('formats axes and tooltips for %s', (locale, axisLabel, month, tooltipValue) => {
    const f = createChartFormatters({ locale, currency: 'EUR' })
    const data = revenueSeries()
    const svg = ssr(buildTimeSeriesOption(data, LIGHT_CHART_THEME, f, display))
    const normalize = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ')
    expect(normalize(svg)).toContain(axisLabel)
    expect(normalize(svg)).toContain(month)
    const tooltip = timeSeriesModel(data, LIGHT_CHART_THEME, f).tooltip(0, 1)
    expect(normalize(tooltip.rows[0]?.value ?? '')).toBe(tooltipValue)
  })

  it('switches 100k-point series to sampling, large and progressive modes', () => {
    const n = 100_000
    const periods = Array.from({ length: n }, (_, i) => {
      const day = new Date(Date.UTC(1800, 0, 1) + i * 86_400_000).toISOString().slice(0, 10)
      return { bucket: { start: day, end: day } }
    })
    const values = Array.from({ length: n }, (_, i) => Math.round(Math.sin(i / 100) * 1000))
    const data: TimeSeriesData = {
      granularity: 'day',
      periods,
      series: [{ key: 'usage', name: 'Usage', values }],
    }
    const f = createChartFormatters({ locale: 'en-US' })
    const started = performance.now()
    const line = buildTimeSeriesOption(data, LIGHT_CHART_THEME, f, { ...display, animation: true })
    expect(performance.now() - started).toBeLessThan(1000)
    expect(line.animation).toBe(false)
    expect(line.series).toEqual([
      expect.objectContaining({ sampling: 'lttb', showSymbol: false, progressive: 5000 }),
    ])
    const bar = buildTimeSeriesOption(data, LIGHT_CHART_THEME, f, { ...display, kind: 'bar' })
    expect(bar.series).toEqual([expect.objectContaining({ large: true, progressive: 5000 })])
    const svg = ssr(line)
    expect(svg.length).toBeLessThan(2_000_000)
  })
})
