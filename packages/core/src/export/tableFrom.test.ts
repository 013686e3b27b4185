import { describe, expect, it } from 'vitest'
import { breakdown } from '../transforms/breakdown.ts'
import { pivot } from '../transforms/pivot.ts'
import { tableFromBreakdown, tableFromPivot } from './tableFrom.ts'
import { toCsv } from './toCsv.ts'

describe('tables from transforms', () => {
  const rows = [
    { plan: 'pro', country: 'FR', amount: 1000 },
    { plan: 'basic', country: 'FR', amount: 250 },
    { plan: 'team', country: 'DE', amount: 50 },
  ]

  it('a breakdown with Other, as money', async () => {
    const result = breakdown(rows, { key: (r) => r.plan, value: (r) => r.amount, topN: 1 })
    const table = tableFromBreakdown(
      result,
      { dataset: 'revenueByPlan', currency: 'EUR' },
      { labelHeader: 'Plan' },
    )
    expect(table.columns.map((column) => column.type)).toEqual([
      'string',
      'string',
      'money',
      'percent',
    ])
    expect(await toCsv(table)).toBe(
      'Key,Plan,Value,Share\r\npro,pro,10.00,0.7692307692307693\r\n__other__,Other,3.00,0.23076923076923078\r\n',
    )
  })

  it('a pivot with totals', async () => {
    const result = pivot(rows, {
      row: (r) => r.plan,
      column: (r) => r.country,
      value: (r) => r.amount,
    })
    const table = tableFromPivot(
      result,
      { dataset: 'pivot', currency: 'JPY' },
      { rowHeader: 'Plan' },
    )
    expect(await toCsv(table)).toBe(
      'Plan,FR,DE,Total\r\npro,1000,0,1000\r\nbasic,250,0,250\r\nteam,0,50,50\r\nTotal,1250,50,1300\r\n',
    )
  })
})
