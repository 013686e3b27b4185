/**
 * When cached analytics can next have changed. Lago keys its legacy caches by UTC day and
 * refreshes the Data API datasets daily around 00:00 UTC; the proxy treats "00:00 UTC plus a
 * margin" as the refresh instant (same rule as `nextRefreshAt` in `@lago-analytics/core`).
 */

const MS_PER_DAY = 86_400_000
const MS_PER_MINUTE = 60_000

export interface Freshness {
  /** The next refresh instant strictly after `now` (epoch ms). */
  nextRefreshAt: number
  /** 00:00 UTC of the day of the last completed refresh (epoch ms): the data's cut-off. */
  dataAsOf: number
}

/** `marginMinutes` must be within [0, 1440). */
export function freshness(now: number, marginMinutes: number): Freshness {
  const margin = marginMinutes * MS_PER_MINUTE
  const lastRefreshDay = Math.floor((now - margin) / MS_PER_DAY)
  return {
    nextRefreshAt: (lastRefreshDay + 1) * MS_PER_DAY + margin,
    dataAsOf: lastRefreshDay * MS_PER_DAY,
  }
}
