import { rowEnd, rowStart, type BucketedRow } from '../internal/rowPeriod.ts'
import { seriesPoints, type SeriesPointMeta, type TransformOptions } from '../internal/series.ts'
import { createTimeline } from '../internal/timeline.ts'
import { compareByValueThenKey } from './breakdown.ts'

export interface PivotHeader {
  readonly key: string
  readonly label: string
  /** Row total (for a row header) or column total (for a column header). */
  readonly total: number
}

/** A two-dimensional table of sums with row and column totals. */
export interface Pivot {
  readonly rows: PivotHeader[]
  readonly columns: PivotHeader[]
  /** `values[r][c]`: the sum for row `r`, column `c` (0 where no data). */
  readonly values: number[][]
  readonly grandTotal: number
}

/** Ordering of pivot headers: by total (descending, ties by key), by key, or explicit. */
export type PivotOrder = 'total' | 'key' | readonly string[]

export interface PivotOptions<Row> {
  row: (row: Row) => string
  column: (row: Row) => string
  value: (row: Row) => number
  rowLabel?: ((row: Row) => string) | undefined
  columnLabel?: ((row: Row) => string) | undefined
  /** Default `total`. An explicit list keeps only (and all of) the listed keys, in that order. */
  rowOrder?: PivotOrder | undefined
  /** Default `total`. */
  columnOrder?: PivotOrder | undefined
  /** Keep the N largest rows and fold the others into one "Other" row. */
  topRows?: number | undefined
  otherLabel?: string | undefined
}

interface Axis {
  readonly keys: string[]
  readonly labels: string[]
  readonly index: Map<string, number>
  readonly totals: number[]
}

/** The position of `key` on an axis (added with its label on first sight); adds to its total. */
function intern(axis: Axis, key: string, label: () => string, value: number): number {
  let at = axis.index.get(key)
  if (at === undefined) {
    axis.index.set(key, (at = axis.keys.length))
    axis.keys.push(key)
    axis.labels.push(label())
  }
  axis.totals[at] = (axis.totals[at] ?? 0) + value
  return at
}

/** Sums by row and column key (first-seen order, each key labelled by its first row). */
function crossTab() {
  const axis = (): Axis => ({ keys: [], labels: [], index: new Map(), totals: [] })
  const rows = axis()
  const columns = axis()
  const cells: number[][] = []
  return {
    rows,
    columns,
    cells,
    add(
      row: string,
      rowLabel: () => string,
      column: string,
      columnLabel: () => string,
      value: number,
    ) {
      const cellsOfRow = (cells[intern(rows, row, rowLabel, value)] ??= [])
      const c = intern(columns, column, columnLabel, value)
      cellsOfRow[c] = (cellsOfRow[c] ?? 0) + value
    },
  }
}

type CrossTab = ReturnType<typeof crossTab>

/** Positions on an axis in the requested order (`-1` for a listed key without data), with headers. */
function order(axis: Axis, rule: PivotOrder): [number, PivotHeader][] {
  const entry = (key: string, at = axis.index.get(key) ?? -1): [number, PivotHeader] => [
    at,
    at < 0
      ? { key, label: key, total: 0 }
      : { key, label: axis.labels[at] as string, total: axis.totals[at] as number },
  ]
  if (typeof rule !== 'string') return rule.map((key) => entry(key))
  return axis.keys
    .map((key, at) => entry(key, at))
    .sort(([, a], [, b]) =>
      compareByValueThenKey(
        { value: rule === 'key' ? 0 : a.total, key: a.key },
        { value: rule === 'key' ? 0 : b.total, key: b.key },
      ),
    )
}

function assemble(
  tab: CrossTab,
  layout: {
    rowOrder: PivotOrder
    columnOrder: PivotOrder
    topRows?: number | undefined
    otherLabel?: string | undefined
  },
): Pivot {
  const rowEntries = order(tab.rows, layout.rowOrder)
  const colEntries = order(tab.columns, layout.columnOrder)
  const columns = colEntries.map(([, header]) => header)
  const valuesOf = (r: number): number[] =>
    colEntries.map(([c]) => (r < 0 || c < 0 ? 0 : (tab.cells[r]?.[c] ?? 0)))
  const kept = rowEntries.slice(0, layout.topRows ?? Infinity)
  const folded = rowEntries.slice(kept.length)
  const rows = kept.map(([, header]) => header)
  const values = kept.map(([r]) => valuesOf(r))
  if (folded.length > 0) {
    const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0)
    const foldedValues = folded.map(([r]) => valuesOf(r))
    rows.push({
      key: '__other__',
      label: layout.otherLabel ?? 'Other',
      total: sum(folded.map(([, header]) => header.total)),
    })
    values.push(columns.map((_, c) => sum(foldedValues.map((row) => row[c] as number))))
  }
  return { rows, columns, values, grandTotal: rows.reduce((sum, row) => sum + row.total, 0) }
}

/** Cross-tabulates two dimensions (dim × dim) with row and column totals. */
export function pivot<Row>(rows: readonly Row[], options: PivotOptions<Row>): Pivot {
  const tab = crossTab()
  for (const row of rows) {
    tab.add(
      options.row(row),
      () => (options.rowLabel ?? options.row)(row),
      options.column(row),
      () => (options.columnLabel ?? options.column)(row),
      options.value(row),
    )
  }
  return assemble(tab, {
    ...options,
    rowOrder: options.rowOrder ?? 'total',
    columnOrder: options.columnOrder ?? 'total',
  })
}

export interface PivotByTimeOptions<Row> extends TransformOptions {
  row: (row: Row) => string
  value: (row: Row) => number
  rowLabel?: ((row: Row) => string) | undefined
  rowOrder?: PivotOrder | undefined
  topRows?: number | undefined
  otherLabel?: string | undefined
}

export interface TimePivot extends Pivot {
  /** One per column, in time order: every bucket of the range (empty ones are zero columns). */
  readonly buckets: SeriesPointMeta[]
}

/**
 * Cross-tabulates a dimension against time (dim × bucket): columns are every bucket of the range
 * in order, gap-filled with zeros; rows outside the range are ignored.
 */
export function pivotByTime<Row extends BucketedRow>(
  rows: readonly Row[],
  options: PivotByTimeOptions<Row>,
): TimePivot {
  const timeline = createTimeline(options.range, options.granularity)
  const buckets = seriesPoints(timeline, options, () => ({}))
  const tab = crossTab()
  const columns = buckets.map((meta) => meta.bucket.start)
  // Every bucket is a column, labelled, in time order (with no value yet).
  columns.forEach((key, c) => intern(tab.columns, key, () => buckets[c]?.label ?? key, 0))
  for (const row of rows) {
    const column = columns[timeline.indexOf(rowStart(row), rowEnd(row))]
    if (column === undefined) continue
    const label = () => (options.rowLabel ?? options.row)(row)
    tab.add(options.row(row), label, column, label, options.value(row))
  }
  return {
    ...assemble(tab, { ...options, rowOrder: options.rowOrder ?? 'total', columnOrder: columns }),
    buckets,
  }
}
