import type {
  DatasetName,
  DatasetParamsMap,
  DatasetRowMap,
  LagoAnalyticsResult,
} from '@lago-analytics/client'
import { useQuery, type UseQueryResult } from '@tanstack/react-query'
import { keepCompatibleData } from './keepCompatibleData.ts'
import { datasetQueryOptions } from './datasetQueryOptions.ts'
import {
  datasetState,
  unavailableReason,
  type DatasetState,
  type UnavailableReason,
} from './datasetState.ts'
import { useLagoAnalytics } from './LagoAnalyticsContext.ts'
import { useDatasetParams } from './useDatasetParams.ts'

const identity = <T>(value: T): T => value

export interface DatasetQueryOptions {
  /** `false` to hold the request (e.g. until a selection exists). */
  enabled?: boolean | undefined
}

export interface DatasetQueryResult<Data> {
  /** The data (kept from the previous params while new ones load). */
  data: Data | undefined
  state: DatasetState
  unavailableReason: UnavailableReason | null
  error: Error | null
  /** A request is in flight (first load or refetch). */
  isFetching: boolean
  /** `data` belongs to the previous params; the new ones are loading. */
  isPlaceholderData: boolean
  /** The params actually requested. */
  params: object | undefined
  refetch: () => void
  /** The underlying TanStack Query result, for anything else. */
  query: UseQueryResult<unknown>
}

/**
 * The generic hook behind every dataset hook: params from the call or the nearest filter store,
 * the provider's QueryClient passed explicitly, previous data kept while filters change (when
 * it has the same currency and granularity: `keepCompatibleData`).
 */
export function useDatasetQuery<
  Name extends DatasetName,
  Data = LagoAnalyticsResult<DatasetRowMap[Name]>,
>(
  name: Name,
  params?: DatasetParamsMap[Name],
  options: DatasetQueryOptions & {
    select?: ((result: LagoAnalyticsResult<DatasetRowMap[Name]>) => Data) | undefined
  } = {},
): DatasetQueryResult<Data> {
  const context = useLagoAnalytics(`use${name[0]?.toUpperCase()}${name.slice(1)}`)
  const resolved = useDatasetParams(name, params)
  const base = datasetQueryOptions(context.client, name, resolved, {
    scope: context.cacheScope,
    now: context.now,
    refreshMarginMinutes: context.refreshMarginMinutes,
  })
  const query = useQuery(
    {
      ...base,
      enabled: options.enabled ?? true,
      placeholderData: keepCompatibleData(base.queryKey),
      select:
        options.select ?? (identity as (result: LagoAnalyticsResult<DatasetRowMap[Name]>) => Data),
    },
    context.queryClient,
  )
  const rows = (query.data as { rows?: unknown[] } | undefined)?.rows
  const isEmpty = options.select ? query.data === undefined : (rows?.length ?? 0) === 0
  return {
    data: query.data as Data | undefined,
    state: datasetState(query.status, query.error, isEmpty),
    unavailableReason: unavailableReason(query.error),
    error: query.error,
    isFetching: query.isFetching,
    isPlaceholderData: query.isPlaceholderData,
    params: resolved,
    refetch: () => void query.refetch(),
    query: query as UseQueryResult<unknown>,
  }
}
