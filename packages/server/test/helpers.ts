/** Shared helpers for the server's tests (not shipped). */
import { spawn, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { existsSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { createServer as createNetServer, type AddressInfo } from 'node:net'
import {
  createSimulator,
  startSimulator,
  type RunningSimulator,
  type Simulator,
  type SimulatorOptions,
  type StartSimulatorOptions,
} from '@lago-analytics/simulator'
import { toNodeHandler } from '../src/toNodeHandler.ts'
import type { AnalyticsProxy } from '../src/types.ts'

/** The simulator's "today": every test sees the same organisation. */
export const NOW = '2026-11-24T13:45:00Z'
/** Credentials configured in these tests; the secret scan looks for them in built assets. */
export const TEST_API_KEY = 'lago_srv_test_key_3f9c1e7a5b2d48e6a0c4'
export const TEST_DATA_API_TOKEN = 'lago_srv_test_data_api_token_8b2e6d0f4a1c'
export const TEST_GRAPHQL_PASSWORD = 'lago_srv_test_graphql_password_5e7a9c1b3d'
export const TEST_SECRETS = [TEST_API_KEY, TEST_DATA_API_TOKEN, TEST_GRAPHQL_PASSWORD]

/** An in-process simulator at the tests' `NOW`, with the test credentials. */
export function createTestSimulator(options: SimulatorOptions = {}): Simulator {
  return createSimulator({
    now: NOW,
    apiKey: TEST_API_KEY,
    dataApiToken: TEST_DATA_API_TOKEN,
    ...options,
  })
}

/**
 * Proxy options that reach an in-process simulator (`createSimulator`) at `http://lago.test`,
 * with the test credentials; pass `fetch: (request) => sim.fetch(request)` (or a recording one).
 */
export function inProcessUpstream(organizationId: string) {
  return {
    apiUrl: 'http://lago.test',
    apiKey: TEST_API_KEY,
    dataApi: { url: 'http://lago.test/data-api', token: TEST_DATA_API_TOKEN, organizationId },
  }
}

export function startUpstream(options: StartSimulatorOptions = {}): Promise<RunningSimulator> {
  return startSimulator({
    now: NOW,
    apiKey: TEST_API_KEY,
    dataApiToken: TEST_DATA_API_TOKEN,
    allowFaultHeader: true,
    ...options,
  })
}

export interface UpstreamCall {
  url: string
  method: string
  headers: Record<string, string>
}

/**
 * A fetch that records every upstream call the proxy makes, then forwards it (optionally with
 * extra headers, e.g. a simulator fault).
 */
export function recordingFetch(
  forward: (request: Request) => Promise<Response> = (request) => fetch(request),
  extraHeaders: () => Record<string, string> = () => ({}),
) {
  const calls: UpstreamCall[] = []
  const impl = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const headers = new Headers(init?.headers)
    const recorded: Record<string, string> = {}
    headers.forEach((value, name) => {
      recorded[name] = value
    })
    const url = input instanceof Request ? input.url : String(input)
    calls.push({ url, method: init?.method ?? 'GET', headers: recorded })
    for (const [name, value] of Object.entries(extraHeaders())) headers.set(name, value)
    // The caller's signal is passed as is: a Request built from another Request only follows
    // its signal weakly in undici, and may miss the abort after a garbage collection.
    return forward(new Request(url, { ...init, headers }))
  }
  return { fetch: impl as typeof globalThis.fetch, calls }
}

export interface ServedProxy {
  url: string
  server: Server
  close(): Promise<void>
}

/** Serves a handler on 127.0.0.1 (any free port). */
export async function serveHandler(
  handler: Parameters<typeof createServer>[1],
): Promise<ServedProxy> {
  const server = createServer({ keepAliveTimeout: 1_000 }, handler)
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}

export function serveProxy(proxy: AnalyticsProxy): Promise<ServedProxy> {
  return serveHandler(toNodeHandler(proxy))
}

export async function freePort(): Promise<number> {
  const server = createNetServer()
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const { port } = server.address() as AddressInfo
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}

export const REDIS_SERVER = ['/usr/bin/redis-server', '/usr/local/bin/redis-server'].find((path) =>
  existsSync(path),
)

export interface RunningRedis {
  port: number
  url: string
  process: ChildProcess
  /** SIGKILL: simulates losing Redis. */
  kill(): Promise<void>
}

/** Starts a throwaway redis-server on 127.0.0.1 with persistence off. */
export async function startRedis(): Promise<RunningRedis> {
  if (REDIS_SERVER === undefined) throw new Error('redis-server is not installed')
  const port = await freePort()
  const child = spawn(
    REDIS_SERVER,
    [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      'no',
      '--protected-mode',
      'yes',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  )
  let output = ''
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString()
  })
  const deadline = Date.now() + 10_000
  while (!/Ready to accept connections/.test(output)) {
    if (child.exitCode !== null) throw new Error(`redis-server exited: ${output}`)
    if (Date.now() > deadline) throw new Error(`redis-server did not start: ${output}`)
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    process: child,
    async kill() {
      if (child.exitCode !== null || child.signalCode !== null) return
      const exited = once(child, 'exit')
      child.kill('SIGKILL')
      await exited
    },
  }
}

/** Reads a response fully: status, headers, text. */
export async function read(response: Response) {
  const headers: Record<string, string> = {}
  response.headers.forEach((value, name) => {
    headers[name] = value
  })
  return { status: response.status, headers, text: await response.text() }
}
