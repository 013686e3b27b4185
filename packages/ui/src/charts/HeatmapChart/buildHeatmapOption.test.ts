// @vitest-environment node
import { pivotByTime } from '@lago-analytics/core'
import { describe, expect, it } from 'vitest'
import { LIGHT_CHART_THEME } from '../../theme/chartTheme.ts'
import { createChartFormatters } from '../shared/chartFormatters.ts'
import { HOSTILE, planCountryPivot } from '../testing/fixtures.ts'
import { spaces, ssr } from '../testing/ssr.ts'
import { buildHeatmapOption, heatColor } from './buildHeatmapOption.ts'
import { heatmapModel } from './heatmapModel.ts'

type Cell = { value: [number, number, number]; itemStyle: { color: string } }

describe('buildHeatmapOption', () => {
  const f = createChartFormatters({ locale: 'en-US', currency: 'EUR' })

  it('one series per row, cells coloured from low to high, zero cells empty', () => {
    const data = planCountryPivot()
    const option = buildHeatmapOption(data, LIGHT_CHART_THEME, f, { animation: false })
    const series = option.series as { data: Cell[] }[]
    expect(series).toHaveLength(2)
    expect(series[0]?.data.map((c) => c.value)).toEqual([
      [0, 0, 100],
      [1, 0, 50],
    ])
    expect(series[0]?.data[0]?.itemStyle.color).toBe(LIGHT_CHART_THEME.heatmapHigh.toLowerCase())
    expect(series[1]?.data[1]?.itemStyle.color).toBe(LIGHT_CHART_THEME.heatmapEmpty)
    expect(heatColor(50, 100, LIGHT_CHART_THEME)).not.toBe(heatColor(100, 100, LIGHT_CHART_THEME))
  })

  it('renders to SVG with escaped row labels', () => {
    const svg = ssr(
      buildHeatmapOption(planCountryPivot(), LIGHT_CHART_THEME, f, { animation: false }),
    )
    expect(svg).toContain('<path')
    expect(svg).not.toContain('<img')
    expect(svg).toContain('&lt;img src=x')
    expect(svg).toContain('Pro')
    expect(svg.toLowerCase()).toContain(`fill="${LIGHT_CHART_THEME.heatmapHigh.toLowerCase()}"`)
    expect(svg).toContain(`fill="${LIGHT_CHART_THEME.heatmapEmpty}"`)
  })

  it('formats time columns of a pivotByTime in the locale, and tabulates totals', () => {
    const data = pivotByTime(
      [
        { startOfPeriodDt: '2026-01-01', endOfPeriodDt: '2026-01-31', metric: 'api', cents: 100 },
        { startOfPeriodDt: '2026-02-01', endOfPeriodDt: '2026-02-28', metric: 'api', cents: 300 },
        { startOfPeriodDt: '2026-02-01', endOfPeriodDt: '2026-02-28', metric: 'seats', cents: 50 },
      ],
      {
        range: { from: '2026-01-01', to: '2026-02-28' },
        granularity: 'month',
        now: new Date('2026-06-01T00:00:00Z'),
        row: (r) => r.metric,
        value: (r) => r.cents,
      },
    )
    const de = createChartFormatters({ locale: 'de-DE', currency: 'EUR' })
    const svg = spaces(
      ssr(
        buildHeatmapOption(data, LIGHT_CHART_THEME, de, { animation: false, granularity: 'month' }),
      ),
    )
    expect(svg).toContain('Feb. 2026')
    const model = heatmapModel(data, LIGHT_CHART_THEME, de, { granularity: 'month' })
    expect(spaces(model.describe(0, 1))).toBe('api, Februar 2026: 3,00 €')
    expect(model.table().rows).toEqual([
      ['api', 100, 300, 400],
      ['seats', 0, 50, 50],
    ])
    expect(model.table().totals).toEqual(['Total', 100, 350, 450])
    expect(HOSTILE).toContain('<img')
  })
})
