import type { UsageRow } from '@lago-analytics/client'
import { addMinor, createSeries, shareOf, type TransformOptions } from '../internal/series.ts'
import { compareByValueThenKey } from './breakdown.ts'
import { pivotByTime, type TimePivot } from './pivot.ts'

export interface MetricUsage {
  readonly billableMetricCode: string
  /** Aggregated billable-metric units over the range (never summed across metrics). */
  readonly units: number
  /** Minor units. */
  readonly amountCents: number
  /** Share of the total usage amount; `null` when the total is 0. */
  readonly share: number | null
  /** The billable metric has since been deleted in Lago. */
  readonly deleted: boolean
}

export interface UsageByMetricResult {
  readonly currency: string | null
  /** Largest amount first (ties by code). */
  readonly metrics: MetricUsage[]
  /** Total amount over every metric (units of different metrics are not additive). */
  readonly totalAmountCents: number
  /** Amount per metric × bucket, gap-filled; `topN` folds small metrics into "Other". */
  readonly amountByTime: TimePivot
  /** Units per metric × bucket (no "Other" row: units of different metrics do not add up). */
  readonly unitsByTime: TimePivot
}

/** Usage by billable metric: totals (units and amount), shares, and per-bucket series. */
export function usageByMetric(
  rows: readonly UsageRow[],
  options: TransformOptions & { topN?: number | undefined; otherLabel?: string | undefined },
): UsageByMetricResult {
  const series = createSeries(options)
  const metrics = new Map<string, { -readonly [K in keyof MetricUsage]: MetricUsage[K] }>()
  let total = 0
  const inRange: UsageRow[] = []
  series.each(rows, (_, row) => {
    inRange.push(row)
    total = addMinor(total, row.amountCents)
    const code = row.billableMetricCode
    const metric = metrics.get(code)
    if (metric === undefined) {
      metrics.set(code, {
        billableMetricCode: code,
        units: row.units,
        amountCents: row.amountCents,
        share: null,
        deleted: row.isBillableMetricDeleted,
      })
    } else {
      metric.units += row.units
      metric.amountCents = addMinor(metric.amountCents, row.amountCents)
      metric.deleted ||= row.isBillableMetricDeleted
    }
  })
  const sorted = [...metrics.values()].sort((a, b) =>
    compareByValueThenKey(
      { value: a.amountCents, key: a.billableMetricCode },
      { value: b.amountCents, key: b.billableMetricCode },
    ),
  )
  for (const metric of sorted) metric.share = shareOf(metric.amountCents, total)
  const byTime = (value: (row: UsageRow) => number, fold: boolean): TimePivot =>
    pivotByTime(inRange, {
      ...options,
      row: (row) => row.billableMetricCode,
      value,
      rowOrder: sorted.map((metric) => metric.billableMetricCode),
      // Units of different metrics do not add up: no "Other" row for them.
      topRows: fold ? options.topN : undefined,
      otherLabel: options.otherLabel,
    })
  return {
    currency: series.currency,
    metrics: sorted,
    totalAmountCents: total,
    amountByTime: byTime((row) => row.amountCents, true),
    unitsByTime: byTime((row) => row.units, false),
  }
}
