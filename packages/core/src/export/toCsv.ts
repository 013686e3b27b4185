import { cellText, columnExponent } from './cells.ts'
import { processInChunks, type ChunkOptions } from './chunks.ts'
import { neutralizeFormula } from './neutralizeFormula.ts'
import type { Column, Table } from './Table.ts'

export interface CsvOptions extends ChunkOptions {
  /** Prefix a UTF-8 byte-order mark so Excel detects UTF-8. Default false. */
  bom?: boolean | undefined
  /** Field separator. Default `,` (`;` suits Excel in comma-decimal locales). */
  delimiter?: ',' | ';' | '\t' | undefined
  /** Write the header row. Default true. */
  header?: boolean | undefined
}

function quote(text: string, delimiter: string): string {
  if (
    text.includes('"') ||
    text.includes(delimiter) ||
    text.includes('\n') ||
    text.includes('\r')
  ) {
    return `"${text.replaceAll('"', '""')}"`
  }
  return text
}

/**
 * RFC 4180 CSV: CRLF line ends (after every record), fields with quotes, separators or line
 * breaks quoted (`"` doubled). Text cells are neutralised against formula injection
 * (`neutralizeFormula`); numbers in numeric columns stay plain numbers; money is the exact
 * major-unit decimal. Processes `chunkSize` rows at a time, yielding in between.
 */
export async function toCsv(table: Table, options: CsvOptions = {}): Promise<string> {
  const delimiter = options.delimiter ?? ','
  const columns = table.columns
  const exponents = columns.map(columnExponent)
  const records: string[] = []
  const line = (fields: string[]): string => {
    // A record of one empty field would be a blank line, which parsers skip: quote it.
    if (fields.length === 1 && fields[0] === '') return '""'
    return fields.join(delimiter)
  }
  if (options.header !== false) {
    records.push(line(columns.map((column) => quote(neutralizeFormula(column.header), delimiter))))
  }
  await processInChunks(
    table.rows.length,
    (start, end) => {
      for (let r = start; r < end; r++) {
        const row = table.rows[r] as readonly (string | number | boolean | null)[]
        const fields: string[] = []
        for (let c = 0; c < columns.length; c++) {
          const { text, isText } = cellText(
            columns[c] as Column,
            row[c] ?? null,
            exponents[c] as number,
          )
          fields.push(quote(isText ? neutralizeFormula(text) : text, delimiter))
        }
        records.push(line(fields))
      }
    },
    options,
  )
  return `${options.bom === true ? '\uFEFF' : ''}${records.join('\r\n')}\r\n`
}
