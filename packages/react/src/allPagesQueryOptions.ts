import type {
  DatasetParamsMap,
  DatasetRowMap,
  LagoAnalyticsClient,
  PaginatedDatasetName,
} from '@lago-analytics/client'
import { queryOptions } from '@tanstack/react-query'
import { msUntilNextRefresh } from '@lago-analytics/core'
import { lagoAnalyticsKeys } from './lagoAnalyticsKeys.ts'
import type { DatasetQuerySettings } from './datasetQueryOptions.ts'

/**
 * Every row of a paginated breakdown (all pages, 100 rows a request), cached as one entry —
 * for top-N + "Other", which needs the whole population.
 */
export function allPagesQueryOptions<Name extends PaginatedDatasetName>(
  client: LagoAnalyticsClient,
  name: Name,
  params: Omit<DatasetParamsMap[Name], 'page' | 'limit'> | undefined,
  settings: DatasetQuerySettings = {},
) {
  const now = settings.now ?? (() => new Date())
  const key = lagoAnalyticsKeys.query(
    settings.scope ?? 'default',
    name,
    params as DatasetParamsMap[Name],
  )
  return queryOptions<DatasetRowMap[Name][]>({
    queryKey: [...key, 'all-pages'] as const,
    queryFn: async ({ signal }) => {
      const rows: DatasetRowMap[Name][] = []
      const method = client[name] as unknown as {
        paginate(
          params: object,
          options: { signal: AbortSignal },
        ): AsyncIterable<DatasetRowMap[Name]>
      }
      for await (const row of method.paginate({ ...params, limit: 100 }, { signal })) rows.push(row)
      return rows
    },
    staleTime: () => msUntilNextRefresh(now(), { marginMinutes: settings.refreshMarginMinutes }),
    gcTime: 3_600_000,
    retry: false,
  })
}
