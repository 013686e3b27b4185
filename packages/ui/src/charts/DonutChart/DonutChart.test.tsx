import { userEvent } from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { chartRoot, expectStates, focusChart, tableView } from '../testing/expectStates.tsx'
import { customerBreakdown, HOSTILE } from '../testing/fixtures.ts'
import { renderChart, TEST_CHART_PROPS } from '../testing/render.tsx'
import { DonutChart } from './DonutChart.tsx'

describe('DonutChart', () => {
  it('renders every state', async () => {
    await expectStates(
      DonutChart,
      { data: customerBreakdown() },
      { data: { items: [], other: null, total: 0, count: 0 } },
    )
  })

  it('legend shows names as text with shares; keyboard and table agree', async () => {
    renderChart(
      <DonutChart {...TEST_CHART_PROPS} data={customerBreakdown()} locale="en-US" label="Share" />,
    )
    const legend = chartRoot().querySelector('[data-slot="chart-legend"]') as HTMLElement
    expect([...legend.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Acme · 50%',
      `${HOSTILE} · 30%`,
      'Other · 20%',
    ])
    expect(legend.querySelector('img')).toBeNull()
    const live = focusChart('Share')
    await userEvent.keyboard('{End}')
    expect(live()).toBe('Other: €2,000.00 (20%)')
    const rows = await tableView()
    expect(rows[3]).toEqual(['Other', '€2,000.00', '20%'])
  })
})
