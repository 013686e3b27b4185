import { useDatasetQuery } from '@lago-analytics/react'

/**
 * Whether this Lago serves the Data API datasets: `unknown` until a Data API request the
 * dashboard shows anyway answers (no extra request: same query, same cache entry); `false` when it
 * says the Data API is not connected. Widgets then fall back to the public REST endpoints.
 */
export function useDataApiStatus(probe: 'revenueStreams' | 'usageAmounts'): 'unknown' | boolean {
  const { state, unavailableReason } = useDatasetQuery(probe)
  if (state === 'loading') return 'unknown'
  return !(state === 'unavailable' && unavailableReason === 'data-api')
}
