import type { UsageRow } from '@lago-analytics/client'
import { addMinor, currencyGuard, shareOf, type TransformOptions } from '../internal/series.ts'
import { rowEnd, rowStart } from '../internal/rowPeriod.ts'
import { compareByValueThenKey } from './breakdown.ts'
import { pivotByTime, type TimePivot } from './pivot.ts'
import { createTimeline } from '../internal/timeline.ts'

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
  const guard = currencyGuard(options.currency)
  const timeline = createTimeline(options.range, options.granularity)
  const totals = new Map<string, { units: number; amountCents: number; deleted: boolean }>()
  let total = 0
  const inRange: UsageRow[] = []
  for (const row of rows) {
    if (timeline.indexOf(rowStart(row), rowEnd(row)) < 0) continue
    guard.check(row.currency)
    inRange.push(row)
    total = addMinor(total, row.amountCents)
    const entry = totals.get(row.billableMetricCode)
    if (entry === undefined) {
      totals.set(row.billableMetricCode, {
        units: row.units,
        amountCents: row.amountCents,
        deleted: row.isBillableMetricDeleted,
      })
    } else {
      entry.units += row.units
      entry.amountCents = addMinor(entry.amountCents, row.amountCents)
      entry.deleted ||= row.isBillableMetricDeleted
    }
  }
  const metrics = [...totals.entries()]
    .map(([code, entry]) => ({
      billableMetricCode: code,
      units: entry.units,
      amountCents: entry.amountCents,
      share: shareOf(entry.amountCents, total),
      deleted: entry.deleted,
      key: code,
      value: entry.amountCents,
    }))
    .sort(compareByValueThenKey)
    .map(({ key: _key, value: _value, ...metric }) => metric)
  const order = metrics.map((metric) => metric.billableMetricCode)
  const amountByTime = pivotByTime(inRange, {
    ...options,
    row: (row) => row.billableMetricCode,
    value: (row) => row.amountCents,
    rowOrder: order,
    topRows: options.topN,
    otherLabel: options.otherLabel,
  })
  const unitsByTime = pivotByTime(inRange, {
    ...options,
    row: (row) => row.billableMetricCode,
    value: (row) => row.units,
    rowOrder: order,
  })
  return { currency: guard.currency, metrics, totalAmountCents: total, amountByTime, unitsByTime }
}
