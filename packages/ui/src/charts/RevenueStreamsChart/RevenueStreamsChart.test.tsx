import { userEvent } from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { expectStates, focusChart, tableView } from '../testing/expectStates.tsx'
import { revenueStreams } from '../testing/fixtures.ts'
import { renderChart, TEST_CHART_PROPS } from '../testing/render.tsx'
import { RevenueStreamsChart } from './RevenueStreamsChart.tsx'

const empty = { ...revenueStreams(), points: [] }

describe('RevenueStreamsChart', () => {
  it('renders every state', async () => {
    await expectStates(RevenueStreamsChart, { data: revenueStreams() }, { data: empty })
  })

  it('table view matches the chart: streams, contra (negative) and net, with totals', async () => {
    renderChart(
      <RevenueStreamsChart {...TEST_CHART_PROPS} data={revenueStreams()} locale="en-US" />,
    )
    expect(await tableView()).toEqual([
      [
        'Period↕',
        'Subscription fees↕',
        'Usage-based fees↕',
        'Coupons↕',
        'Credit notes↕',
        'Net revenue↕',
      ],
      ['January 2026', '€1,000.00', '€250.00', '-€50.00', '-€10.00', '€1,190.00'],
      ['February 2026', '€1,200.00', '€300.00', '-€20.00', '-€10.00', '€1,470.00'],
      ['Total', '€2,200.00', '€550.00', '-€70.00', '-€20.00', '€2,660.00'],
    ])
  })

  it('announces stream values with the keyboard, in the locale', async () => {
    renderChart(
      <RevenueStreamsChart
        {...TEST_CHART_PROPS}
        data={revenueStreams()}
        locale="fr-FR"
        label="Revenus"
      />,
    )
    const live = focusChart('Revenus')
    await userEvent.keyboard('{ArrowRight}{ArrowUp}')
    expect(live()?.replace(/[\u00a0\u202f]/g, ' ')).toBe('Net revenue, janvier 2026: 1 190,00 €')
  })
})
