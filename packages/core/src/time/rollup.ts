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

interface Group<Row> {
  row: Record<string, unknown>
  firstStart: string
  lastStart: string
  source: Row
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
  const measures = Object.entries(options.measures) as [string, Aggregation][]
  const groupBy = (options.groupBy ?? []) as readonly PropertyKey[] as readonly string[]
  // One map of groups per bucket: no per-row string concatenation for the bucket part.
  const groups: Map<string, Group<Row>>[] = timeline.buckets.map(() => new Map())
  for (const row of rows) {
    const start = rowStart(row)
    const index = timeline.indexOf(start, rowEnd(row))
    if (index < 0) continue
    const record = row as unknown as Record<string, unknown>
    let key = ''
    for (let g = 0; g < groupBy.length; g++) {
      const value = String(record[groupBy[g] as string])
      key = g === 0 ? value : `${key}\u0000${value}`
    }
    const bucketGroups = groups[index] as Map<string, Group<Row>>
    const group = bucketGroups.get(key)
    if (group === undefined) {
      bucketGroups.set(key, {
        row: { ...record },
        firstStart: start,
        lastStart: start,
        source: row,
      })
      continue
    }
    const target = group.row
    const isFirst = start < group.firstStart
    const isLast = start >= group.lastStart
    if (isFirst) group.firstStart = start
    if (isLast) group.lastStart = start
    for (const [field, aggregation] of measures) {
      const value = record[field] as number
      const current = target[field] as number
      switch (aggregation) {
        case 'sum':
          target[field] = current + value
          break
        case 'first':
          if (isFirst) target[field] = value
          break
        case 'last':
          if (isLast) target[field] = value
          break
        case 'min':
          target[field] = Math.min(current, value)
          break
        case 'max':
          target[field] = Math.max(current, value)
          break
        default:
          return assertNever(aggregation)
      }
    }
  }
  const out: Row[] = []
  timeline.buckets.forEach((bucket, index) => {
    for (const group of (groups[index] as Map<string, Group<Row>>).values()) {
      const row = group.row
      if ('startOfPeriodDt' in group.source) {
        row['startOfPeriodDt'] = bucket.start
        row['endOfPeriodDt'] = bucket.end
      } else {
        row['month'] = bucket.start
      }
      out.push(row as unknown as Row)
    }
  })
  return out
}
