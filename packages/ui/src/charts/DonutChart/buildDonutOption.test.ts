// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { LIGHT_CHART_THEME } from '../../theme/chartTheme.ts'
import { breakdownModel } from '../BreakdownChart/breakdownModel.ts'
import { createChartFormatters } from '../shared/chartFormatters.ts'
import { customerBreakdown, HOSTILE } from '../testing/fixtures.ts'
import { ssr } from '../testing/ssr.ts'
import { buildDonutOption } from './buildDonutOption.ts'

describe('buildDonutOption', () => {
  const data = customerBreakdown()
  const f = createChartFormatters({ locale: 'en-US', currency: 'EUR' })

  it('slices are the breakdown items in palette colours, Other muted', () => {
    const option = buildDonutOption(data, LIGHT_CHART_THEME, f, { animation: false })
    const [series] = option.series as { data: { value: number; itemStyle: { color: string } }[] }[]
    expect(series?.data.map((d) => d.value)).toEqual([5000, 3000, 2000])
    expect(series?.data.map((d) => d.itemStyle.color)).toEqual([
      LIGHT_CHART_THEME.palette[0],
      LIGHT_CHART_THEME.palette[1],
      LIGHT_CHART_THEME.other,
    ])
  })

  it('escapes hostile names in slice labels rendered to SVG', () => {
    const svg = ssr(
      buildDonutOption(data, LIGHT_CHART_THEME, f, { animation: false, labels: true }),
    )
    expect(svg).toContain('<path')
    expect(svg).not.toContain('<img')
    expect(svg).toContain('&lt;img src=x onerror=alert(1)')
    expect(svg).toContain('Acme · 50%')
  })

  it('legend lists names with shares, as text', () => {
    const model = breakdownModel(data, LIGHT_CHART_THEME, f, { hover: 'item', single: false })
    expect(model.legend.map((item) => item.name)).toEqual([
      'Acme · 50%',
      `${HOSTILE} · 30%`,
      'Other · 20%',
    ])
  })
})
