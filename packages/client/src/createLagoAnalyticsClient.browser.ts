import { buildClient } from './buildClient.ts'
import {
  invalidOptions,
  type LagoAnalyticsClient,
  type LagoAnalyticsClientOptions,
  type ProxyClientOptions,
} from './clientOptions.ts'
import { proxyTarget } from './proxyTarget.ts'

/**
 * The browser build of `createLagoAnalyticsClient` (the package's `browser` export condition,
 * which Vite, webpack, Next.js client components and esbuild's browser platform resolve): proxy
 * mode only. Server mode, which holds a Lago API key, is not in browser bundles at all: options
 * with an `apiKey`, or without a `proxyUrl`, are an `invalid_options` error.
 */
export function createLagoAnalyticsClient(
  options: LagoAnalyticsClientOptions,
): LagoAnalyticsClient {
  if (!(options as ProxyClientOptions | undefined)?.proxyUrl || 'apiKey' in options) {
    throw invalidOptions(
      'in a browser, pass proxyUrl and no apiKey: a Lago API key never belongs here ' +
        '(see @lago-analytics/server)',
    )
  }
  return buildClient(options, proxyTarget(options as ProxyClientOptions))
}
