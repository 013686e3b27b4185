export {
  DataTable,
  type DataTableProps,
  type DataTableRow,
  type DataTableSort,
  type SortDirection,
} from './DataTable/index.ts'
export { PivotTable, type PivotTableProps } from './PivotTable/index.ts'
export { formatCell, isNumericColumn, NO_VALUE } from './formatCell.ts'
export { compareCells } from './compareCells.ts'
