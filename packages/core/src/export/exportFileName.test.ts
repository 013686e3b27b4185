import { describe, expect, it } from 'vitest'
import { exportFileName } from './exportFileName.ts'

describe('exportFileName', () => {
  it('names files after dataset, currency and range', () => {
    expect(
      exportFileName({
        dataset: 'revenueStreams',
        currency: 'eur',
        range: { from: '2026-01-01', to: '2026-06-30' },
        format: 'csv',
      }),
    ).toBe('lago-revenue-streams-EUR-2026-01-01_2026-06-30.csv')
    expect(exportFileName({ dataset: 'MRR movements', format: 'xlsx' })).toBe(
      'lago-mrr-movements.xlsx',
    )
    expect(exportFileName({ dataset: 'usage', format: 'json', prefix: 'Acme Corp' })).toBe(
      'acme-corp-usage.json',
    )
  })

  it('never lets path characters through', () => {
    const name = exportFileName({
      dataset: '../../etc/passwd',
      currency: '../',
      range: { from: '../x', to: 'y' },
      format: 'csv',
    })
    expect(name).toBe('lago-etc-passwd.csv')
  })
})
