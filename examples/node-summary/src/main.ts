/**
 * Prints a readable summary of a Lago organisation's analytics, fetched through
 * @lago-analytics/client. Reads:
 *   LAGO_API_URL, LAGO_API_KEY                                   (required)
 *   LAGO_DATA_API_URL, LAGO_DATA_API_TOKEN, LAGO_ORGANIZATION_ID (optional: Data API datasets)
 *   LAGO_CURRENCY                                                (optional, default EUR)
 * `npm run demo` starts the simulator and fills these in for you.
 */
import { createLagoAnalyticsClient } from '@lago-analytics/client'
import { collectSummary } from './collectSummary.ts'
import { renderSummary } from './renderSummary.ts'

const env = process.env
if (!env.LAGO_API_URL || !env.LAGO_API_KEY) {
  console.error(
    'Set LAGO_API_URL and LAGO_API_KEY (or run `npm run demo`, which starts the simulator).',
  )
  process.exit(2)
}

const dataApi =
  env.LAGO_DATA_API_URL && env.LAGO_DATA_API_TOKEN && env.LAGO_ORGANIZATION_ID
    ? {
        url: env.LAGO_DATA_API_URL,
        token: env.LAGO_DATA_API_TOKEN,
        organizationId: env.LAGO_ORGANIZATION_ID,
      }
    : undefined

const client = createLagoAnalyticsClient({
  apiUrl: env.LAGO_API_URL,
  apiKey: env.LAGO_API_KEY,
  dataApi,
})
const today = new Date()
const from = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 11, 1))
const summary = await collectSummary(client, {
  currency: (env.LAGO_CURRENCY ?? 'EUR').toUpperCase(),
  fromDate: from.toISOString().slice(0, 10),
  toDate: today.toISOString().slice(0, 10),
})
console.log(renderSummary(summary, env.LAGO_SOURCE_LABEL ?? new URL(env.LAGO_API_URL).host))
