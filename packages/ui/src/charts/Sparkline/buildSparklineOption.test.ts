// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { LIGHT_CHART_THEME } from '../../theme/chartTheme.ts'
import { createChartFormatters } from '../shared/chartFormatters.ts'
import { ssr } from '../testing/ssr.ts'
import { buildSparklineOption } from './buildSparklineOption.ts'
import { sparklineModel } from './sparklineModel.ts'

describe('buildSparklineOption', () => {
  const f = createChartFormatters({ locale: 'en-US', currency: 'JPY' })

  it('draws a bare line in major units with no axes', () => {
    const option = buildSparklineOption([100, null, 300], LIGHT_CHART_THEME, f, {
      animation: false,
    })
    expect((option.series as { data: unknown[] }[])[0]?.data).toEqual([100, null, 300])
    expect((option.xAxis as { show: boolean }).show).toBe(false)
    const svg = ssr(option, 120, 40)
    expect(svg).toContain('<path')
    expect(svg).not.toContain('<text')
  })

  it('dashes the line into the partial points (solid up to the last complete one)', () => {
    const option = buildSparklineOption([100, 200, 300, 40], LIGHT_CHART_THEME, f, {
      animation: false,
      partial: [false, false, false, true],
    })
    const series = option.series as { id: string; data: unknown[]; lineStyle: { type?: string } }[]
    expect(series.map((s) => s.id)).toEqual(['sparkline', 'sparkline::partial'])
    expect(series[0]?.data).toEqual([100, 200, 300, null])
    expect(series[1]?.data).toEqual([null, null, 300, 40])
    expect(series[1]?.lineStyle.type).toBe('dashed')
    expect(ssr(option, 120, 40)).toContain('stroke-dasharray')
    const whole = buildSparklineOption([100, 200], LIGHT_CHART_THEME, f, { animation: false })
    expect(whole.series as unknown[]).toHaveLength(1)
  })

  it('summarises first, last, low and high with the currency exponent (JPY: 0)', () => {
    expect(sparklineModel([100, null, 50, 300], f).summary).toBe(
      'Trend from ¥100 to ¥300; low ¥50, high ¥300.',
    )
  })
})
