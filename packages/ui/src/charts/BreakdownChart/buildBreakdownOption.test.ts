// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { LIGHT_CHART_THEME } from '../../theme/chartTheme.ts'
import { createChartFormatters } from '../shared/chartFormatters.ts'
import { customerBreakdown, HOSTILE } from '../testing/fixtures.ts'
import { spaces, ssr } from '../testing/ssr.ts'
import { breakdownModel } from './breakdownModel.ts'
import { buildBreakdownOption } from './buildBreakdownOption.ts'

type Series = {
  data: { value: number; itemStyle: { color: string } }[]
  label: { formatter: (p: { dataIndex: number }) => string }
}

describe('buildBreakdownOption', () => {
  const data = customerBreakdown()
  const f = createChartFormatters({ locale: 'en-US', currency: 'EUR' })
  const option = buildBreakdownOption(data, LIGHT_CHART_THEME, f, { animation: false })
  const [series] = option.series as Series[]

  it('draws top-N then a muted Other, with value and share labels', () => {
    expect(series?.data.map((d) => d.value)).toEqual([5000, 3000, 2000])
    expect(series?.data[2]?.itemStyle.color).toBe(LIGHT_CHART_THEME.other)
    expect(series?.label.formatter({ dataIndex: 0 })).toBe('€5K · 50%')
    expect(series?.label.formatter({ dataIndex: 2 })).toBe('€2K · 20%')
  })

  it('escapes hostile names in the rendered SVG axis labels', () => {
    const svg = ssr(option)
    expect(svg).not.toContain('<img')
    expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(svg).toContain('Acme')
    expect(svg).toContain('Other')
  })

  it('builds the table with shares and a total row from the same numbers', () => {
    const table = breakdownModel(data, LIGHT_CHART_THEME, f, {
      hover: 'axis-y',
      single: true,
    }).table()
    expect(table.rows).toEqual([
      ['Acme', 500000, 0.5],
      [HOSTILE, 300000, 0.3],
      ['Other', 200000, 0.2],
    ])
    expect(table.totals).toEqual(['Total', 1000000, 1])
  })

  it('formats compact money on the axis per locale', () => {
    for (const [locale, expected] of [
      ['fr-FR', '5 k €'],
      ['ja-JP', '€5000'],
    ] as const) {
      const svg = spaces(
        ssr(
          buildBreakdownOption(
            data,
            LIGHT_CHART_THEME,
            createChartFormatters({ locale, currency: 'EUR' }),
            {
              animation: false,
            },
          ),
        ),
      )
      expect(svg).toContain(expected)
    }
  })
})
