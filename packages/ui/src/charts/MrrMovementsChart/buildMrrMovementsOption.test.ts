// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { DARK_CHART_THEME, LIGHT_CHART_THEME } from '../../theme/chartTheme.ts'
import { createChartFormatters } from '../shared/chartFormatters.ts'
import { mrrMovements } from '../testing/fixtures.ts'
import { spaces, ssr } from '../testing/ssr.ts'
import { buildMrrMovementsOption } from './buildMrrMovementsOption.ts'
import { mrrMovementsModel } from './mrrMovementsModel.ts'

type Bar = { value: number; itemStyle: { color: string } }
type Series = { id: string; data: (number | Bar)[] }

describe('buildMrrMovementsOption', () => {
  const { waterfall } = mrrMovements()
  const f = createChartFormatters({ locale: 'en-US', currency: 'USD' })

  it('floats movements on an invisible base from starting to ending MRR', () => {
    const option = buildMrrMovementsOption(waterfall, LIGHT_CHART_THEME, f, { animation: false })
    const [base, bars] = option.series as Series[]
    expect(base?.data).toEqual([0, 10000, 12000, 12200, 11500, 0])
    expect((bars?.data as Bar[]).map((bar) => bar.value)).toEqual([
      10000, 2000, 500, 300, 700, 11500,
    ])
    expect((bars?.data as Bar[]).map((bar) => bar.itemStyle.color)).toEqual([
      LIGHT_CHART_THEME.total,
      LIGHT_CHART_THEME.positive,
      LIGHT_CHART_THEME.positive,
      LIGHT_CHART_THEME.negative,
      LIGHT_CHART_THEME.negative,
      LIGHT_CHART_THEME.total,
    ])
    // base + bar reaches the running MRR after each step
    expect((base?.data[4] as number) + (bars?.data[4] as Bar).value).toBe(12200)
  })

  it('renders labels and axis to SVG in the locale', () => {
    const fr = createChartFormatters({ locale: 'fr-FR', currency: 'USD' })
    const svg = spaces(
      ssr(buildMrrMovementsOption(waterfall, DARK_CHART_THEME, fr, { animation: false })),
    )
    // Every step is labelled (no label dropped for overlap); long names wrap onto two lines.
    for (const word of ['Starting', 'New', 'Expansion', 'Contraction', 'Churn', 'Ending']) {
      expect(svg).toContain(`>${word}`)
    }
    expect(svg).toContain('12 k $US')
    expect(svg).toContain('-700 $US')
    expect(svg).toContain(DARK_CHART_THEME.positive)
  })

  it('describes, tooltips and tabulates the same steps', () => {
    const model = mrrMovementsModel(waterfall, LIGHT_CHART_THEME, f)
    expect(model.describe(1, 4)).toBe('Churn: -$700.00, MRR after $11,500.00')
    expect(model.tooltip(1, 1).rows.map((r) => r.value)).toEqual(['+$2,000.00', '$12,000.00'])
    expect(model.table().rows).toEqual([
      ['Starting MRR', 1_000_000, 1_000_000],
      ['New', 200_000, 1_200_000],
      ['Expansion', 50_000, 1_250_000],
      ['Contraction', -30_000, 1_220_000],
      ['Churn', -70_000, 1_150_000],
      ['Ending MRR', 1_150_000, 1_150_000],
    ])
  })
})
