import { userEvent } from '@testing-library/user-event'
import { mrrWaterfall } from '@lago-analytics/core'
import { describe, expect, it } from 'vitest'
import { expectStates, focusChart, tableView } from '../testing/expectStates.tsx'
import { mrrMovements } from '../testing/fixtures.ts'
import { renderChart, TEST_CHART_PROPS } from '../testing/render.tsx'
import { MrrMovementsChart } from './MrrMovementsChart.tsx'

const zero = mrrWaterfall({
  ...mrrMovements().summary,
  starting: 0,
  new: 0,
  expansion: 0,
  contraction: 0,
  churn: 0,
  ending: 0,
})

describe('MrrMovementsChart', () => {
  it('renders every state', async () => {
    await expectStates(
      MrrMovementsChart,
      { data: mrrMovements() },
      { data: { currency: 'USD', waterfall: zero } },
    )
  })

  it('table view lists the same steps and running MRR', async () => {
    renderChart(<MrrMovementsChart {...TEST_CHART_PROPS} data={mrrMovements()} locale="en-US" />)
    expect(await tableView()).toEqual([
      ['Movement↕', 'Amount↕', 'MRR after↕'],
      ['Starting MRR', '$10,000.00', '$10,000.00'],
      ['New', '$2,000.00', '$12,000.00'],
      ['Expansion', '$500.00', '$12,500.00'],
      ['Contraction', '-$300.00', '$12,200.00'],
      ['Churn', '-$700.00', '$11,500.00'],
      ['Ending MRR', '$11,500.00', '$11,500.00'],
    ])
  })

  it('arrow keys walk the waterfall and announce signed movements', async () => {
    renderChart(<MrrMovementsChart {...TEST_CHART_PROPS} data={mrrMovements()} locale="en-US" />)
    const live = focusChart('MRR movements')
    await userEvent.keyboard('{ArrowRight}')
    expect(live()).toBe('Starting MRR: $10,000.00')
    await userEvent.keyboard('{ArrowRight}')
    expect(live()).toBe('New: +$2,000.00, MRR after $12,000.00')
    await userEvent.keyboard('{End}')
    expect(live()).toBe('Ending MRR: $11,500.00')
  })
})
