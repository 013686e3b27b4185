import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, sep } from 'node:path'
import {
  PROXY_PATH,
  startDemoServer,
  type DemoServer,
} from '../../examples/vite-embed/server/startDemoServer.ts'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
}

export interface BenchServer {
  readonly url: string
  /** The demo host's proxy and simulator (examples/vite-embed), when started with `now`. */
  readonly demo: DemoServer | null
  /** Stops at once, dropping Chromium's kept-alive and speculative connections. */
  close(): Promise<void>
}

/** A web `Request` for the proxy (it serves GET and HEAD only: no body). */
function toRequest(req: IncomingMessage, origin: string): Request {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === 'string') headers.set(name, value)
  }
  return new Request(new URL(req.url ?? '/', origin), { method: req.method ?? 'GET', headers })
}

async function answer(response: Response, res: ServerResponse): Promise<void> {
  const headers: Record<string, string> = {}
  response.headers.forEach((value, name) => {
    headers[name] = value
  })
  const body = response.body === null ? undefined : Buffer.from(await response.arrayBuffer())
  res.writeHead(response.status, headers).end(body)
}

/**
 * Serves `root` statically on 127.0.0.1. With `now`, it is one origin for a page and its data,
 * as in the demo host: under /api/lago-analytics, the demo's own proxy
 * (`startDemoServer({ app: false, now })`: @lago-analytics/server with the demo sessions, in
 * front of the simulator, fixed clock).
 */
export async function startBenchServer(root: string, now?: Date): Promise<BenchServer> {
  const demo = now === undefined ? null : await startDemoServer({ app: false, now })
  let origin = ''
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    if (demo !== null && (path === PROXY_PATH || path.startsWith(`${PROXY_PATH}/`))) {
      demo.proxy(toRequest(req, origin)).then(
        (response) => answer(response, res),
        (error: unknown) => res.writeHead(500).end(String(error)),
      )
      return
    }
    let file = normalize(join(root, path))
    if (!file.startsWith(root + sep)) {
      res.writeHead(403).end()
      return
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html')
    if (!existsSync(file)) {
      res.writeHead(404).end()
      return
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
    createReadStream(file).pipe(res)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    url: origin,
    demo,
    async close() {
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
      await demo?.close()
    },
  }
}
