import { pivot, pivotByTime } from '@lago-analytics/core'
import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { PivotTable } from './PivotTable.tsx'

const texts = () =>
  screen.getAllByRole('row').map((row) => [...row.children].map((cell) => cell.textContent))

describe('PivotTable', () => {
  it('renders a dimension × dimension pivot with row and column totals in money', () => {
    const data = pivot(
      [
        { plan: 'Pro', country: 'FR', cents: 10000 },
        { plan: 'Pro', country: 'DE', cents: 5000 },
        { plan: 'Team', country: 'FR', cents: 2550 },
      ],
      { row: (r) => r.plan, column: (r) => r.country, value: (r) => r.cents },
    )
    render(
      <PivotTable pivot={data} currency="EUR" locale="en-US" rowHeader="Plan" sortable={false} />,
    )
    expect(texts()).toEqual([
      ['Plan', 'FR', 'DE', 'Total'],
      ['Pro', '€100.00', '€50.00', '€150.00'],
      ['Team', '€25.50', '€0.00', '€25.50'],
      ['Total', '€125.50', '€50.00', '€175.50'],
    ])
    expect(screen.getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual([
      'Pro',
      'Team',
      'Total',
    ])
  })

  it('labels time columns in the locale for pivotByTime', () => {
    const data = pivotByTime(
      [
        { startOfPeriodDt: '2026-01-01', endOfPeriodDt: '2026-01-31', metric: 'api', units: 1200 },
        { startOfPeriodDt: '2026-02-01', endOfPeriodDt: '2026-02-28', metric: 'api', units: 800 },
      ],
      {
        range: { from: '2026-01-01', to: '2026-02-28' },
        granularity: 'month',
        now: new Date('2026-06-01T00:00:00Z'),
        row: (r) => r.metric,
        value: (r) => r.units,
      },
    )
    render(<PivotTable pivot={data} granularity="month" locale="fr-FR" sortable={false} />)
    expect(texts().map((row) => row.map((cell) => cell?.replace(/[\u00a0\u202f]/g, ' ')))).toEqual([
      ['', 'janv. 2026', 'févr. 2026', 'Total'],
      ['api', '1 200', '800', '2 000'],
      ['Total', '1 200', '800', '2 000'],
    ])
  })
})
