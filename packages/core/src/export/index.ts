// @lago-analytics/core/export: the export model (`Table`) and its writers (CSV, JSON, XLSX with
// the SpreadsheetML writer loaded on demand), kept out of the main entry so an app that only
// charts does not load them.
export {
  createTable,
  type Cell,
  type Column,
  type ColumnType,
  type FilterValue,
  type Table,
  type TableMeta,
} from './Table.ts'
export { DATASET_COLUMNS, toTable, type ToTableOptions } from './toTable.ts'
export { tableFromBreakdown, tableFromPivot } from './tableFrom.ts'
export { neutralizeFormula } from './neutralizeFormula.ts'
export { processInChunks, yieldToEventLoop, type ChunkOptions } from './chunks.ts'
export { toCsv, type CsvOptions } from './toCsv.ts'
export { toJson, type JsonExport } from './toJson.ts'
export { toWorkbook, toXlsx, type XlsxOptions } from './toXlsx.ts'
export { safeSheetName } from './sheetName.ts'
export { exportFileName, type ExportFormat } from './exportFileName.ts'
