import type { DatasetName } from '@lago-analytics/client'
import {
  breakdownBySubscription,
  breakdownRevenueByCustomer,
  breakdownRevenueByPlan,
  type MoneyBreakdown,
  type RevenueMeasure,
} from '@lago-analytics/core'
import { toDatasetParams } from '@lago-analytics/core/filters'
import { useQuery } from '@tanstack/react-query'
import { keepCompatibleData } from '../keepCompatibleData.ts'
import { useMemo } from 'react'
import { allPagesQueryOptions } from '../allPagesQueryOptions.ts'
import { datasetState, unavailableReason } from '../datasetState.ts'
import { useLagoAnalytics } from '../LagoAnalyticsContext.ts'
import { useReportFilters, type FilterOverrides } from '../useReportFilters.ts'
import { useFanOut, type FanOutResult } from './useFanOut.ts'

export interface SubscriptionRef {
  externalSubscriptionId: string
  /** Display name (plan, customer…). Default: the id. */
  name?: string | undefined
}

export interface RevenueBreakdownOptions {
  by: 'customer' | 'plan' | 'subscription'
  /** Keep the N largest and fold the rest into "Other". Default 10. */
  topN?: number | undefined
  /** Default `net`. */
  measure?: RevenueMeasure | undefined
  /**
   * For `by: 'subscription'`: which subscriptions to compare. Lago has no per-subscription
   * revenue breakdown, so this fans out one filtered revenue-streams request per subscription.
   */
  subscriptions?: readonly SubscriptionRef[] | undefined
  /** Fan-out concurrency. Default 4. */
  concurrency?: number | undefined
  filters?: FilterOverrides | undefined
  enabled?: boolean | undefined
}

export type RevenueBreakdownResult = FanOutResult<MoneyBreakdown>

/**
 * Revenue by customer or plan (Lago's breakdowns, every page, all history for the currency), or
 * by subscription (composed from filtered revenue-streams requests over the filter range).
 */
export function useRevenueBreakdown(options: RevenueBreakdownOptions): RevenueBreakdownResult {
  const context = useLagoAnalytics('useRevenueBreakdown')
  const { filters, now } = useReportFilters(options.filters, 'useRevenueBreakdown')
  const topN = options.topN ?? 10
  const measure = options.measure ?? 'net'
  const dataset: DatasetName = options.by === 'plan' ? 'revenueByPlan' : 'revenueByCustomer'
  const settings = {
    scope: context.cacheScope,
    now: context.now,
    refreshMarginMinutes: context.refreshMarginMinutes,
  }
  const currency = filters.currency ?? undefined
  const orderBy = measure === 'gross' ? 'gross_revenue_amount_cents' : 'net_revenue_amount_cents'

  const pagesOptions = allPagesQueryOptions(
    context.client,
    dataset as 'revenueByCustomer',
    { currency, ...(options.by === 'plan' ? {} : { orderBy }) },
    settings,
  )
  const pages = useQuery(
    {
      ...pagesOptions,
      enabled: options.by !== 'subscription' && (options.enabled ?? true),
      placeholderData: keepCompatibleData(pagesOptions.queryKey),
    },
    context.queryClient,
  )

  const subscriptionParams = useMemo(
    () =>
      (options.by === 'subscription' ? (options.subscriptions ?? []) : []).map((subscription) => ({
        ...toDatasetParams(
          'revenueStreams',
          { ...filters, externalSubscriptionId: subscription.externalSubscriptionId },
          { now },
        ),
      })),
    [options.by, options.subscriptions, filters, now],
  )
  const fanOut = useFanOut('revenueStreams', subscriptionParams, {
    concurrency: options.concurrency,
    enabled: options.by === 'subscription' && (options.enabled ?? true),
  })

  return useMemo((): RevenueBreakdownResult => {
    if (options.by === 'subscription') {
      const data = fanOut.results
        ? breakdownBySubscription(
            fanOut.results.map((result, index) => {
              const ref = options.subscriptions?.[index]
              return {
                externalSubscriptionId: ref?.externalSubscriptionId ?? String(index),
                name: ref?.name,
                currency: currency ?? result.rows[0]?.currency ?? 'USD',
                amountCents: result.rows.reduce(
                  (sum, row) =>
                    sum +
                    (measure === 'gross' ? row.grossRevenueAmountCents : row.netRevenueAmountCents),
                  0,
                ),
              }
            }),
            { topN, currency },
          )
        : undefined
      return { ...fanOut, data, results: undefined }
    }
    const rows = pages.data
    const data =
      rows === undefined
        ? undefined
        : options.by === 'plan'
          ? breakdownRevenueByPlan(rows as never, { topN, measure, currency })
          : breakdownRevenueByCustomer(rows, { topN, measure, currency })
    return {
      data,
      results: undefined,
      state: datasetState(pages.status, pages.error, (rows?.length ?? 0) === 0),
      unavailableReason: unavailableReason(pages.error),
      error: pages.error,
      isFetching: pages.isFetching,
      progress: pages.isSuccess ? 1 : 0,
      peakConcurrency: pages.isFetching ? 1 : 0,
      refetch: () => void pages.refetch(),
    }
  }, [options.by, options.subscriptions, fanOut, pages, topN, measure, currency])
}
