import type {
  DatasetName,
  DatasetParamsMap,
  DatasetRowMap,
  LagoAnalyticsResult,
} from '@lago-analytics/client'
import { useQueries } from '@tanstack/react-query'
import { useMemo, useState } from 'react'
import { createLimiter } from '../createLimiter.ts'
import { datasetQueryOptions } from '../datasetQueryOptions.ts'
import {
  datasetState,
  unavailableReason,
  type DatasetState,
  type UnavailableReason,
} from '../datasetState.ts'
import { useLagoAnalytics } from '../LagoAnalyticsContext.ts'

export interface FanOutResult<Data, Results = undefined> {
  data: Data | undefined
  /** Per-request results, in input order, once all succeeded. */
  results: Results | undefined
  state: DatasetState
  unavailableReason: UnavailableReason | null
  error: Error | null
  isFetching: boolean
  /** Settled requests / all requests, 0..1 (1 when there is nothing to fetch). */
  progress: number
  /** Most requests this fan-out had in flight at once (never above its concurrency). */
  peakConcurrency: number
  refetch: () => void
}

/**
 * One request per params entry, at most `concurrency` in flight (default 4). Each request uses
 * the plain dataset query key, so it shares cache entries with the dataset hooks.
 */
export function useFanOut<Name extends DatasetName>(
  name: Name,
  paramsList: readonly DatasetParamsMap[Name][],
  options: { concurrency?: number | undefined; enabled?: boolean | undefined } = {},
): FanOutResult<undefined, LagoAnalyticsResult<DatasetRowMap[Name]>[]> {
  const context = useLagoAnalytics('useFanOut')
  const [limiter] = useState(() => createLimiter(options.concurrency ?? 4))
  const settings = {
    scope: context.cacheScope,
    now: context.now,
    refreshMarginMinutes: context.refreshMarginMinutes,
  }
  const queries = useQueries(
    {
      queries: paramsList.map((params) => {
        const base = datasetQueryOptions(context.client, name, params, settings)
        return {
          ...base,
          queryFn: ({ signal }: { signal: AbortSignal }) =>
            limiter.run(() => context.client.request(name, params, { signal }), signal),
          enabled: options.enabled ?? true,
        }
      }),
    },
    context.queryClient,
  )
  return useMemo(() => {
    const total = queries.length
    const settled = queries.filter((query) => query.status !== 'pending').length
    const failed = queries.find((query) => query.status === 'error')
    const done = queries.every((query) => query.status === 'success')
    const results = done
      ? queries.map((query) => query.data as LagoAnalyticsResult<DatasetRowMap[Name]>)
      : undefined
    const status = failed ? 'error' : done ? 'success' : 'pending'
    const empty = (results ?? []).every((result) => result.rows.length === 0)
    return {
      data: undefined,
      results,
      state:
        options.enabled === false && total > 0
          ? 'loading'
          : datasetState(status, failed?.error, empty),
      unavailableReason: unavailableReason(failed?.error),
      error: failed?.error ?? null,
      isFetching: queries.some((query) => query.isFetching),
      progress: total === 0 ? 1 : settled / total,
      peakConcurrency: limiter.peak,
      refetch: () => queries.forEach((query) => void query.refetch()),
    }
  }, [queries, limiter, options.enabled])
}
