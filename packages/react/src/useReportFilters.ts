import { resolveDateRange, type DateRange, type TransformOptions } from '@lago-analytics/core'
import {
  DEFAULT_FILTERS,
  pickFilters,
  validateFilters,
  type FilterState,
} from '@lago-analytics/core/filters'
import { useMemo } from 'react'
import { useLagoAnalytics } from './LagoAnalyticsContext.ts'
import { useOptionalFilters } from './useDatasetParams.ts'

/** Filters a report hook can take directly; they override the nearest filter store. */
export type FilterOverrides = Partial<FilterState>

export interface ReportFilters {
  /** Store filters (or defaults) with overrides and the provider's default currency applied. */
  filters: FilterState
  /** The resolved calendar range. */
  range: DateRange
  /** Options for core transforms: range, granularity, now, locale, currency. */
  transform: TransformOptions & { currency?: string | undefined }
  /** The instant used (the provider's clock, read once per render). */
  now: Date
}

/** Effective filters and transform options for a report hook. */
export function useReportFilters(
  overrides: FilterOverrides | undefined,
  consumer: string,
): ReportFilters {
  const { defaultCurrency, now: clock, locale } = useLagoAnalytics(consumer)
  const storeFilters = useOptionalFilters()
  const now = clock()
  const day = now.toISOString().slice(0, 10)
  const overridesKey = JSON.stringify(overrides ?? {})
  return useMemo(() => {
    const base = storeFilters ? pickFilters(storeFilters) : DEFAULT_FILTERS
    const merged: FilterState = {
      ...base,
      ...validateFilters(JSON.parse(overridesKey) as FilterOverrides),
    }
    const filters: FilterState = { ...merged, currency: merged.currency ?? defaultCurrency }
    const stableNow = new Date(`${day}T12:00:00Z`)
    const range = resolveDateRange(filters.range, { now: stableNow })
    return {
      filters,
      range,
      now: stableNow,
      transform: {
        range,
        granularity: filters.granularity,
        now: stableNow,
        locale,
        ...(filters.currency ? { currency: filters.currency } : {}),
      },
    }
    // Keyed by the UTC day, not the instant: figures only change with the daily refresh.
  }, [storeFilters, overridesKey, defaultCurrency, day, locale])
}
