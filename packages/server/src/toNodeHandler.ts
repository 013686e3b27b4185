/**
 * Node `http` / Express / Connect adapter: `(req, res, next?) => void`.
 *
 * - `http.createServer(toNodeHandler(proxy))`: every request goes to the proxy;
 * - `app.use(toNodeHandler(proxy))` (Express, Connect): requests outside the proxy's `basePath`
 *   go to `next()`. The path is read from `req.originalUrl` when present, so `basePath` is
 *   always the full public path, wherever the middleware is mounted.
 *
 * Request headers are handed to `authorize` only; the proxy never forwards them upstream.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AnalyticsProxy } from './types.ts'

/** What the adapter reads from a request (Node's `IncomingMessage`, Express's `Request`). */
export type NodeRequest = IncomingMessage & { originalUrl?: string | undefined }
export type NodeNext = (error?: unknown) => void
export type NodeHandler = (req: NodeRequest, res: ServerResponse, next?: NodeNext) => void

const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'upgrade',
  'proxy-connection',
  'te',
  'trailer',
])
const SAFE_HOST = /^[A-Za-z0-9.-]{1,253}(:\d{1,5})?$|^\[[0-9A-Fa-f:.]{2,45}\](:\d{1,5})?$/

/** Builds the Web `Request` the proxy reads (no body: the proxy only serves GET and HEAD). */
export function toWebRequest(req: NodeRequest, signal?: AbortSignal): Request {
  const target = req.originalUrl ?? req.url ?? '/'
  const host =
    req.headers.host !== undefined && SAFE_HOST.test(req.headers.host)
      ? req.headers.host
      : 'localhost'
  // Concatenate instead of resolving, so `//x/…` stays a path and never becomes a host.
  const url = target.startsWith('/') ? `http://${host}${target}` : `http://${host}/${target}`
  const headers = new Headers()
  for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) {
    const name = req.rawHeaders[i] ?? ''
    if (HOP_BY_HOP.has(name.toLowerCase())) continue
    try {
      headers.append(name, req.rawHeaders[i + 1] ?? '')
    } catch {
      // A header value the Fetch API refuses: skip it.
    }
  }
  return new Request(url, {
    method: req.method === 'HEAD' ? 'HEAD' : req.method === 'GET' ? 'GET' : (req.method ?? 'GET'),
    headers,
    ...(signal === undefined ? {} : { signal }),
  })
}

export async function writeWebResponse(response: Response, res: ServerResponse): Promise<void> {
  const headers: Record<string, string> = {}
  response.headers.forEach((value, name) => {
    headers[name] = value
  })
  const body = response.body === null ? undefined : Buffer.from(await response.arrayBuffer())
  if (body !== undefined) headers['content-length'] = String(body.byteLength)
  res.writeHead(response.status, headers)
  res.end(body)
}

export function toNodeHandler(proxy: AnalyticsProxy): NodeHandler {
  return (req, res, next) => {
    const target = req.originalUrl ?? req.url ?? '/'
    if (next !== undefined && !proxy.handles(target.startsWith('/') ? target : `/${target}`)) {
      next()
      return
    }
    const controller = new AbortController()
    res.on('close', () => {
      if (!res.writableFinished) controller.abort()
    })
    req.resume()
    const run = async () => {
      let request: Request
      try {
        request = toWebRequest(req, controller.signal)
      } catch {
        res.writeHead(400, {
          'content-type': 'application/json; charset=utf-8',
          'cache-control': 'no-store',
        })
        res.end(
          JSON.stringify({
            status: 400,
            error: 'Bad Request',
            code: 'invalid_request',
            message: 'Malformed request',
          }),
        )
        return
      }
      const response = await proxy(request)
      if (res.destroyed) return
      await writeWebResponse(response, res)
    }
    run().catch((error: unknown) => {
      if (next !== undefined) next(error)
      else if (!res.headersSent) {
        res.writeHead(500, {
          'content-type': 'application/json; charset=utf-8',
          'cache-control': 'no-store',
        })
        res.end(
          JSON.stringify({
            status: 500,
            error: 'Internal Server Error',
            code: 'internal_error',
            message: 'The analytics proxy failed',
          }),
        )
      } else res.destroy()
    })
  }
}
