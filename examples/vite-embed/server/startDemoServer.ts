import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { dirname, extname, join, normalize, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  createAnalyticsProxy,
  toNodeHandler,
  type AnalyticsProxyOptions,
} from '@lago-analytics/server'
import { createSimulator, type Simulator, type SimulatorOptions } from '@lago-analytics/simulator'
import type { ViteDevServer } from 'vite'
import { authorizeDemoSession } from './demoSessions.ts'

export interface DemoServerOptions {
  port?: number
  host?: string
  /** Read a real Lago instead of the simulator. */
  lago?: Pick<AnalyticsProxyOptions, 'apiUrl' | 'apiKey' | 'dataApi'> | undefined
  /**
   * How to serve the pages: `dev` (Vite dev server, hot reload), `build` (production build into
   * dist/, then served statically), or `false` (only the proxy, for tests). Default `dev`.
   */
  app?: 'dev' | 'build' | false
  /** Where `build` writes the pages. Default dist/; a test gives its own, so runs never share one. */
  outDir?: string | undefined
  /** Simulator clock (tests). */
  now?: Date
  /** More simulator options (tests), e.g. `{ faults: { name: '500', datasets: ['mrrByPlan'] } }`. */
  simulator?: Partial<SimulatorOptions> | undefined
  /** The proxy's per-session rate limit (default: the proxy's own, `DEFAULT_RATE_LIMIT`). */
  rateLimit?: AnalyticsProxyOptions['rateLimit']
  /**
   * `false`: the simulator as a Lago with only an API key, its Data API not connected (tests of
   * the public-REST fallbacks). Default true.
   */
  dataApi?: boolean | undefined
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
  const simulator = options.lago
    ? null
    : createSimulator({ ...options.simulator, ...(options.now ? { now: options.now } : {}) })
  const upstream: Pick<AnalyticsProxyOptions, 'apiUrl' | 'apiKey' | 'dataApi' | 'fetch'> = simulator
    ? {
        apiUrl: 'http://simulator.internal',
        apiKey: simulator.apiKey,
        dataApi:
          options.dataApi === false
            ? undefined
            : {
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
    ...(options.rateLimit === undefined ? {} : { rateLimit: options.rateLimit }),
  })
  const proxyHandler = toNodeHandler(proxy)

  let vite: ViteDevServer | null = null
  let serveStatic: ((req: IncomingMessage, res: ServerResponse) => void) | null = null
  if (options.app === 'build') {
    const { build } = await import('vite')
    const outDir = options.outDir ?? join(appRoot, 'dist')
    await build({
      root: appRoot,
      configFile: join(appRoot, 'vite.config.ts'),
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true },
    })
    serveStatic = staticHandler(outDir)
  } else if (options.app !== false) {
    const { createServer: createVite } = await import('vite')
    vite = await createVite({
      root: appRoot,
      configFile: join(appRoot, 'vite.config.ts'),
      server: { middlewareMode: true },
      appType: 'spa',
      logLevel: 'warn',
    })
  }
  const app = vite

  const server: Server = createServer((req, res) => {
    proxyHandler(req, res, () => {
      if (app) app.middlewares(req, res, () => res.writeHead(404).end())
      else if (serveStatic) serveStatic(req, res)
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
      await app?.close()
      await proxy.close()
    },
  }
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
}

/** Serves the production build, with index.html for any other path (a single-page app). */
function staticHandler(root: string) {
  return (req: IncomingMessage, res: ServerResponse) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    let file = normalize(join(root, path))
    if (!file.startsWith(root + sep) || !existsSync(file) || statSync(file).isDirectory()) {
      file = join(root, 'index.html')
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': file.endsWith('index.html')
        ? 'no-cache'
        : 'public, max-age=31536000, immutable',
    })
    // A file removed meanwhile (a rebuild) ends this response, never the server.
    createReadStream(file)
      .on('error', () => res.destroy())
      .pipe(res)
  }
}
