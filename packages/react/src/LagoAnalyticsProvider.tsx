import type { LagoAnalyticsClient } from '@lago-analytics/client'
import { msUntilNextRefresh } from '@lago-analytics/core'
import { QueryClient } from '@tanstack/react-query'
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import { LagoAnalyticsContext, type LagoAnalyticsContextValue } from './LagoAnalyticsContext.ts'
import { lagoAnalyticsKeys } from './lagoAnalyticsKeys.ts'

export interface LagoAnalyticsProviderProps {
  client: LagoAnalyticsClient
  /**
   * Use the host's QueryClient (share its cache, devtools…). Without it the provider creates and
   * owns one. Either way hooks pass it explicitly: a host's `QueryClientProvider` is never
   * replaced or required.
   */
  queryClient?: QueryClient | undefined
  /** BCP 47 locale for numbers and dates. Default `en-US`. */
  locale?: string | undefined
  /** IANA zone for displaying instants. Default `UTC`. Never shifts the UTC buckets. */
  timeZone?: string | undefined
  defaultCurrency?: string | undefined
  /** The clock; default `() => new Date()`. */
  now?: (() => Date) | undefined
  /** Default 15. */
  refreshMarginMinutes?: number | undefined
  /** Separates caches of several providers sharing one QueryClient. Default `default`. */
  cacheScope?: string | undefined
  children?: ReactNode
}

function createOwnQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } },
  })
}

const systemClock = () => new Date()

/**
 * Makes a Lago analytics client available to the hooks below it. Data is cached until Lago's
 * next daily refresh (00:00 UTC + margin); at that moment the provider's queries are
 * invalidated, so mounted widgets refetch once and idle ones refetch when next shown.
 */
export function LagoAnalyticsProvider(props: LagoAnalyticsProviderProps) {
  const { client, children } = props
  const [ownQueryClient] = useState(() => (props.queryClient ? null : createOwnQueryClient()))
  const queryClient = props.queryClient ?? (ownQueryClient as QueryClient)
  const now = props.now ?? systemClock
  const margin = props.refreshMarginMinutes ?? 15
  const scope = props.cacheScope ?? 'default'

  const value = useMemo<LagoAnalyticsContextValue>(
    () => ({
      client,
      queryClient,
      locale: props.locale ?? 'en-US',
      timeZone: props.timeZone ?? 'UTC',
      defaultCurrency: props.defaultCurrency?.toUpperCase() ?? null,
      now,
      refreshMarginMinutes: margin,
      cacheScope: scope,
    }),
    [client, queryClient, props.locale, props.timeZone, props.defaultCurrency, now, margin, scope],
  )

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>
    const schedule = () => {
      // setTimeout is capped at 2^31-1 ms; a day is far below that.
      timer = setTimeout(
        () => {
          void queryClient.invalidateQueries({ queryKey: lagoAnalyticsKeys.scope(scope) })
          schedule()
        },
        msUntilNextRefresh(now(), { marginMinutes: margin }),
      )
    }
    schedule()
    return () => clearTimeout(timer)
  }, [queryClient, now, margin, scope])

  // Our own cache goes with the provider. Cleared a tick after unmount: the widgets below
  // unsubscribe after this cleanup runs, and an unsubscribe schedules a garbage-collection timer
  // on its query, so clearing first would leave those timers (and their data) behind.
  const pendingClear = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  useEffect(() => {
    if (ownQueryClient === null) return
    clearTimeout(pendingClear.current)
    return () => {
      pendingClear.current = setTimeout(() => ownQueryClient.clear(), 0)
    }
  }, [ownQueryClient])

  return <LagoAnalyticsContext.Provider value={value}>{children}</LagoAnalyticsContext.Provider>
}
