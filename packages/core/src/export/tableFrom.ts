import type { BreakdownResult } from '../transforms/breakdown.ts'
import type { Pivot } from '../transforms/pivot.ts'
import {
  createTable,
  type Cell,
  type Column,
  type ColumnType,
  type Table,
  type TableMeta,
} from './Table.ts'

/**
 * A breakdown (top-N + Other) as a table: key, label, value, share. With `currency`, values are
 * money (minor units).
 */
export function tableFromBreakdown(
  result: BreakdownResult,
  meta: TableMeta,
  options: { valueHeader?: string | undefined; labelHeader?: string | undefined } = {},
): Table {
  const money = meta.currency != null
  const columns: Column[] = [
    { key: 'key', header: 'Key', type: 'string' },
    { key: 'label', header: options.labelHeader ?? 'Name', type: 'string' },
    {
      key: 'value',
      header: options.valueHeader ?? 'Value',
      type: money ? 'money' : 'number',
      ...(money ? { currency: meta.currency } : {}),
    },
    { key: 'share', header: 'Share', type: 'percent' },
  ]
  const items = result.other === null ? result.items : [...result.items, result.other]
  const rows: Cell[][] = items.map((item) => [item.key, item.label, item.value, item.share])
  return createTable({ columns, rows, meta })
}

/**
 * A pivot as a table: one row per pivot row (label + one column per pivot column + total), and a
 * final totals row. Column keys are the pivot's column keys (bucket dates for `pivotByTime`).
 */
export function tableFromPivot(
  pivot: Pivot,
  meta: TableMeta,
  options: { rowHeader?: string | undefined } = {},
): Table {
  const money = meta.currency != null
  const valueType: ColumnType = money ? 'money' : 'number'
  const valueColumn = (key: string, header: string): Column => ({
    key,
    header,
    type: valueType,
    ...(money ? { currency: meta.currency } : {}),
  })
  const columns: Column[] = [
    { key: '__row__', header: options.rowHeader ?? '', type: 'string' },
    ...pivot.columns.map((column) => valueColumn(`c:${column.key}`, column.label)),
    valueColumn('__total__', 'Total'),
  ]
  const rows: Cell[][] = pivot.rows.map((row, r) => [
    row.label,
    ...(pivot.values[r] ?? []),
    row.total,
  ])
  rows.push(['Total', ...pivot.columns.map((column) => column.total), pivot.grandTotal])
  return createTable({ columns, rows, meta })
}
