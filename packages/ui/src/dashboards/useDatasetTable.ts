import type { DatasetName } from '@lago-analytics/client'
import { dataAsOf, resolveDateRange } from '@lago-analytics/core'
import { toTable, type Table } from '@lago-analytics/core/export'
import { useDatasetQuery, useLagoAnalytics, useOptionalFilters } from '@lago-analytics/react'
import { useCallback } from 'react'

/**
 * A widget's export: the rows of the dataset behind it (the same query and cache entry as the
 * widget, so no extra request), as core's `Table` with currency, range and data-as-of.
 */
export function useDatasetTable(
  name: DatasetName,
  title: string,
  enabled = true,
): () => Table | null {
  const { now, defaultCurrency } = useLagoAnalytics('useDatasetTable')
  const filters = useOptionalFilters()
  const { data } = useDatasetQuery(name, undefined, { enabled })
  return useCallback(() => {
    if (!data) return null
    const instant = now()
    return toTable(name, data.rows as never, {
      title,
      currency: filters?.currency ?? defaultCurrency,
      range: filters ? resolveDateRange(filters.range, { now: instant }) : null,
      dataAsOf: dataAsOf(instant),
      generatedAt: instant,
    })
  }, [data, name, title, now, filters, defaultCurrency])
}
