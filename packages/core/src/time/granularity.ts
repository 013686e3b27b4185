import type { TimeGranularity } from '@lago-analytics/client'
import { assertNever } from '../internal/assertNever.ts'

/** What the API serves (`time_granularity` daily / weekly / monthly). */
export type ApiGranularity = 'day' | 'week' | 'month'
/** What charts may show: the API's granularities plus client-side rollups. */
export type Granularity = ApiGranularity | 'quarter' | 'year'

export const GRANULARITIES: readonly Granularity[] = ['day', 'week', 'month', 'quarter', 'year']

/** Granularity ↔ Lago's `time_granularity`. */
export const TIME_GRANULARITY: { readonly [G in ApiGranularity]: TimeGranularity } = {
  day: 'daily',
  week: 'weekly',
  month: 'monthly',
}

export function isGranularity(value: unknown): value is Granularity {
  return typeof value === 'string' && (GRANULARITIES as readonly string[]).includes(value)
}

/** Lago's `time_granularity` → ours. */
export function fromTimeGranularity(value: TimeGranularity): ApiGranularity {
  const found = (Object.keys(TIME_GRANULARITY) as ApiGranularity[]).find(
    (granularity) => TIME_GRANULARITY[granularity] === value,
  )
  return found ?? assertNever(value as never)
}

/** Position in `GRANULARITIES` (finest first); `TypeError` for anything else. */
function rank(granularity: Granularity): number {
  const index = GRANULARITIES.indexOf(granularity)
  return index < 0 ? assertNever(granularity as never) : index
}

/**
 * The granularity to request from the API for a chart granularity: quarters and years are
 * rolled up client-side from months.
 */
export function fetchGranularity(granularity: Granularity): ApiGranularity {
  return rank(granularity) > 2 ? 'month' : (granularity as ApiGranularity)
}

/** The `time_granularity` parameter to send for a chart granularity. */
export function toTimeGranularity(granularity: Granularity): TimeGranularity {
  return TIME_GRANULARITY[fetchGranularity(granularity)]
}

/** Whether buckets of `fine` nest exactly in buckets of `coarse` (weeks do not nest in months). */
export function nestsIn(fine: Granularity, coarse: Granularity): boolean {
  if (fine === coarse) return true
  const f = rank(fine)
  // Days nest in everything; months and quarters in the coarser calendar periods.
  return f === 0 || (f > 1 && f < GRANULARITIES.indexOf(coarse))
}
