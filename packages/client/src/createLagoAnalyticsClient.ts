import { buildClient } from './buildClient.ts'
import {
  isProxyOptions,
  type LagoAnalyticsClient,
  type LagoAnalyticsClientOptions,
} from './clientOptions.ts'
import { proxyTarget } from './proxyTarget.ts'
import { serverTarget } from './serverTarget.ts'

/**
 * Creates a typed client for every Lago analytics dataset.
 *
 * ```ts
 * // Node: secrets stay on the server
 * const lago = createLagoAnalyticsClient({ apiUrl: 'https://api.getlago.com', apiKey })
 * // Browser: through @lago-analytics/server
 * const lago = createLagoAnalyticsClient({ proxyUrl: '/api/lago-analytics', getAccessToken })
 * const { rows } = await lago.mrr({ currency: 'EUR', months: 12 }, { signal })
 * ```
 *
 * Browser bundles get the package's `browser` build of this function, which has proxy mode
 * only (see `createLagoAnalyticsClient.browser.ts`).
 */
export function createLagoAnalyticsClient(
  options: LagoAnalyticsClientOptions,
): LagoAnalyticsClient {
  return buildClient(
    options,
    isProxyOptions(options) ? proxyTarget(options) : serverTarget(options),
  )
}
