import 'server-only'
import { createAnalyticsProxy, type AnalyticsProxyOptions } from '@lago-analytics/server'
import { createSimulator } from '@lago-analytics/simulator'
import { authorizeDemoSession } from './demoSessions.ts'

/** The route handler's folder, and the browser client's `proxyUrl`. */
export const PROXY_PATH = '/api/lago-analytics'

type Upstream = Pick<AnalyticsProxyOptions, 'apiUrl' | 'apiKey' | 'dataApi' | 'fetch'>

/**
 * A real Lago when LAGO_API_URL and LAGO_API_KEY are set (its Data API with LAGO_DATA_API_URL,
 * LAGO_DATA_API_TOKEN, LAGO_ORGANIZATION_ID); otherwise the simulator, in-process, reached
 * through its `fetch` (no port, no network).
 */
function upstreamFromEnv(env: NodeJS.ProcessEnv): { upstream: Upstream; source: string } {
  if (env.LAGO_API_URL && env.LAGO_API_KEY) {
    return {
      source: new URL(env.LAGO_API_URL).host,
      upstream: {
        apiUrl: env.LAGO_API_URL,
        apiKey: env.LAGO_API_KEY,
        dataApi:
          env.LAGO_DATA_API_URL && env.LAGO_DATA_API_TOKEN && env.LAGO_ORGANIZATION_ID
            ? {
                url: env.LAGO_DATA_API_URL,
                token: env.LAGO_DATA_API_TOKEN,
                organizationId: env.LAGO_ORGANIZATION_ID,
              }
            : undefined,
      },
    }
  }
  const simulator = createSimulator()
  return {
    source: 'the Lago analytics simulator (in-process)',
    upstream: {
      apiUrl: 'http://simulator.internal',
      apiKey: simulator.apiKey,
      dataApi: {
        url: 'http://simulator.internal/data-api',
        token: simulator.dataApiToken,
        organizationId: simulator.organizationId,
      },
      fetch: ((input: string | URL | Request, init?: RequestInit) =>
        simulator.fetch(new Request(input, init))) as typeof fetch,
    },
  }
}

function create() {
  const { upstream, source } = upstreamFromEnv(process.env)
  const proxy = createAnalyticsProxy({
    ...upstream,
    basePath: PROXY_PATH,
    authorize: authorizeDemoSession,
  })
  return { proxy, source }
}

// One proxy per server process (its cache and rate limits live in it). Kept on globalThis so
// `next dev` reloads of this module do not start a new simulator each time.
const holder = globalThis as typeof globalThis & {
  __lagoAnalyticsProxy?: ReturnType<typeof create>
}

export function getAnalyticsProxy(): ReturnType<typeof create> {
  holder.__lagoAnalyticsProxy ??= create()
  return holder.__lagoAnalyticsProxy
}
