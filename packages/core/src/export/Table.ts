import { InvalidTableError } from '../errors.ts'
import type { DateRange } from '../time/dateRange.ts'

/**
 * Column types. `money` cells are safe integers of minor units in the column's currency;
 * `date` cells are `YYYY-MM-DD`; `percent` cells are ratios (0.25 = 25 %).
 */
export type ColumnType = 'string' | 'integer' | 'number' | 'money' | 'percent' | 'date' | 'boolean'

export interface Column {
  readonly key: string
  readonly header: string
  readonly type: ColumnType
  /** ISO 4217 code of a `money` column. */
  readonly currency?: string | null | undefined
}

export type Cell = string | number | boolean | null

/** Filter values as exported in metadata. */
export type FilterValue = string | number | boolean | null

export interface TableMeta {
  /** Dataset (client method name) or any identifier of what the table holds. */
  readonly dataset: string
  /** Human title (sheet name in a workbook). Default: the dataset. */
  readonly title?: string | undefined
  readonly currency?: string | null | undefined
  readonly range?: DateRange | null | undefined
  readonly filters?: Readonly<Record<string, FilterValue>> | undefined
  /** The data cut-off (`dataAsOf(now)`). */
  readonly dataAsOf?: Date | null | undefined
  /** When the export was made (pass `now`; the core never reads the clock). */
  readonly generatedAt?: Date | null | undefined
}

/** The one model every export is made from: typed columns, rows of cells, metadata. */
export interface Table {
  readonly columns: readonly Column[]
  readonly rows: readonly (readonly Cell[])[]
  readonly meta: TableMeta
}

/** Builds a table, checking that every row has one cell per column. */
export function createTable(table: Table): Table {
  const width = table.columns.length
  const keys = new Set<string>()
  for (const column of table.columns) {
    if (keys.has(column.key)) throw new InvalidTableError(`Duplicate column key ${column.key}`)
    keys.add(column.key)
  }
  table.rows.forEach((row, index) => {
    if (row.length !== width) {
      throw new InvalidTableError(`Row ${index} has ${row.length} cells for ${width} columns`)
    }
  })
  return table
}
