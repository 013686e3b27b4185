import { assertNever } from '../internal/assertNever.ts'
import { createTimeline } from '../internal/timeline.ts'
import { rowEnd, rowStart, type BucketedRow } from '../internal/rowPeriod.ts'
import type { DateRange } from './dateRange.ts'
import type { Granularity } from './granularity.ts'

/** How a measure combines across the rows of a bucket. */
export type Aggregation = 'sum' | 'first' | 'last' | 'min' | 'max'

/** Keys of `Row` whose values are numbers. */
export type NumericKeys<Row> = {
  [K in keyof Row]-?: Row[K] extends number ? K : never
}[keyof Row]

export interface RollupOptions<Row> {
  range: DateRange
  /** Target granularity, coarser than or equal to the rows' (e.g. months → quarters). */
  granularity: Granularity
  /**
   * Measures and how each combines: flows `sum`; balances `first` (opening, e.g. starting MRR)
   * or `last` (closing, e.g. ending MRR), by period start. Other fields are copied from the
   * bucket's first row.
   */
  measures: { readonly [K in NumericKeys<Row>]?: Aggregation }
  /** Fields that split a bucket into several rows (e.g. `billableMetricCode`). */
  groupBy?: readonly (keyof Row)[]
}

/** How each aggregation folds a row's value into the group's (`first`/`last`: by period start). */
const AGGREGATIONS: {
  readonly [A in Aggregation]: (
    current: number,
    value: number,
    first: boolean,
    last: boolean,
  ) => number
} = {
  sum: (current, value) => current + value,
  first: (current, value, first) => (first ? value : current),
  last: (current, value, _, last) => (last ? value : current),
  min: (current, value) => Math.min(current, value),
  max: (current, value) => Math.max(current, value),
}

/**
 * Rolls rows up to a coarser granularity (days → weeks/months, months → quarters/years). The
 * output has one row per bucket (and group) with data, in time order; its period fields
 * (`startOfPeriodDt`/`endOfPeriodDt`, or `month` for legacy rows) are the bucket's. Compose with
 * `fillBuckets` for a gap-free series. A row longer than its target bucket raises
 * `InvalidGranularityError` (e.g. a week straddling two months: roll days up, not weeks).
 */
export function rollup<Row extends BucketedRow>(
  rows: readonly Row[],
  options: RollupOptions<Row>,
): Row[] {
  const timeline = createTimeline(options.range, options.granularity)
  const measures = Object.entries(options.measures).map(([field, aggregation]) => {
    const fold = Object.hasOwn(AGGREGATIONS, aggregation as string)
      ? AGGREGATIONS[aggregation as Aggregation]
      : assertNever(aggregation as never)
    return [field, fold] as const
  })
  const groupBy = (options.groupBy ?? []) as readonly PropertyKey[] as readonly string[]
  // Per bucket, per group key: the output row and the first and last period starts seen.
  const groups: Map<string, { row: Record<string, unknown>; first: string; last: string }>[] =
    timeline.buckets.map(() => new Map())
  for (const row of rows) {
    const start = rowStart(row)
    const index = timeline.indexOf(start, rowEnd(row))
    if (index < 0) continue
    const record = row as unknown as Record<string, unknown>
    const key = groupBy.map((field) => String(record[field])).join('\u0000')
    const bucketGroups = groups[index] as (typeof groups)[number]
    const group = bucketGroups.get(key)
    if (group === undefined) {
      bucketGroups.set(key, { row: { ...record }, first: start, last: start })
      continue
    }
    const isFirst = start < group.first
    const isLast = start >= group.last
    if (isFirst) group.first = start
    if (isLast) group.last = start
    for (const [field, fold] of measures) {
      group.row[field] = fold(group.row[field] as number, record[field] as number, isFirst, isLast)
    }
  }
  return timeline.buckets.flatMap((bucket, index) =>
    [...(groups[index] as (typeof groups)[number]).values()].map(({ row }) => {
      if ('startOfPeriodDt' in row) {
        row['startOfPeriodDt'] = bucket.start
        row['endOfPeriodDt'] = bucket.end
      } else {
        row['month'] = bucket.start
      }
      return row as unknown as Row
    }),
  )
}
