import { formatBucket, type Granularity, type Pivot, type TimePivot } from '@lago-analytics/core'
import type { Cell, Column } from '@lago-analytics/core/export'
import { forwardRef, useMemo } from 'react'
import { cx } from '../../internal/cx.ts'
import { useLocale } from '../../internal/useLocale.ts'
import { DataTable, type DataTableProps } from '../DataTable/DataTable.tsx'

export interface PivotTableProps extends Omit<DataTableProps, 'columns' | 'rows' | 'totals'> {
  /** core's `pivot()` (dimension × dimension) or `pivotByTime()` (dimension × bucket). */
  pivot: Pivot | TimePivot
  /** Values are money in minor units of this currency; otherwise plain numbers. */
  currency?: string | null | undefined
  /** Formats time columns of a `TimePivot` in the table's locale. */
  granularity?: Granularity | undefined
  /** Header of the row-label column. Default `''`. */
  rowHeader?: string | undefined
  /** Label of the totals column and row. Default `Total`. */
  totalLabel?: string | undefined
}

/**
 * A multi-dimension breakdown as a table: one row per pivot row, one column per pivot column,
 * a row-total column and a column-totals row (with the grand total). Sortable like `DataTable`.
 */
export const PivotTable = /* @__PURE__ */ forwardRef<HTMLDivElement, PivotTableProps>(
  function PivotTable(
    {
      pivot,
      currency = null,
      granularity,
      rowHeader = '',
      totalLabel = 'Total',
      locale: localeProp,
      className,
      ...rest
    },
    ref,
  ) {
    const locale = useLocale(localeProp)
    const { columns, rows, totals } = useMemo(() => {
      const money = currency !== null
      const value = (key: string, header: string): Column =>
        money ? { key, header, type: 'money', currency } : { key, header, type: 'number' }
      const buckets = 'buckets' in pivot ? pivot.buckets : null
      const columns: Column[] = [
        { key: '__row__', header: rowHeader, type: 'string' },
        ...pivot.columns.map((column, c) => {
          const bucket = buckets?.[c]?.bucket
          const header =
            bucket !== undefined && granularity !== undefined
              ? formatBucket(bucket, granularity, { locale })
              : column.label
          return value(`c:${column.key}`, header)
        }),
        value('__total__', totalLabel),
      ]
      const rows: Cell[][] = pivot.rows.map((row, r) => [
        row.label,
        ...pivot.columns.map((_, c) => pivot.values[r]?.[c] ?? 0),
        row.total,
      ])
      const totals: Cell[] = [
        totalLabel,
        ...pivot.columns.map((column) => column.total),
        pivot.grandTotal,
      ]
      return { columns, rows, totals }
    }, [pivot, currency, granularity, rowHeader, totalLabel, locale])
    return (
      <DataTable
        ref={ref}
        className={cx('lago-analytics-pivot-table', className)}
        data-slot="pivot-table"
        columns={columns}
        rows={rows}
        totals={totals}
        locale={locale}
        {...rest}
      />
    )
  },
)
