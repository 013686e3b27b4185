import { describe, expect, it } from 'vitest'
import { createTable } from './Table.ts'
import { toJson, type JsonExport } from './toJson.ts'

describe('toJson', () => {
  const table = createTable({
    columns: [
      { key: 'day', header: 'Day', type: 'date' },
      { key: 'amount', header: 'Amount', type: 'money', currency: 'KWD' },
      { key: 'name', header: 'Name', type: 'string' },
      { key: 'ratio', header: 'Ratio', type: 'percent' },
    ],
    rows: [
      ['2026-01-01', 1_234_567, '=1+1', 0.5],
      ['2026-01-02', -1, null, Number.NaN],
    ],
    meta: {
      dataset: 'usage',
      currency: 'KWD',
      range: { from: '2026-01-01', to: '2026-01-31' },
      filters: { planCode: 'pro', isBillableMetricRecurring: false },
      dataAsOf: new Date('2026-02-01T00:00:00Z'),
    },
  })

  it('writes rows and metadata; money stays exact minor units', async () => {
    const progress: number[] = []
    const json = JSON.parse(
      await toJson(table, { onProgress: (done) => progress.push(done) }),
    ) as JsonExport
    expect(json).toEqual({
      dataset: 'usage',
      title: 'usage',
      currency: 'KWD',
      exponent: 3,
      range: { from: '2026-01-01', to: '2026-01-31' },
      filters: { planCode: 'pro', isBillableMetricRecurring: false },
      dataAsOf: '2026-02-01T00:00:00.000Z',
      generatedAt: null,
      columns: [
        { key: 'day', header: 'Day', type: 'date', currency: null },
        { key: 'amount', header: 'Amount', type: 'money', currency: 'KWD' },
        { key: 'name', header: 'Name', type: 'string', currency: null },
        { key: 'ratio', header: 'Ratio', type: 'percent', currency: null },
      ],
      rows: [
        // JSON is data, not a spreadsheet: text is kept verbatim.
        { day: '2026-01-01', amount: 1_234_567, name: '=1+1', ratio: 0.5 },
        { day: '2026-01-02', amount: -1, name: null, ratio: null },
      ],
    })
    expect(progress).toEqual([2])
  })

  it('pretty-prints on request, still valid JSON', async () => {
    const text = await toJson(table, { space: 2 })
    expect(text).toContain('\n  "dataset": "usage"')
    expect((JSON.parse(text) as JsonExport).rows).toHaveLength(2)
  })

  it('rejects invalid cells', async () => {
    const bad = createTable({
      columns: [{ key: 'a', header: 'A', type: 'money', currency: 'EUR' }],
      rows: [['12']],
      meta: { dataset: 'x' },
    })
    await expect(toJson(bad)).rejects.toThrow(/minor units/)
  })
})
