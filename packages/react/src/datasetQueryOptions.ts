import {
  DATASET_NAMES,
  type DatasetName,
  type DatasetParamsMap,
  type DatasetRowMap,
  type LagoAnalyticsClient,
  type LagoAnalyticsResult,
} from '@lago-analytics/client'
import { msUntilNextRefresh } from '@lago-analytics/core'
import { queryOptions } from '@tanstack/react-query'
import { lagoAnalyticsKeys } from './lagoAnalyticsKeys.ts'

export interface DatasetQuerySettings {
  /** Cache scope (the provider's `cacheScope`). Default `default`. */
  scope?: string | undefined
  /** The clock used for freshness. Default `() => new Date()`. */
  now?: (() => Date) | undefined
  refreshMarginMinutes?: number | undefined
}

const ONE_HOUR = 3_600_000

/**
 * TanStack Query options for one dataset request — use with `useQuery`, `prefetchQuery`,
 * `ensureQueryData` or in loaders. Fresh until Lago's next daily refresh, so N widgets over the
 * same dataset and filters cost one request, and none again until the data can have changed.
 * The client owns retries (backoff, `Retry-After`), so TanStack's are off; the query's
 * `signal` aborts the request when its last observer leaves.
 */
export function datasetQueryOptions<Name extends DatasetName>(
  client: LagoAnalyticsClient,
  name: Name,
  params?: DatasetParamsMap[Name],
  settings: DatasetQuerySettings = {},
) {
  const now = settings.now ?? (() => new Date())
  const marginMinutes = settings.refreshMarginMinutes
  return queryOptions<LagoAnalyticsResult<DatasetRowMap[Name]>>({
    queryKey: lagoAnalyticsKeys.query(settings.scope ?? 'default', name, params),
    queryFn: ({ signal }) => client.request(name, params, { signal }),
    staleTime: () => msUntilNextRefresh(now(), { marginMinutes }),
    gcTime: ONE_HOUR,
    retry: false,
  })
}

type QueryFactory<Name extends DatasetName> = (
  client: LagoAnalyticsClient,
  params?: DatasetParamsMap[Name],
  settings?: DatasetQuerySettings,
) => ReturnType<typeof datasetQueryOptions<Name>>

/** One `queryOptions` factory per dataset: `lagoAnalyticsQueries.mrr(client, { currency })`. */
export const lagoAnalyticsQueries = Object.fromEntries(
  DATASET_NAMES.map((name) => [
    name,
    (client: LagoAnalyticsClient, params?: object, settings?: DatasetQuerySettings) =>
      datasetQueryOptions(client, name, params as never, settings),
  ]),
) as { readonly [Name in DatasetName]: QueryFactory<Name> }
