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

/** Keys in first-seen order, each labelled by its first row. */
interface Axis {
  readonly keys: string[]
  readonly labels: string[]
  readonly index: Map<string, number>
}

function axis(): Axis {
  return { keys: [], labels: [], index: new Map() }
}

/** The position of `key` on the axis (added, with its label, on first sight). */
function intern(target: Axis, key: string, label: () => string): number {
  let at = target.index.get(key)
  if (at === undefined) {
    target.index.set(key, (at = target.keys.length))
    target.keys.push(key)
    target.labels.push(label())
  }
  return at
}

/** Positions on an axis in the requested order (`-1` for a listed key without data), with headers. */
function order(target: Axis, totals: Float64Array, rule: PivotOrder): [number, PivotHeader][] {
  const entry = (key: string, at = target.index.get(key) ?? -1): [number, PivotHeader] => [
    at,
    at < 0
      ? { key, label: key, total: 0 }
      : { key, label: target.labels[at] as string, total: totals[at] as number },
  ]
  if (typeof rule !== 'string') return rule.map((key) => entry(key))
  return target.keys
    .map((key, at) => entry(key, at))
    .sort(([, a], [, b]) =>
      compareByValueThenKey(
        { value: rule === 'key' ? 0 : a.total, key: a.key },
        { value: rule === 'key' ? 0 : b.total, key: b.key },
      ),
    )
}

/** Sums `value` per cell (`rowOf`/`colOf`: the positions of each row, `-1` to skip it). */
function assemble<Row>(
  rows: readonly Row[],
  value: (row: Row) => number,
  [rowAxis, colAxis]: readonly [Axis, Axis],
  [rowOf, colOf]: readonly [Int32Array, Int32Array],
  layout: {
    rowOrder?: PivotOrder | undefined
    columnOrder?: PivotOrder | undefined
    topRows?: number | undefined
    otherLabel?: string | undefined
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
  const rowEntries = order(rowAxis, rowTotals, layout.rowOrder ?? 'total')
  const colEntries = order(colAxis, colTotals, layout.columnOrder ?? 'total')
  const columns = colEntries.map(([, header]) => header)
  const valuesOf = (r: number): number[] =>
    colEntries.map(([c]) => (r < 0 || c < 0 ? 0 : (cells[r * width + c] as number)))
  const kept = rowEntries.slice(0, layout.topRows ?? Infinity)
  const folded = rowEntries.slice(kept.length)
  const outRows = kept.map(([, header]) => header)
  const values = kept.map(([r]) => valuesOf(r))
  if (folded.length > 0) {
    const sum = (numbers: readonly number[]): number => numbers.reduce((a, b) => a + b, 0)
    const foldedValues = folded.map(([r]) => valuesOf(r))
    outRows.push({
      key: '__other__',
      label: layout.otherLabel ?? 'Other',
      total: sum(folded.map(([, header]) => header.total)),
    })
    values.push(columns.map((_, c) => sum(foldedValues.map((row) => row[c] as number))))
  }
  const grandTotal = outRows.reduce((total, row) => total + row.total, 0)
  return { rows: outRows, columns, values, grandTotal }
}

/** Cross-tabulates two dimensions (dim × dim) with row and column totals. */
export function pivot<Row>(rows: readonly Row[], options: PivotOptions<Row>): Pivot {
  const axes = [axis(), axis()] as const
  const positions = [new Int32Array(rows.length), new Int32Array(rows.length)] as const
  rows.forEach((row, i) => {
    positions[0][i] = intern(axes[0], options.row(row), () =>
      (options.rowLabel ?? options.row)(row),
    )
    positions[1][i] = intern(axes[1], options.column(row), () =>
      (options.columnLabel ?? options.column)(row),
    )
  })
  return assemble(rows, options.value, axes, positions, options)
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
  const axes = [axis(), axis()] as const
  const columnOrder = buckets.map(({ bucket, label }) => {
    intern(axes[1], bucket.start, () => label ?? bucket.start)
    return bucket.start
  })
  const positions = [new Int32Array(rows.length), new Int32Array(rows.length)] as const
  rows.forEach((row, i) => {
    const c = timeline.indexOf(rowStart(row), rowEnd(row))
    positions[1][i] = c
    positions[0][i] =
      c < 0 ? -1 : intern(axes[0], options.row(row), () => (options.rowLabel ?? options.row)(row))
  })
  return { ...assemble(rows, options.value, axes, positions, { ...options, columnOrder }), buckets }
}
