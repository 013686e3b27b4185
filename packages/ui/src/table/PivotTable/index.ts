export { PivotTable, type PivotTableProps } from './PivotTable.tsx'
