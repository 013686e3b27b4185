import { currencyExponent } from '@lago-analytics/client/protocol'
import { cellString, columnExponent } from './cells.ts'
import { processInChunks, type ChunkOptions } from './chunks.ts'
import type { Cell, ColumnType, FilterValue, Table } from './Table.ts'

/** The JSON document `toJson` writes. */
export interface JsonExport {
  readonly dataset: string
  readonly title: string
  readonly currency: string | null
  /** Decimals of the currency: money values are integers of minor units (÷ 10^exponent). */
  readonly exponent: number | null
  readonly range: { readonly from: string; readonly to: string } | null
  readonly filters: Readonly<Record<string, FilterValue>>
  /** ISO 8601 instant of the data cut-off. */
  readonly dataAsOf: string | null
  readonly generatedAt: string | null
  readonly columns: readonly {
    readonly key: string
    readonly header: string
    readonly type: ColumnType
    readonly currency: string | null
  }[]
  readonly rows: readonly Readonly<Record<string, Cell>>[]
}

/**
 * The table as JSON: metadata (dataset, filters, currency, range, data-as-of) and one object per
 * row keyed by column. Money stays exact: integers of minor units, with `exponent` given.
 * Cells are validated like the other formats; non-finite numbers become `null`.
 */
export async function toJson(
  table: Table,
  options: ChunkOptions & { space?: number | undefined } = {},
): Promise<string> {
  const { columns, meta } = table
  const exponents = columns.map(columnExponent)
  const rows: string[] = []
  await processInChunks(
    table.rows.length,
    (start, end) => {
      for (let r = start; r < end; r++) {
        const row = table.rows[r] as readonly Cell[]
        const record: Record<string, Cell> = {}
        columns.forEach((column, c) => {
          const cell = row[c] ?? null
          // Validates the cell (throws InvalidTableError on a type mismatch).
          const text = cellString(column, cell, exponents[c] as number)
          record[column.key] =
            cell === null || (typeof cell === 'number' && text === '') ? null : cell
        })
        rows.push(JSON.stringify(record, null, options.space))
      }
    },
    options,
  )
  const currency = meta.currency ?? null
  const head: Omit<JsonExport, 'rows'> = {
    dataset: meta.dataset,
    title: meta.title ?? meta.dataset,
    currency,
    exponent: currency === null ? null : currencyExponent(currency),
    range: meta.range == null ? null : { from: meta.range.from, to: meta.range.to },
    filters: meta.filters ?? {},
    dataAsOf: meta.dataAsOf == null ? null : meta.dataAsOf.toISOString(),
    generatedAt: meta.generatedAt == null ? null : meta.generatedAt.toISOString(),
    columns: columns.map((column) => ({
      key: column.key,
      header: column.header,
      type: column.type,
      currency: column.currency ?? null,
    })),
  }
  const headText = JSON.stringify(head, null, options.space)
  const separator = options.space === undefined ? ',' : ',\n'
  // Splice the pre-serialised rows into the document without re-stringifying them.
  return `${headText.slice(0, -1)}${separator}"rows":[${rows.join(',')}]}`
}
