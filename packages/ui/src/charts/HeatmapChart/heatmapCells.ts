import type { Granularity, Pivot, TimePivot } from '@lago-analytics/core'
import type { ChartFormatters } from '../shared/chartFormatters.ts'

/** Column labels of a pivot: formatted buckets for a `TimePivot` with a granularity. */
export function pivotColumnLabels(
  pivot: Pivot | TimePivot,
  formatters: ChartFormatters,
  granularity: Granularity | undefined,
  style: 'short' | 'long',
): string[] {
  const buckets = 'buckets' in pivot ? pivot.buckets : null
  return pivot.columns.map((column, c) => {
    const bucket = buckets?.[c]?.bucket
    return bucket !== undefined && granularity !== undefined
      ? formatters.bucket(bucket, granularity, style)
      : column.label
  })
}

/** The largest absolute cell value of a pivot (0 when empty). */
export function pivotMax(pivot: Pivot): number {
  let max = 0
  for (const row of pivot.values) for (const value of row) max = Math.max(max, Math.abs(value))
  return max
}
