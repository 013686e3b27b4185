import { pivot, pivotByTime, type Pivot } from '@lago-analytics/core'
import { toDatasetParams } from '@lago-analytics/core/filters'
import {
  useReportFilters,
  useRevenueBreakdown,
  useUsage,
  type FilterOverrides,
} from '@lago-analytics/react'
import { useMemo } from 'react'
import { ledger, metricNames } from './storyData.ts'

/**
 * Usage amount per billable metric × bucket over the filter range (`pivotByTime` of the public
 * usage endpoint's rows, one request).
 */
export function useUsagePivot(filters?: FilterOverrides) {
  const context = useReportFilters(filters, 'useUsagePivot (story)')
  const params = useMemo(
    () => toDatasetParams('usage', context.filters, { now: context.now }),
    [context],
  )
  const usage = useUsage(params)
  const data = useMemo(
    () =>
      usage.data
        ? pivotByTime(usage.data.rows, {
            ...context.transform,
            row: (row) => row.billableMetricCode,
            rowLabel: (row) => metricNames.get(row.billableMetricCode) ?? row.billableMetricCode,
            value: (row) => row.amountCents,
          })
        : undefined,
    [usage.data, context],
  )
  return {
    ...usage,
    data,
    granularity: context.filters.granularity,
    currency: usage.data?.rows[0]?.currency ?? context.filters.currency,
  }
}

const customers = new Map(ledger.customers.map((customer) => [customer.externalId, customer]))

/**
 * Net revenue by customer (all history, Lago's breakdown) joined with the simulator's customer
 * list, cross-tabulated by country × customer type.
 */
export function useCountryTypePivot(locale = 'en-US') {
  const result = useRevenueBreakdown({ by: 'customer', topN: 10_000 })
  const data = useMemo((): Pivot | undefined => {
    if (!result.data) return undefined
    const countries = new Intl.DisplayNames([locale], { type: 'region' })
    return pivot(result.data.items, {
      row: (item) => customers.get(item.key)?.country ?? '—',
      rowLabel: (item) => {
        const code = customers.get(item.key)?.country
        return code ? (countries.of(code) ?? code) : '—'
      },
      column: (item) => customers.get(item.key)?.type ?? '—',
      columnLabel: (item) =>
        customers.get(item.key)?.type === 'individual' ? 'Individual' : 'Company',
      value: (item) => item.value,
    })
  }, [result.data, locale])
  return { ...result, data, currency: result.data?.currency ?? null }
}
