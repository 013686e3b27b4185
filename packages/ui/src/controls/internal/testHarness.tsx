// Test-only helpers for the controls: a client wired to an in-process simulator (the real API
// behaviour, no hand-written mocks), plus the few DOM APIs jsdom lacks that Radix and cmdk call.
import { createLagoAnalyticsClient, type LagoAnalyticsClient } from '@lago-analytics/client'
import { LagoAnalyticsProvider } from '@lago-analytics/react'
import { createSimulator, type Simulator, type SimulatorOptions } from '@lago-analytics/simulator'
import type { ReactNode } from 'react'

export const NOW = new Date('2026-11-24T09:30:00Z')

const proto = Element.prototype as unknown as Record<string, unknown>
proto.hasPointerCapture ??= () => false
proto.setPointerCapture ??= () => {}
proto.releasePointerCapture ??= () => {}
proto.scrollIntoView ??= () => {}

export interface Harness {
  simulator: Simulator
  client: LagoAnalyticsClient
  /** Every request the client sent, in order (path + query). */
  requests: string[]
  wrapper: (props: { children: ReactNode }) => ReactNode
}

export function harness(options: SimulatorOptions & { locale?: string } = {}): Harness {
  const { locale, ...simulatorOptions } = options
  const simulator = createSimulator({ now: NOW, ...simulatorOptions })
  const requests: string[] = []
  const fetch = async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(String(input))
    requests.push(`${url.pathname.replace(/^\/(api\/v1\/analytics|data-api)\//, '')}${url.search}`)
    return simulator.fetch(new Request(url, init))
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
    <LagoAnalyticsProvider
      client={client}
      now={() => NOW}
      defaultCurrency="EUR"
      {...(locale ? { locale } : {})}
    >
      {children}
    </LagoAnalyticsProvider>
  )
  return { simulator, client, requests, wrapper }
}
