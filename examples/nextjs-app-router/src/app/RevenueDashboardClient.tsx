'use client'

import { createLagoAnalyticsClient } from '@lago-analytics/client'
import { LagoAnalyticsProvider } from '@lago-analytics/react'
import { RevenueDashboard } from '@lago-analytics/ui'
import { useState } from 'react'

export interface RevenueDashboardClientProps {
  /** The signed-in user's session token, handed down by the server page. */
  accessToken: string
  /** The route handler's path (`/api/lago-analytics`). */
  proxyUrl: string
  defaultCurrency?: string | undefined
}

/**
 * The browser side: a client that only ever talks to this app's own route handler, with the
 * user's session token (never a Lago key), and the prebuilt revenue dashboard.
 */
export function RevenueDashboardClient({
  accessToken,
  proxyUrl,
  defaultCurrency = 'EUR',
}: RevenueDashboardClientProps) {
  const [client] = useState(() =>
    createLagoAnalyticsClient({ proxyUrl, getAccessToken: () => accessToken }),
  )
  return (
    <LagoAnalyticsProvider client={client} defaultCurrency={defaultCurrency}>
      <RevenueDashboard urlSync={{ prefix: 'rev.' }} docsHref="https://docs.getlago.com" />
    </LagoAnalyticsProvider>
  )
}
