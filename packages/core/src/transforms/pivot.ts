import { rowEnd, rowStart, type BucketedRow } from '../internal/rowPeriod.ts'
import {
  pointMetas,
  seriesTimeline,
  type SeriesPointMeta,
  type TransformOptions,
} from '../internal/series.ts'
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
  keys: string[]
  labels: string[]
  index: Map<string, number>
}

function axis(): Axis {
  return { keys: [], labels: [], index: new Map() }
}

function intern(target: Axis, key: string, label: () => string): number {
  let index = target.index.get(key)
  if (index === undefined) {
    index = target.keys.length
    target.index.set(key, index)
    target.keys.push(key)
    target.labels.push(label())
  }
  return index
}

function order(target: Axis, totals: Float64Array, rule: PivotOrder): number[] {
  if (typeof rule !== 'string') {
    return rule.map((key) => target.index.get(key) ?? -1)
  }
  const indices = target.keys.map((_, i) => i)
  if (rule === 'key') {
    return indices.sort((a, b) => {
      const ka = target.keys[a] as string
      const kb = target.keys[b] as string
      return ka < kb ? -1 : ka > kb ? 1 : 0
    })
  }
  return indices.sort((a, b) =>
    compareByValueThenKey(
      { value: totals[a] as number, key: target.keys[a] as string },
      { value: totals[b] as number, key: target.keys[b] as string },
    ),
  )
}

/** Header of an axis entry; an explicitly ordered key with no data gets a zero header. */
function headerOf(
  target: Axis,
  totals: Float64Array,
  rule: PivotOrder,
  index: number,
  position: number,
): PivotHeader {
  if (index < 0) {
    const key = typeof rule === 'string' ? '' : ((rule[position] as string | undefined) ?? '')
    return { key, label: key, total: 0 }
  }
  return {
    key: target.keys[index] as string,
    label: target.labels[index] as string,
    total: totals[index] as number,
  }
}

/** Cross-tabulates two dimensions (dim × dim) with row and column totals. */
export function pivot<Row>(rows: readonly Row[], options: PivotOptions<Row>): Pivot {
  const rowAxis = axis()
  const colAxis = axis()
  const rowOf = new Int32Array(rows.length)
  const colOf = new Int32Array(rows.length)
  rows.forEach((row, i) => {
    rowOf[i] = intern(rowAxis, options.row(row), () => (options.rowLabel ?? options.row)(row))
    colOf[i] = intern(colAxis, options.column(row), () =>
      (options.columnLabel ?? options.column)(row),
    )
  })
  return assemble(rows, rowAxis, colAxis, rowOf, colOf, options.value, {
    rowOrder: options.rowOrder ?? 'total',
    columnOrder: options.columnOrder ?? 'total',
    topRows: options.topRows,
    otherLabel: options.otherLabel,
  })
}

function assemble<Row>(
  rows: readonly Row[],
  rowAxis: Axis,
  colAxis: Axis,
  rowOf: Int32Array,
  colOf: Int32Array,
  value: (row: Row) => number,
  layout: {
    rowOrder: PivotOrder
    columnOrder: PivotOrder
    topRows: number | undefined
    otherLabel: string | undefined
  },
): Pivot {
  const width = colAxis.keys.length
  const cells = new Float64Array(rowAxis.keys.length * width)
  const rowTotals = new Float64Array(rowAxis.keys.length)
  const colTotals = new Float64Array(width)
  rows.forEach((row, i) => {
    const r = rowOf[i] as number
    const c = colOf[i] as number
    if (r < 0 || c < 0) return
    const v = value(row)
    const at = r * width + c
    cells[at] = (cells[at] as number) + v
    rowTotals[r] = (rowTotals[r] as number) + v
    colTotals[c] = (colTotals[c] as number) + v
  })
  const rowIndices = order(rowAxis, rowTotals, layout.rowOrder)
  const colIndices = order(colAxis, colTotals, layout.columnOrder)
  const cell = (r: number, c: number): number =>
    r < 0 || c < 0 ? 0 : (cells[r * width + c] as number)
  const columns = colIndices.map((c, position) =>
    headerOf(colAxis, colTotals, layout.columnOrder, c, position),
  )
  const header = (r: number, position: number): PivotHeader =>
    headerOf(rowAxis, rowTotals, layout.rowOrder, r, position)
  const topRows = layout.topRows ?? Infinity
  const kept = rowIndices.slice(0, topRows)
  const folded = rowIndices.slice(kept.length)
  const outRows = kept.map((r, position) => header(r, position))
  const values = kept.map((r) => colIndices.map((c) => cell(r, c)))
  if (folded.length > 0) {
    const otherValues = colIndices.map((c) => folded.reduce((sum, r) => sum + cell(r, c), 0))
    outRows.push({
      key: '__other__',
      label: layout.otherLabel ?? 'Other',
      total: folded.reduce((sum, r) => sum + (r < 0 ? 0 : (rowTotals[r] as number)), 0),
    })
    values.push(otherValues)
  }
  const grandTotal = outRows.reduce((sum, row) => sum + row.total, 0)
  return { rows: outRows, columns, values, grandTotal }
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
  const timeline = seriesTimeline(options)
  const metas = pointMetas(timeline, options)
  const rowAxis = axis()
  const colAxis = axis()
  for (const meta of metas) {
    const key = meta.bucket.start
    intern(colAxis, key, () => meta.label ?? key)
  }
  const rowOf = new Int32Array(rows.length)
  const colOf = new Int32Array(rows.length)
  rows.forEach((row, i) => {
    const c = timeline.indexOf(rowStart(row), rowEnd(row))
    colOf[i] = c
    rowOf[i] =
      c < 0 ? -1 : intern(rowAxis, options.row(row), () => (options.rowLabel ?? options.row)(row))
  })
  const columnOrder = metas.map((meta) => meta.bucket.start)
  const result = assemble(rows, rowAxis, colAxis, rowOf, colOf, options.value, {
    rowOrder: options.rowOrder ?? 'total',
    columnOrder,
    topRows: options.topRows,
    otherLabel: options.otherLabel,
  })
  return { ...result, buckets: metas }
}
