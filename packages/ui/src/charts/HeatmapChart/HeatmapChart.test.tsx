import type { Pivot } from '@lago-analytics/core'
import { userEvent } from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { chartRoot, expectStates, focusChart, tableView } from '../testing/expectStates.tsx'
import { HOSTILE, planCountryPivot } from '../testing/fixtures.ts'
import { renderChart, TEST_CHART_PROPS } from '../testing/render.tsx'
import { LIGHT_CHART_THEME } from '../../theme/chartTheme.ts'
import { HeatmapChart, type HeatmapChartProps } from './HeatmapChart.tsx'

/** The plan × country fixture (or `data`) in EUR, en-US. */
function renderHeatmap(data: Pivot = planCountryPivot(), props: Partial<HeatmapChartProps> = {}) {
  return renderChart(
    <HeatmapChart {...TEST_CHART_PROPS} data={data} currency="EUR" locale="en-US" {...props} />,
  )
}

const legendItems = () => [...chartRoot().querySelectorAll('[data-slot="chart-legend-item"]')]

describe('HeatmapChart', () => {
  it('renders every state', async () => {
    await expectStates(
      HeatmapChart,
      { data: planCountryPivot() },
      { data: { rows: [], columns: [], values: [], grandTotal: 0 } },
    )
  })

  it('moves across columns and rows with the arrow keys', async () => {
    renderHeatmap()
    const live = focusChart('Heatmap')
    await userEvent.keyboard('{ArrowRight}')
    expect(live()).toBe('Pro, FR: €100.00')
    await userEvent.keyboard('{ArrowRight}')
    expect(live()).toBe('Pro, DE: €50.00')
    await userEvent.keyboard('{ArrowDown}')
    expect(live()).toBe(`${HOSTILE}, DE: €0.00`)
    await userEvent.keyboard('{Home}')
    expect(live()).toBe(`${HOSTILE}, FR: €25.00`)
    expect(document.querySelector('img')).toBeNull()
    expect(chartRoot().querySelector('[data-slot="chart-tooltip"]')?.textContent).toContain(HOSTILE)
  })

  it('table view has row and column totals', async () => {
    renderHeatmap()
    expect(await tableView()).toEqual([
      ['Row↕', 'FR↕', 'DE↕', 'Total↕'],
      ['Pro', '€100.00', '€50.00', '€150.00'],
      [HOSTILE, '€25.00', '€0.00', '€25.00'],
      ['Total', '€125.00', '€50.00', '€175.00'],
    ])
  })

  it('shows its colour scale as a legend: zero, half and the largest cell, low to high', () => {
    renderHeatmap(planCountryPivot(), { theme: LIGHT_CHART_THEME })
    const items = legendItems()
    expect(items.map((item) => item.textContent)).toEqual(['€0', '€50', '€100'])
    const swatches = items.map((item) =>
      (item.querySelector('.lago-analytics-chart__swatch') as HTMLElement).style.getPropertyValue(
        '--lago-analytics-swatch',
      ),
    )
    expect(swatches[0]).toBe(LIGHT_CHART_THEME.heatmapLow)
    expect(swatches[2]).toBe(LIGHT_CHART_THEME.heatmapHigh.toLowerCase())
    expect(new Set(swatches).size).toBe(3)
  })

  it('names the middle stop in money whatever the largest cell (an odd number of cents too)', () => {
    const base = planCountryPivot()
    renderHeatmap({
      ...base,
      values: [
        [1_256_789, 5_000],
        [2_500, 0],
      ],
    })
    expect(legendItems().map((item) => item.textContent)).toEqual(['€0', '€6.3K', '€13K'])
  })
})
