import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  createAnalyticsProxy,
  toNodeHandler,
  type AnalyticsProxyOptions,
} from '@lago-analytics/server'
import { createSimulator, type Simulator } from '@lago-analytics/simulator'
import { authorizeDemoSession } from './demoSessions.ts'

export interface DemoServerOptions {
  port?: number
  host?: string
  /** Read a real Lago instead of the simulator. */
  lago?: Pick<AnalyticsProxyOptions, 'apiUrl' | 'apiKey' | 'dataApi'> | undefined
  /** Serve the app with Vite (dev) — false serves only the proxy (tests). Default true. */
  app?: boolean
  /** Simulator clock (tests). */
  now?: Date
}

export interface DemoServer {
  url: string
  /** Where the Lago data comes from, for the banner. */
  source: string
  simulator: Simulator | null
  proxy: ReturnType<typeof createAnalyticsProxy>
  close(): Promise<void>
}

/** The proxy's path, and the browser client's `proxyUrl`. */
export const PROXY_PATH = '/api/lago-analytics'

const appRoot = join(dirname(fileURLToPath(import.meta.url)), '..')

/**
 * The host app's server: `@lago-analytics/server` mounted at /api/lago-analytics (holding the
 * Lago key), in front of the simulator — or of a real Lago — and the Vite app for the pages.
 */
export async function startDemoServer(options: DemoServerOptions = {}): Promise<DemoServer> {
  const simulator = options.lago ? null : createSimulator(options.now ? { now: options.now } : {})
  const upstream: Pick<AnalyticsProxyOptions, 'apiUrl' | 'apiKey' | 'dataApi' | 'fetch'> = simulator
    ? {
        apiUrl: 'http://simulator.internal',
        apiKey: simulator.apiKey,
        dataApi: {
          url: 'http://simulator.internal/data-api',
          token: simulator.dataApiToken,
          organizationId: simulator.organizationId,
        },
        fetch: ((input: string | URL | Request, init?: RequestInit) =>
          simulator.fetch(new Request(input, init))) as typeof fetch,
      }
    : (options.lago as NonNullable<DemoServerOptions['lago']>)
  const proxy = createAnalyticsProxy({
    ...upstream,
    basePath: PROXY_PATH,
    authorize: authorizeDemoSession,
  })
  const proxyHandler = toNodeHandler(proxy)

  let vite: {
    middlewares: (req: never, res: never, next: () => void) => void
    close(): Promise<void>
  } | null = null
  if (options.app !== false) {
    const { createServer: createVite } = await import('vite')
    vite = (await createVite({
      root: appRoot,
      configFile: join(appRoot, 'vite.config.ts'),
      server: { middlewareMode: true },
      appType: 'spa',
      logLevel: 'warn',
    })) as unknown as typeof vite
  }

  const server: Server = createServer((req, res) => {
    proxyHandler(req, res, () => {
      if (vite) vite.middlewares(req as never, res as never, () => res.writeHead(404).end())
      else res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found')
    })
  })
  await new Promise<void>((resolve) =>
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve),
  )
  const { port } = server.address() as AddressInfo
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}`,
    source: simulator ? 'the Lago analytics simulator' : new URL(upstream.apiUrl).host,
    simulator,
    proxy,
    async close() {
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
      await vite?.close()
      await proxy.close()
    },
  }
}
