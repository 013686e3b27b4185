import type { DatasetName, OverdueBalanceRow } from '@lago-analytics/client'
import { DATASET_NAMES } from '@lago-analytics/client'
import { describe, expect, it } from 'vitest'
import { revenueRow } from '../../test/rows.ts'
import { CurrencyMismatchError, InvalidTableError } from '../errors.ts'
import { createTable } from './Table.ts'
import { DATASET_COLUMNS, toTable } from './toTable.ts'

describe('toTable', () => {
  it('has columns for every client dataset', () => {
    expect(Object.keys(DATASET_COLUMNS).sort()).toEqual([...DATASET_NAMES].sort())
    for (const name of DATASET_NAMES as DatasetName[]) {
      expect(DATASET_COLUMNS[name].some((column) => column.type === 'money')).toBe(true)
    }
  })

  it('converts revenue streams with money columns in the rows’ currency', () => {
    const table = toTable(
      'revenueStreams',
      [revenueRow('2026-01-01', { subscriptionFeeAmountCents: 4200, couponsAmountCents: 200 })],
      {
        range: { from: '2026-01-01', to: '2026-01-31' },
      },
    )
    expect(table.meta).toMatchObject({ dataset: 'revenueStreams', currency: 'EUR' })
    const gross = table.columns.findIndex((column) => column.key === 'grossRevenueAmountCents')
    const net = table.columns.findIndex((column) => column.key === 'netRevenueAmountCents')
    expect(table.columns[gross]).toEqual({
      key: 'grossRevenueAmountCents',
      header: 'Gross revenue',
      type: 'money',
      currency: 'EUR',
    })
    expect(table.rows[0]![0]).toBe('2026-01-01')
    expect(table.rows[0]![gross]).toBe(4200)
    expect(table.rows[0]![net]).toBe(4000)
  })

  it('joins arrays, keeps nulls, and takes header overrides', () => {
    const row: OverdueBalanceRow = {
      month: '2026-01-01',
      currency: 'USD',
      amountCents: 5,
      lagoInvoiceIds: ['a', 'b'],
      billingEntityId: null,
    }
    const table = toTable(
      'overdueBalance',
      [row],
      {},
      { headers: { amountCents: 'Solde en retard' } },
    )
    expect(table.rows[0]).toEqual(['2026-01-01', 'USD', 5, 'a b', null])
    expect(table.columns[2]!.header).toBe('Solde en retard')
  })

  it('refuses rows in several currencies', () => {
    expect(() =>
      toTable('revenueStreams', [
        revenueRow('2026-01-01', {}),
        revenueRow('2026-02-01', { currency: 'USD' }),
      ]),
    ).toThrow(CurrencyMismatchError)
    expect(() =>
      toTable('revenueStreams', [revenueRow('2026-01-01', {})], { currency: 'JPY' }),
    ).toThrow(CurrencyMismatchError)
  })

  it('createTable checks the shape', () => {
    expect(() =>
      createTable({
        columns: [{ key: 'a', header: 'A', type: 'string' }],
        rows: [['x', 'y']],
        meta: { dataset: 'x' },
      }),
    ).toThrow(InvalidTableError)
    expect(() =>
      createTable({
        columns: [
          { key: 'a', header: 'A', type: 'string' },
          { key: 'a', header: 'B', type: 'string' },
        ],
        rows: [],
        meta: { dataset: 'x' },
      }),
    ).toThrow(/Duplicate/)
  })
})
