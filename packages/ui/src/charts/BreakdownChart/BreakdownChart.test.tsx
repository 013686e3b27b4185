import { userEvent } from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { chartRoot, expectStates, focusChart, tableView } from '../testing/expectStates.tsx'
import { customerBreakdown, HOSTILE } from '../testing/fixtures.ts'
import { renderChart, TEST_CHART_PROPS } from '../testing/render.tsx'
import { BreakdownChart } from './BreakdownChart.tsx'

describe('BreakdownChart', () => {
  it('renders every state', async () => {
    await expectStates(
      BreakdownChart,
      { data: customerBreakdown() },
      { data: { items: [], other: null, total: 0, count: 0 } },
    )
  })

  it('escapes hostile names in the tooltip, description and table', async () => {
    renderChart(
      <BreakdownChart
        {...TEST_CHART_PROPS}
        data={customerBreakdown()}
        locale="en-US"
        label="Top customers"
      />,
    )
    const live = focusChart('Top customers')
    await userEvent.keyboard('{ArrowRight}{ArrowRight}')
    expect(live()).toBe(`${HOSTILE}: €3,000.00 (30%)`)
    const tooltip = chartRoot().querySelector('[data-slot="chart-tooltip"]') as HTMLElement
    expect(tooltip.textContent).toContain(HOSTILE)
    expect(tooltip.innerHTML).toContain('&lt;img')
    expect(chartRoot().querySelector('[data-slot="chart-description"]')?.textContent).toContain(
      `${HOSTILE}: €3,000.00 (30%)`,
    )
    expect(document.querySelector('img')).toBeNull()
    const rows = await tableView()
    expect(rows).toEqual([
      ['Name↕', 'Amount↕', 'Share↕'],
      ['Acme', '€5,000.00', '50%'],
      [HOSTILE, '€3,000.00', '30%'],
      ['Other', '€2,000.00', '20%'],
      ['Total', '€10,000.00', '100%'],
    ])
    expect(document.querySelector('img')).toBeNull()
  })
})
