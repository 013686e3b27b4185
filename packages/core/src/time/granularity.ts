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
  switch (value) {
    case 'daily':
      return 'day'
    case 'weekly':
      return 'week'
    case 'monthly':
      return 'month'
    default:
      return assertNever(value)
  }
}

/**
 * The granularity to request from the API for a chart granularity: quarters and years are
 * rolled up client-side from months.
 */
export function fetchGranularity(granularity: Granularity): ApiGranularity {
  switch (granularity) {
    case 'day':
    case 'week':
    case 'month':
      return granularity
    case 'quarter':
    case 'year':
      return 'month'
    default:
      return assertNever(granularity)
  }
}

/** The `time_granularity` parameter to send for a chart granularity. */
export function toTimeGranularity(granularity: Granularity): TimeGranularity {
  return TIME_GRANULARITY[fetchGranularity(granularity)]
}

/** Whether buckets of `fine` nest exactly in buckets of `coarse` (weeks do not nest in months). */
export function nestsIn(fine: Granularity, coarse: Granularity): boolean {
  if (fine === coarse) return true
  switch (fine) {
    case 'day':
      return true
    case 'week':
      return false
    case 'month':
      return coarse === 'quarter' || coarse === 'year'
    case 'quarter':
      return coarse === 'year'
    case 'year':
      return false
    default:
      return assertNever(fine)
  }
}
