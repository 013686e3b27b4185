/**
 * `startSimulator`: serves a simulator over HTTP with `node:http`, converting each request to a
 * fetch `Request` (client disconnects abort `request.signal`) and streaming the `Response` back.
 * `close()` stops listening and terminates open connections, including hanging requests.
 */
import { once } from 'node:events'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { createSimulator, type Simulator, type SimulatorOptions } from './createSimulator'
import { JSON_CONTENT_TYPE } from './responses'

export interface StartSimulatorOptions extends SimulatorOptions {
  /** Port to listen on (default 0: any free port). */
  readonly port?: number
  /** Interface to bind (default `127.0.0.1`). */
  readonly host?: string
}

export interface RunningSimulator {
  /** `http://127.0.0.1:PORT` */
  readonly url: string
  /** Same as `url`: the client appends `/api/v1/analytics/…`. */
  readonly apiUrl: string
  /** `http://127.0.0.1:PORT/data-api` */
  readonly dataApiUrl: string
  readonly apiKey: string
  readonly dataApiToken: string
  readonly organizationId: string
  readonly simulator: Simulator
  /** Stops the server and destroys open connections (hanging requests end). */
  close(): Promise<void>
}

/** Hop-by-hop headers that are not forwarded into the fetch Request. */
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'upgrade',
  'proxy-connection',
])

async function serve(
  simulator: Simulator,
  origin: string,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const controller = new AbortController()
  res.on('close', () => {
    if (!res.writableFinished)
      controller.abort(new DOMException('The client disconnected', 'AbortError'))
  })
  const headers = new Headers()
  for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) {
    const name = req.rawHeaders[i] ?? ''
    if (!HOP_BY_HOP.has(name.toLowerCase())) headers.append(name, req.rawHeaders[i + 1] ?? '')
  }
  // The simulator never reads request bodies (everything is GET); drain any.
  req.resume()
  let response: Response
  try {
    const request = new Request(new URL(req.url ?? '/', origin), {
      method: req.method ?? 'GET',
      headers,
      signal: controller.signal,
    })
    response = await simulator.fetch(request)
  } catch {
    if (controller.signal.aborted || res.destroyed) {
      res.destroy()
      return
    }
    res.writeHead(500, { 'content-type': JSON_CONTENT_TYPE })
    res.end(JSON.stringify({ status: 500, error: 'Internal Server Error' }))
    return
  }
  const outgoing: Record<string, string> = {}
  response.headers.forEach((value, name) => {
    outgoing[name] = value
  })
  res.writeHead(response.status, outgoing)
  if (response.body === null || req.method === 'HEAD') {
    res.end()
    return
  }
  const reader = response.body.getReader()
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      if (!res.write(value)) await once(res, 'drain')
    }
    res.end()
  } catch {
    res.destroy()
  }
}

export async function startSimulator(
  options: StartSimulatorOptions = {},
): Promise<RunningSimulator> {
  const { port = 0, host = '127.0.0.1', ...simulatorOptions } = options
  const simulator = createSimulator(simulatorOptions)
  const sockets = new Set<Socket>()
  let origin = ''
  const server = createServer((req, res) => {
    void serve(simulator, origin, req, res)
  })
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  server.listen(port, host)
  await once(server, 'listening')
  const address = server.address() as AddressInfo
  const hostInUrl = address.family === 'IPv6' || host.includes(':') ? `[${address.address}]` : host
  origin = `http://${hostInUrl}:${address.port}`
  let closing: Promise<void> | undefined
  return {
    url: origin,
    apiUrl: origin,
    dataApiUrl: `${origin}/data-api`,
    apiKey: simulator.apiKey,
    dataApiToken: simulator.dataApiToken,
    organizationId: simulator.organizationId,
    simulator,
    close: () => {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve())
        for (const socket of sockets) socket.destroy()
        server.closeAllConnections()
      })
      return closing
    },
  }
}
