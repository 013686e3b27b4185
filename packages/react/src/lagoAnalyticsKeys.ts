import type { DatasetName, DatasetParamsMap } from '@lago-analytics/client'
import { toIsoDate } from '@lago-analytics/client/protocol'

/** Params as they go on the wire: undefined/null dropped, Dates as `YYYY-MM-DD`, keys sorted. */
export function canonicalParams(params: object | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  if (!params) return out
  for (const key of Object.keys(params).sort()) {
    const value = (params as Record<string, unknown>)[key]
    if (value === undefined || value === null) continue
    out[key] = value instanceof Date ? (toIsoDate(value) ?? String(value)) : value
  }
  return out
}

/**
 * Query keys. Every key starts with `'lago-analytics'`, then the provider's cache scope, then
 * the dataset, then its canonical params — so hosts can invalidate at any level:
 * `queryClient.invalidateQueries({ queryKey: lagoAnalyticsKeys.dataset('default', 'mrr') })`.
 */
export const lagoAnalyticsKeys = {
  all: ['lago-analytics'] as const,
  scope: (scope: string) => ['lago-analytics', scope] as const,
  dataset: (scope: string, name: DatasetName) => ['lago-analytics', scope, name] as const,
  query: <Name extends DatasetName>(scope: string, name: Name, params?: DatasetParamsMap[Name]) =>
    ['lago-analytics', scope, name, canonicalParams(params)] as const,
}
