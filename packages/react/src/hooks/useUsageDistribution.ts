import { usageDistribution, type UsageDistributionResult } from '@lago-analytics/core'
import { toDatasetParams } from '@lago-analytics/core/filters'
import { useQuery } from '@tanstack/react-query'
import { keepCompatibleData } from '../keepCompatibleData.ts'
import { useMemo } from 'react'
import { allPagesQueryOptions } from '../allPagesQueryOptions.ts'
import { datasetState, unavailableReason } from '../datasetState.ts'
import { useLagoAnalytics } from '../LagoAnalyticsContext.ts'
import { useReportFilters, type FilterOverrides } from '../useReportFilters.ts'
import type { SubscriptionRef } from './useRevenueBreakdown.ts'
import { useFanOut, type FanOutResult } from './useFanOut.ts'

export interface UsageDistributionOptions {
  across: 'customer' | 'subscription'
  /**
   * How many customers to query (the largest by net revenue, from Lago's customer breakdown).
   * Default 10. The rest of the usage total is folded into "Other".
   */
  top?: number | undefined
  /** For `across: 'subscription'`: which subscriptions (Lago has no list in its analytics API). */
  subscriptions?: readonly SubscriptionRef[] | undefined
  /** Fan-out concurrency. Default 4. */
  concurrency?: number | undefined
  filters?: FilterOverrides | undefined
  enabled?: boolean | undefined
}

interface Share {
  key: string
  label: string
  amountCents: number
}

/**
 * Adds the usage of everyone not queried (the total minus the members) to "Other", and makes
 * every share — and the top share of the concentration — relative to the real total. The HHI
 * stays the one among the queried members.
 */
function withRemainder(result: UsageDistributionResult, rest: number): UsageDistributionResult {
  if (rest <= 0) return result
  const total = result.total + rest
  const share = (value: number) => (total === 0 ? null : value / total)
  const topSum = result.items
    .slice(0, result.concentration.top)
    .reduce((sum, item) => sum + Math.max(0, item.value), 0)
  const otherValue = (result.other?.value ?? 0) + rest
  return {
    ...result,
    total,
    items: result.items.map((item) => ({ ...item, share: share(item.value) })),
    other: {
      key: result.other?.key ?? '__other__',
      label: result.other?.label ?? 'Other',
      value: otherValue,
      share: share(otherValue),
      rows: result.other?.rows ?? 0,
      members: result.other?.members ?? 0,
    },
    concentration: { ...result.concentration, topShare: share(topSum) },
  }
}

/**
 * How usage spreads across customers or subscriptions. Lago serves no such breakdown, so this
 * composes it: the filter range's usage total (one request), plus one filtered usage request per
 * customer or subscription (at most `concurrency` in flight, each a shared cache entry); what the
 * queried members do not cover becomes "Other".
 */
export function useUsageDistribution(
  options: UsageDistributionOptions,
): FanOutResult<UsageDistributionResult> {
  const context = useLagoAnalytics('useUsageDistribution')
  const { filters, now } = useReportFilters(options.filters, 'useUsageDistribution')
  const enabled = options.enabled ?? true
  const top = options.top ?? 10
  const settings = {
    scope: context.cacheScope,
    now: context.now,
    refreshMarginMinutes: context.refreshMarginMinutes,
  }
  const currency = filters.currency ?? undefined

  const customersOptions = allPagesQueryOptions(
    context.client,
    'revenueByCustomer',
    { currency, orderBy: 'net_revenue_amount_cents' },
    settings,
  )
  const customers = useQuery(
    {
      ...customersOptions,
      enabled: enabled && options.across === 'customer',
      placeholderData: keepCompatibleData(customersOptions.queryKey),
    },
    context.queryClient,
  )

  const members = useMemo((): { key: string; label: string }[] => {
    if (options.across === 'subscription') {
      return (options.subscriptions ?? []).map((s) => ({
        key: s.externalSubscriptionId,
        label: s.name ?? s.externalSubscriptionId,
      }))
    }
    return (customers.data ?? []).slice(0, top).map((row) => ({
      key: row.externalCustomerId,
      label: row.customerName ?? row.externalCustomerId,
    }))
  }, [options.across, options.subscriptions, customers.data, top])

  const paramsList = useMemo(() => {
    const total = toDatasetParams('usageAmounts', filters, { now })
    const scoped = members.map((member) =>
      options.across === 'customer'
        ? { ...total, externalCustomerId: member.key }
        : { ...total, externalSubscriptionId: member.key },
    )
    return [total, ...scoped]
  }, [filters, now, members, options.across])

  const waitingForMembers = options.across === 'customer' && customers.data === undefined
  const fanOut = useFanOut('usageAmounts', paramsList, {
    concurrency: options.concurrency,
    enabled: enabled && !waitingForMembers,
  })

  return useMemo(() => {
    if (customers.status === 'error') {
      return {
        ...fanOut,
        data: undefined,
        results: undefined,
        state: datasetState('error', customers.error, false),
        unavailableReason: unavailableReason(customers.error),
        error: customers.error,
      }
    }
    const [totalResult, ...memberResults] = fanOut.results ?? []
    let data: UsageDistributionResult | undefined
    if (totalResult) {
      const amount = (rows: { amountCents: number }[]) =>
        rows.reduce((sum, row) => sum + row.amountCents, 0)
      const shares: Share[] = memberResults.map((result, index) => ({
        key: members[index]?.key ?? String(index),
        label: members[index]?.label ?? String(index),
        amountCents: amount(result.rows),
      }))
      const memberTotal = shares.reduce((sum, share) => sum + share.amountCents, 0)
      const rest = Math.max(0, amount(totalResult.rows) - memberTotal)
      data = withRemainder(
        usageDistribution(shares, {
          key: (share) => share.key,
          value: (share) => share.amountCents,
          label: (share) => share.label,
          topN: top,
        }),
        rest,
      )
    }
    return {
      ...fanOut,
      data,
      results: undefined,
      state: waitingForMembers ? 'loading' : fanOut.state,
    }
  }, [fanOut, customers.status, customers.error, members, top, waitingForMembers])
}
