/** Params that change what the rows mean: rows under another value cannot stand in for new ones. */
const SHAPE_PARAMS = ['currency', 'timeGranularity'] as const

function paramsOf(queryKey: readonly unknown[] | undefined): Record<string, unknown> {
  const params = queryKey?.[3]
  return typeof params === 'object' && params !== null ? (params as Record<string, unknown>) : {}
}

/**
 * `placeholderData` for our queries: keeps the previous data on screen while new filters load —
 * but only when it was fetched with the same currency and time granularity. Rows of another
 * currency cannot be summed with the new one, and monthly rows cannot be re-bucketed by week, so
 * a transform (`select`, a report) run on them would throw; the query shows its loading state
 * instead. Keys are `lagoAnalyticsKeys.query(...)` (params at index 3).
 */
export function keepCompatibleData(queryKey: readonly unknown[]) {
  const next = paramsOf(queryKey)
  return <T>(
    previousData: T | undefined,
    previousQuery: { readonly queryKey: readonly unknown[] } | undefined,
  ): T | undefined => {
    if (previousData === undefined || previousQuery === undefined) return undefined
    const previous = paramsOf(previousQuery.queryKey)
    return SHAPE_PARAMS.every((param) => previous[param] === next[param]) ? previousData : undefined
  }
}
