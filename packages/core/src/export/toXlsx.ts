import { InvalidTableError } from '../errors.ts'
import { toDayNumber } from '../time/dateKey.ts'
import { cellString, columnExponent } from './cells.ts'
import { processInChunks, type ChunkOptions } from './chunks.ts'
import { neutralizeFormula } from './neutralizeFormula.ts'
import { safeSheetName } from './sheetName.ts'
import type { Table } from './Table.ts'

/**
 * What the lazily loaded writer needs from the rest of the core, handed over at load: the writer
 * module imports nothing at run time, so bundlers keep the shared code in the main chunk instead
 * of splitting it into a third one.
 */
const KIT = {
  InvalidTableError,
  toDayNumber,
  cellString,
  columnExponent,
  processInChunks,
  neutralizeFormula,
  safeSheetName,
}
export type XlsxKit = typeof KIT

export interface XlsxOptions extends ChunkOptions {
  /** Name of the metadata sheet. Default `Metadata`. */
  metadataSheetName?: string | undefined
}
/**
 * A workbook with one sheet per table and a `Metadata` sheet (dataset, currency, range,
 * filters, data-as-of of each). Money cells are numbers in major units with a number format of
 * the currency's exponent (`#,##0.000` for KWD); dates are real Excel dates; text cells are
 * neutralised against formula injection and no cell is ever a formula; every sheet has a bold,
 * frozen header row and an auto-filter. Returns the `.xlsx` bytes (equal input, equal bytes).
 *
 * Our own SpreadsheetML writer, with no dependency; it is not in the initial bundle but a
 * separate chunk, loaded on the first call. Sheets are written and deflated (with the platform's
 * `CompressionStream`) in short time slices (`sliceMs`, at most `chunkSize` rows), yielding to
 * the event loop in between, so the main thread is never blocked for long.
 */
export async function toWorkbook(
  tables: readonly Table[],
  options: XlsxOptions = {},
): Promise<Uint8Array> {
  const { writeWorkbook } = await import('./xlsxWriter.ts')
  return writeWorkbook(tables, options, KIT)
}

/** One table as an `.xlsx` file (its sheet plus the `Metadata` sheet). See `toWorkbook`. */
export function toXlsx(table: Table, options: XlsxOptions = {}): Promise<Uint8Array> {
  return toWorkbook([table], options)
}
