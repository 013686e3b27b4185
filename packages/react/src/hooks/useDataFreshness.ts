import { dataAsOf, lastCompleteDay, nextRefreshAt, type DateKey } from '@lago-analytics/core'
import { useEffect, useReducer } from 'react'
import { useLagoAnalytics } from '../LagoAnalyticsContext.ts'

export interface DataFreshness {
  /** Cut-off of the visible data: 00:00 UTC of the last completed refresh. */
  dataAsOf: Date
  /** When Lago's next daily refresh should be done (00:00 UTC + margin). */
  nextRefreshAt: Date
  /** Milliseconds until then. */
  msUntilRefresh: number
  /** The last complete UTC day; later buckets are partial. */
  lastCompleteDay: DateKey
}

/** Data freshness for badges and partial-period markers; re-renders every minute. */
export function useDataFreshness(): DataFreshness {
  const { now, refreshMarginMinutes } = useLagoAnalytics('useDataFreshness')
  const [, tick] = useReducer((count: number) => count + 1, 0)
  useEffect(() => {
    const timer = setInterval(tick, 60_000)
    return () => clearInterval(timer)
  }, [])
  const instant = now()
  const options = { marginMinutes: refreshMarginMinutes }
  const next = nextRefreshAt(instant, options)
  return {
    dataAsOf: dataAsOf(instant, options),
    nextRefreshAt: next,
    msUntilRefresh: next.getTime() - instant.getTime(),
    lastCompleteDay: lastCompleteDay(instant, options),
  }
}
