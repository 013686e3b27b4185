import type { LagoAnalyticsClient } from '@lago-analytics/client'
import type { QueryClient } from '@tanstack/react-query'
import { createContext, useContext } from 'react'

export interface LagoAnalyticsContextValue {
  client: LagoAnalyticsClient
  /** The QueryClient every hook uses explicitly (the host's, or one the provider owns). */
  queryClient: QueryClient
  locale: string
  /** Display time zone; buckets stay UTC calendar periods whatever it is. */
  timeZone: string
  /** Currency used when no filter or param sets one (Lago never converts). */
  defaultCurrency: string | null
  /** The clock. Injectable for tests and stories. */
  now: () => Date
  /** Minutes after 00:00 UTC by which Lago's daily refresh is assumed done. */
  refreshMarginMinutes: number
  /** First element after `'lago-analytics'` in every query key. */
  cacheScope: string
}

export const LagoAnalyticsContext = createContext<LagoAnalyticsContextValue | null>(null)
LagoAnalyticsContext.displayName = 'LagoAnalyticsContext'

/** The nearest provider's settings; throws, naming the caller, outside a provider. */
export function useLagoAnalytics(consumer = 'useLagoAnalytics'): LagoAnalyticsContextValue {
  const value = useContext(LagoAnalyticsContext)
  if (value === null) {
    throw new Error(`${consumer} must be used inside <LagoAnalyticsProvider client={…}>`)
  }
  return value
}
