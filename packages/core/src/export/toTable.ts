import type { DatasetName, DatasetRowMap } from '@lago-analytics/client'
import { CurrencyMismatchError } from '../errors.ts'
import { DATASET_FIELDS } from '../internal/datasetFields.ts'
import { normalizeCurrency } from '../money/Money.ts'
import { DATASET_HEADERS } from './datasetHeaders.ts'
import { createTable, type Cell, type ColumnType, type Table, type TableMeta } from './Table.ts'

interface ColumnSpec<Row> {
  readonly key: keyof Row & string
  readonly header: string
  readonly type: ColumnType
}

type Specs = { readonly [N in DatasetName]: readonly ColumnSpec<DatasetRowMap[N]>[] }

/**
 * Columns of every client dataset, in a readable order (money in minor units, typed `money`):
 * the fields and types of `DATASET_FIELDS` with the headers of `DATASET_HEADERS`.
 */
export const DATASET_COLUMNS = Object.fromEntries(
  Object.entries(DATASET_FIELDS).map(([name, fields]) => {
    const headers: Readonly<Record<string, string>> = DATASET_HEADERS[name as DatasetName]
    const columns = Object.entries(fields).map(([key, type]) => ({
      key,
      header: headers[key],
      type,
    }))
    return [name, columns]
  }),
) as unknown as Specs

export interface ToTableOptions {
  /** Header overrides by column key (translations). */
  headers?: Readonly<Record<string, string>> | undefined
}

function toCell(value: unknown): Cell {
  if (value === undefined || value === null) return null
  if (Array.isArray(value)) return value.join(' ')
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return value
  }
  return String(value)
}

/**
 * Converts rows of any client dataset into the export `Table` (typed columns, money in minor
 * units). All rows must share one currency (`CurrencyMismatchError` otherwise): export one table
 * per currency. `meta.dataset` defaults to the dataset name.
 */
export function toTable<N extends DatasetName>(
  dataset: N,
  rows: readonly DatasetRowMap[N][],
  meta: Omit<TableMeta, 'dataset'> & { dataset?: string | undefined } = {},
  options: ToTableOptions = {},
): Table {
  const specs = DATASET_COLUMNS[dataset] as readonly ColumnSpec<DatasetRowMap[N]>[]
  let currency: string | null = meta.currency == null ? null : normalizeCurrency(meta.currency)
  for (const row of rows) {
    const rowCurrency = (row as { currency: string }).currency
    if (currency === null) currency = rowCurrency
    else if (rowCurrency !== currency) throw new CurrencyMismatchError(currency, rowCurrency)
  }
  const columns = specs.map((spec) => ({
    key: spec.key,
    header: options.headers?.[spec.key] ?? spec.header,
    type: spec.type,
    ...(spec.type === 'money' ? { currency } : {}),
  }))
  const tableRows = rows.map((row) => specs.map((spec) => toCell(row[spec.key])))
  return createTable({
    columns,
    rows: tableRows,
    meta: { ...meta, dataset: meta.dataset ?? dataset, currency },
  })
}
