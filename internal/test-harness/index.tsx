/**
 * A client wired to an in-process simulator — the real API behaviour, no hand-written mocks —
 * with request counting, for hook and component tests of every package.
 */
import { createLagoAnalyticsClient, type LagoAnalyticsClient } from '@lago-analytics/client'
import { LagoAnalyticsProvider } from '@lago-analytics/react'
import { createSimulator, type Simulator, type SimulatorOptions } from '@lago-analytics/simulator'
import type { ReactNode } from 'react'

export const NOW = new Date('2026-11-24T09:30:00Z')

export interface HarnessOptions extends SimulatorOptions {
  /** Delay every response (ms), abortable, to observe loading and aborts. */
  delayMs?: number
  /** `false`: a server-side client without the Data API (public REST only). */
  dataApi?: boolean
  locale?: string
}

export interface Harness {
  simulator: Simulator
  client: LagoAnalyticsClient
  /** Every request the client sent, in order: path after `/api/v1/analytics/` or `/data-api/`, plus query. */
  requests: string[]
  /** Requests whose signal was aborted before they settled. */
  aborted: string[]
  /** Requests in flight now, and the most ever. */
  inFlight: { now: number; peak: number }
  wrapper: (props: { children: ReactNode }) => ReactNode
}

export function harness(options: HarnessOptions = {}): Harness {
  const { delayMs = 0, dataApi = true, locale, ...simulatorOptions } = options
  const simulator = createSimulator({ now: NOW, ...simulatorOptions })
  const requests: string[] = []
  const aborted: string[] = []
  const inFlight = { now: 0, peak: 0 }
  const fetch = async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(String(input))
    const label = `${url.pathname.replace(/^\/(api\/v1\/analytics|data-api)\//, '')}${url.search}`
    requests.push(label)
    inFlight.now++
    inFlight.peak = Math.max(inFlight.peak, inFlight.now)
    try {
      if (delayMs > 0) {
        await new Promise<void>((resolve, reject) => {
          const timer = setTimeout(resolve, delayMs)
          init?.signal?.addEventListener('abort', () => {
            clearTimeout(timer)
            aborted.push(label)
            reject(init.signal?.reason)
          })
        })
      }
      return await simulator.fetch(new Request(url, init))
    } finally {
      inFlight.now--
    }
  }
  const client = createLagoAnalyticsClient({
    apiUrl: 'http://lago.test',
    apiKey: simulator.apiKey,
    dataApi: dataApi
      ? {
          url: 'http://lago.test/data-api',
          token: simulator.dataApiToken,
          organizationId: simulator.organizationId,
        }
      : undefined,
    fetch: fetch as typeof globalThis.fetch,
    dangerouslyAllowBrowser: true,
  })
  const wrapper = ({ children }: { children: ReactNode }) => (
    <LagoAnalyticsProvider
      client={client}
      now={() => NOW}
      defaultCurrency="EUR"
      {...(locale ? { locale } : {})}
    >
      {children}
    </LagoAnalyticsProvider>
  )
  return { simulator, client, requests, aborted, inFlight, wrapper }
}
