import type { Cell, Column } from '@lago-analytics/core/export'
import {
  forwardRef,
  lazy,
  Suspense,
  useCallback,
  useMemo,
  useRef,
  type HTMLAttributes,
  type ReactNode,
} from 'react'
import { cx } from '../../internal/cx.ts'
import { useControllableState } from '../../internal/useControllableState.ts'
import { useLocale } from '../../internal/useLocale.ts'
import { compareCells } from '../compareCells.ts'
import { formatCell, isNumericColumn } from '../formatCell.ts'

// Virtualisation (@tanstack/react-virtual) loads only when a table crosses the threshold; until
// it arrives, the first rows render plainly.
const VirtualRows = /* @__PURE__ */ lazy(() =>
  import('./VirtualRows.tsx').then((m) => ({ default: m.VirtualRows })),
)
const ROWS_BEFORE_VIRTUALIZER = 50

export type SortDirection = 'ascending' | 'descending'

export interface DataTableSort {
  /** Column key. */
  readonly column: string
  readonly direction: SortDirection
}

export type DataTableRow = readonly Cell[]

export interface DataTableProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /** Typed columns (core's export model): money columns hold minor units and a currency. */
  columns: readonly Column[]
  /** One cell per column. */
  rows: readonly DataTableRow[]
  /** A totals row shown in `<tfoot>` (never sorted). */
  totals?: DataTableRow | undefined
  caption?: ReactNode
  /** BCP 47 locale; default the provider's, else `en-US`. */
  locale?: string | undefined
  /** Controlled sort (`null` = input order). */
  sort?: DataTableSort | null | undefined
  defaultSort?: DataTableSort | null | undefined
  onSortChange?: ((sort: DataTableSort | null) => void) | undefined
  /** Default `true`. */
  sortable?: boolean | undefined
  /** Render the first column as row headers (`<th scope="row">`). Default `true`. */
  rowHeaders?: boolean | undefined
  /** Virtualise the body above this many rows. Default 1,000. */
  virtualizeAbove?: number | undefined
  /** Height of the scroll area (px) when virtualised. Default 400. */
  maxHeight?: number | undefined
  /** Estimated row height (px) for virtualisation. Default 33. */
  rowHeight?: number | undefined
  /** Custom cell text; default `formatCell` (Intl, money with the currency exponent). */
  formatCell?: ((cell: Cell, column: Column, locale: string) => string) | undefined
}

const NEXT: Record<SortDirection, SortDirection | null> = {
  ascending: 'descending',
  descending: null,
}

/**
 * An accessible data table: sortable headers with `aria-sort`, sticky header and totals row,
 * numeric columns right-aligned, money formatted with the currency exponent, and a virtualised
 * body (@tanstack/react-virtual) above 1,000 rows. Cells are rendered as text (user data is never
 * interpreted as HTML).
 */
export const DataTable = /* @__PURE__ */ forwardRef<HTMLDivElement, DataTableProps>(
  function DataTable(
    {
      columns,
      rows,
      totals,
      caption,
      locale: localeProp,
      sort: sortProp,
      defaultSort = null,
      onSortChange,
      sortable = true,
      rowHeaders = true,
      virtualizeAbove = 1000,
      maxHeight = 400,
      rowHeight = 33,
      formatCell: format = formatCell,
      className,
      style,
      ...rest
    },
    ref,
  ) {
    const locale = useLocale(localeProp)
    const [sort, setSort] = useControllableState<DataTableSort | null>(
      sortProp,
      defaultSort,
      onSortChange,
    )
    const sorted = useMemo(() => {
      if (sort === null) return rows
      const index = columns.findIndex((column) => column.key === sort.column)
      if (index < 0) return rows
      const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' })
      const sign = sort.direction === 'ascending' ? 1 : -1
      const order = rows.map((_, i) => i)
      order.sort((a, b) => {
        const x = rows[a]?.[index] ?? null
        const y = rows[b]?.[index] ?? null
        if (x === null || y === null) {
          if (x === y) return a - b
          return x === null ? 1 : -1
        }
        return sign * compareCells(x, y, collator) || a - b
      })
      return order.map((i) => rows[i] as DataTableRow)
    }, [rows, columns, sort, locale])

    const virtualized = sorted.length > virtualizeAbove
    const scrollRef = useRef<HTMLDivElement | null>(null)
    const setRefs = useCallback(
      (node: HTMLDivElement | null) => {
        scrollRef.current = node
        if (typeof ref === 'function') ref(node)
        else if (ref !== null) ref.current = node
      },
      [ref],
    )

    const toggle = (key: string) => {
      if (sort?.column !== key) setSort({ column: key, direction: 'ascending' })
      else {
        const direction = NEXT[sort.direction]
        setSort(direction === null ? null : { column: key, direction })
      }
    }

    // One row's cells (body rows and the totals row alike): the first is a row header when asked.
    const renderCells = (row: DataTableRow) =>
      columns.map((column, c) => {
        const text = format(row[c] ?? null, column, locale)
        const align = isNumericColumn(column) ? 'end' : undefined
        return rowHeaders && c === 0 ? (
          <th key={column.key} scope="row" data-align={align}>
            {text}
          </th>
        ) : (
          <td key={column.key} data-align={align}>
            {text}
          </td>
        )
      })

    const renderRow = (row: DataTableRow, index: number) => (
      <tr key={index} aria-rowindex={index + 2} data-slot="table-row">
        {renderCells(row)}
      </tr>
    )

    let body: ReactNode
    if (virtualized) {
      body = (
        <Suspense fallback={sorted.slice(0, ROWS_BEFORE_VIRTUALIZER).map(renderRow)}>
          <VirtualRows
            count={sorted.length}
            scrollRef={scrollRef}
            rowHeight={rowHeight}
            maxHeight={maxHeight}
            renderRow={(index) => renderRow(sorted[index] as DataTableRow, index)}
          />
        </Suspense>
      )
    } else {
      body = sorted.map(renderRow)
    }

    return (
      <div
        ref={setRefs}
        className={cx('lago-analytics', 'lago-analytics-table', className)}
        data-slot="table"
        data-state={rows.length === 0 ? 'empty' : 'ready'}
        data-virtualized={virtualized ? '' : undefined}
        style={virtualized ? { maxHeight, ...style } : style}
        {...rest}
      >
        <table aria-rowcount={sorted.length + 1 + (totals === undefined ? 0 : 1)}>
          {caption === undefined ? null : <caption>{caption}</caption>}
          <thead data-slot="table-header">
            <tr aria-rowindex={1}>
              {columns.map((column) => {
                const direction = sort?.column === column.key ? sort.direction : undefined
                const align = isNumericColumn(column) ? 'end' : undefined
                return (
                  <th
                    key={column.key}
                    scope="col"
                    data-align={align}
                    aria-sort={sortable ? (direction ?? 'none') : undefined}
                  >
                    {sortable ? (
                      <button
                        type="button"
                        className="lago-analytics-table__sort"
                        data-slot="table-sort"
                        onClick={() => toggle(column.key)}
                      >
                        {column.header}
                        <span className="lago-analytics-table__sort-icon" aria-hidden="true">
                          {direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕'}
                        </span>
                      </button>
                    ) : (
                      column.header
                    )}
                  </th>
                )
              })}
            </tr>
          </thead>
          <tbody data-slot="table-body">{body}</tbody>
          {totals === undefined ? null : (
            <tfoot data-slot="table-totals">
              <tr aria-rowindex={sorted.length + 2}>{renderCells(totals)}</tr>
            </tfoot>
          )}
        </table>
      </div>
    )
  },
)
