/**
 * MSW 2 request handlers that answer from a simulator: the public surface under
 * `${baseUrl}/api/v1/analytics/*` and the Data API under `${baseUrl}/data-api/*` (or `dataApiUrl`).
 * Import from `@lago-analytics/simulator/msw`; `msw` is an optional peer dependency.
 */
import { http, type HttpHandler } from 'msw'
import type { Simulator } from './createSimulator'
import { DATA_API_SEGMENT } from './routes'

export interface SimulatorHandlersOptions {
  /** Where the API lives, e.g. `https://api.getlago.com` or `/lago` (relative works in browsers). */
  readonly baseUrl: string
  /** Where the Data API lives when it is not `${baseUrl}/data-api`. */
  readonly dataApiUrl?: string
}

function trimSlashes(url: string): string {
  return url.replace(/\/+$/, '')
}

export function createSimulatorHandlers(
  simulator: Simulator,
  options: SimulatorHandlersOptions,
): HttpHandler[] {
  const base = trimSlashes(options.baseUrl)
  const dataApi = trimSlashes(options.dataApiUrl ?? `${base}/data-api`)
  const toDataApiRequest = (request: Request): Request => {
    const url = new URL(request.url)
    if (url.pathname.includes(DATA_API_SEGMENT)) return request
    // Mounted elsewhere: re-root the path under /data-api/ so the simulator recognises it.
    const prefix = new URL(dataApi, url.origin).pathname.replace(/\/+$/, '')
    const rest = url.pathname.startsWith(prefix) ? url.pathname.slice(prefix.length) : url.pathname
    const rerouted = new URL(`${DATA_API_SEGMENT.slice(0, -1)}${rest}${url.search}`, url.origin)
    return new Request(rerouted, {
      method: request.method,
      headers: request.headers,
      signal: request.signal,
    })
  }
  return [
    http.all(`${base}/api/v1/analytics/*`, ({ request }) => simulator.fetch(request)),
    http.all(`${dataApi}/*`, ({ request }) => simulator.fetch(toDataApiRequest(request))),
  ]
}
