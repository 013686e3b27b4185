import { cellString, columnExponent } from './cells.ts'
import { processInChunks, type ChunkOptions } from './chunks.ts'
import { neutralizeFormula } from './neutralizeFormula.ts'
import type { Cell, Column, Table } from './Table.ts'

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
 * major-unit decimal. Rows are written in short time slices (`sliceMs`, at most `chunkSize`
 * rows), yielding to the event loop in between; each block of rows becomes one string as it is
 * written, so the result is joined from a few hundred pieces.
 */
export async function toCsv(table: Table, options: CsvOptions = {}): Promise<string> {
  const delimiter = options.delimiter ?? ','
  const { columns, rows } = table
  const exponents = columns.map(columnExponent)
  const texts = columns.map((column) => column.type === 'string')
  // A record of one empty field would be a blank line, which parsers skip: quote it.
  const record = (line: string): string =>
    `${columns.length === 1 && line === '' ? '""' : line}\r\n`
  const pieces: string[] = []
  if (options.header !== false) {
    pieces.push(
      record(
        columns.map((column) => quote(neutralizeFormula(column.header), delimiter)).join(delimiter),
      ),
    )
  }
  await processInChunks(
    rows.length,
    (start, end) => {
      const lines: string[] = []
      for (let r = start; r < end; r++) {
        const row = rows[r] as readonly Cell[]
        let line = ''
        for (let c = 0; c < columns.length; c++) {
          const text = cellString(columns[c] as Column, row[c] ?? null, exponents[c] as number)
          const field = quote(texts[c] ? neutralizeFormula(text) : text, delimiter)
          line += c === 0 ? field : delimiter + field
        }
        lines.push(record(line))
      }
      // `join` makes one flat string: a `+=` chain would keep every line (and field) alive as
      // a rope node until the end, growing the old generation and the garbage collector's pauses.
      pieces.push(lines.join(''))
    },
    options,
  )
  // The BOM is prefixed last: joined with it, the whole text would be copied into a two-byte
  // string (slower, twice the memory); the pieces are usually one-byte. No record at all (no
  // header, no rows): one empty line, as before.
  const body = pieces.join('') || '\r\n'
  return options.bom === true ? `\uFEFF${body}` : body
}
