export {
  DataTable,
  type DataTableProps,
  type DataTableRow,
  type DataTableSort,
  type SortDirection,
} from './DataTable.tsx'
