// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { DARK_CHART_THEME, LIGHT_CHART_THEME } from '../../theme/chartTheme.ts'
import { sameHue } from '../shared/colors.ts'
import { createChartFormatters } from '../shared/chartFormatters.ts'
import { revenueStreams } from '../testing/fixtures.ts'
import { ssr } from '../testing/ssr.ts'
import { timeSeriesModel } from '../TimeSeriesChart/timeSeriesModel.ts'
import { buildRevenueStreamsOption } from './buildRevenueStreamsOption.ts'
import { revenueStreamsSeries } from './revenueStreamsSeries.ts'

type Series = { id: string; type: string; stack?: string; data: (number | null)[] }

describe('buildRevenueStreamsOption', () => {
  const f = createChartFormatters({ locale: 'en-US', currency: 'EUR' })
  const option = buildRevenueStreamsOption(revenueStreams(), 'month', LIGHT_CHART_THEME, f, {
    animation: false,
  })
  const series = option.series as Series[]

  it('stacks gross streams above zero, contra items below, and draws net as a line', () => {
    expect(series.map((s) => [s.id, s.type, s.stack ?? null])).toEqual([
      ['gross.subscription', 'bar', 'revenue'],
      ['gross.usageBased', 'bar', 'revenue'],
      ['contra.coupons', 'bar', 'revenue'],
      ['contra.creditNotes', 'bar', 'revenue'],
      ['net', 'line', null],
    ])
    expect(series[0]?.data).toEqual([1000, 1200])
    expect(series[2]?.data).toEqual([-50, -20])
    expect(series[4]?.data).toEqual([1190, 1470])
  })

  it('stacks add up to gross and net (gross − contra)', () => {
    const sum = (ids: string[], i: number) =>
      series.filter((s) => ids.includes(s.id)).reduce((t, s) => t + (s.data[i] ?? 0), 0)
    expect(sum(['gross.subscription', 'gross.usageBased'], 0)).toBe(1250)
    expect(
      sum(['gross.subscription', 'gross.usageBased', 'contra.coupons', 'contra.creditNotes'], 0),
    ).toBe(series[4]?.data[0])
  })

  it('no gross stream takes the hue of the contra items (the decrease colour), in either theme', () => {
    const streams = revenueStreams()
    const everyStream = {
      ...streams,
      points: streams.points.map((point) => ({
        ...point,
        gross: { subscription: 1, usageBased: 1, commitment: 1, oneOff: 1, other: 1, total: 5 },
      })),
    }
    for (const theme of [LIGHT_CHART_THEME, DARK_CHART_THEME]) {
      const { data, roles } = revenueStreamsSeries(everyStream, 'month', theme)
      const gross = data.series.filter((_, i) => roles[i] === 'gross')
      expect(gross).toHaveLength(5)
      const colors = gross.map((s) => s.color as string)
      expect(new Set(colors).size).toBe(5)
      for (const color of colors) expect(sameHue(color, theme.negative), color).toBe(false)
    }
  })

  it("fades the partial period's bars and dashes the net line into it", () => {
    const streams = revenueStreams()
    const partial = {
      ...streams,
      points: streams.points.map((point, index) => ({ ...point, partial: index === 1 })),
    }
    type Entry = Series & { lineStyle?: { type?: string } }
    const all = buildRevenueStreamsOption(partial, 'month', LIGHT_CHART_THEME, f, {
      animation: false,
    }).series as Entry[]
    expect(all.map((s) => s.id)).toEqual([
      'gross.subscription',
      'gross.usageBased',
      'contra.coupons',
      'contra.creditNotes',
      'net',
      'net::partial',
    ])
    expect(all[0]?.data).toEqual([1000, { value: 1200, itemStyle: { opacity: 0.45 } }])
    expect(all[4]?.data).toEqual([1190, null])
    expect(all[5]?.data).toEqual([1190, 1470])
    expect(all[5]?.lineStyle?.type).toBe('dashed')
  })

  it('renders to SVG on the server and the table carries the same numbers', () => {
    const svg = ssr(option)
    expect(svg).toContain('Jan 2026')
    expect(svg).toContain('€1.5K')
    const data = revenueStreamsSeries(revenueStreams(), 'month', LIGHT_CHART_THEME).data
    const table = timeSeriesModel(data, LIGHT_CHART_THEME, f).table()
    expect(table.rows[0]).toEqual(['January 2026', 100000, 25000, -5000, -1000, 119000])
    expect(table.totals).toEqual(['Total', 220000, 55000, -7000, -2000, 266000])
  })
})
