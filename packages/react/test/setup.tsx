import { createLagoAnalyticsClient, type LagoAnalyticsClient } from '@lago-analytics/client'
import { createSimulator, type Simulator, type SimulatorOptions } from '@lago-analytics/simulator'
import type { ReactNode } from 'react'
import { LagoAnalyticsProvider } from '../src/LagoAnalyticsProvider.tsx'

export const NOW = new Date('2026-11-24T09:30:00Z')

export interface Harness {
  simulator: Simulator
  client: LagoAnalyticsClient
  /** Every request the client sent, in order (path + query). */
  requests: string[]
  /** Requests whose signal was aborted before they settled. */
  aborted: string[]
  /** Requests in flight right now, and the most ever. */
  inFlight: { now: number; peak: number }
  wrapper: (props: { children: ReactNode }) => ReactNode
}

/** A client wired to an in-process simulator (the real API behaviour, no hand-written mocks). */
export function harness(options: SimulatorOptions & { delayMs?: number } = {}): Harness {
  const { delayMs = 0, ...simulatorOptions } = options
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
    dataApi: {
      url: 'http://lago.test/data-api',
      token: simulator.dataApiToken,
      organizationId: simulator.organizationId,
    },
    fetch: fetch as typeof globalThis.fetch,
    dangerouslyAllowBrowser: true,
  })
  const wrapper = ({ children }: { children: ReactNode }) => (
    <LagoAnalyticsProvider client={client} now={() => NOW} defaultCurrency="EUR">
      {children}
    </LagoAnalyticsProvider>
  )
  return { simulator, client, requests, aborted, inFlight, wrapper }
}
