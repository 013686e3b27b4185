/** Shared helpers for the simulator's tests (not shipped). */
import { createSimulator, type Simulator, type SimulatorOptions } from '../src/createSimulator'

/** A fixed "now" so every test sees the same organisation. */
export const NOW = '2026-11-24T13:45:00Z'
export const CURRENCY_CODES = ['EUR', 'JPY', 'KWD', 'USD'] as const

const shared = new Map<string, Simulator>()

/** A simulator for `NOW`, shared between tests with the same options (they are read-only). */
export function simulatorFor(options: SimulatorOptions = {}): Simulator {
  const key = JSON.stringify(options)
  let simulator = shared.get(key)
  if (simulator === undefined) {
    simulator = createSimulator({ now: NOW, ...options })
    shared.set(key, simulator)
  }
  return simulator
}

export type Params = Record<string, string | number | boolean | undefined>

function query(params: Params): string {
  const search = new URLSearchParams()
  for (const [name, value] of Object.entries(params))
    if (value !== undefined) search.set(name, String(value))
  const text = search.toString()
  return text === '' ? '' : `?${text}`
}

export function publicRequest(
  simulator: Simulator,
  path: string,
  params: Params = {},
  init: RequestInit = {},
): Request {
  return new Request(`http://lago.test/api/v1/analytics/${path}${query(params)}`, {
    ...init,
    headers: {
      authorization: `Bearer ${simulator.apiKey}`,
      ...(init.headers as Record<string, string> | undefined),
    },
  })
}

export function dataRequest(
  simulator: Simulator,
  path: string,
  params: Params = {},
  init: RequestInit = {},
): Request {
  const [dataset, breakdown] = path.split('/')
  const suffix = breakdown === undefined ? '' : `${breakdown}/`
  return new Request(
    `http://lago.test/data-api/${dataset}/${simulator.organizationId}/${suffix}${query(params)}`,
    {
      ...init,
      headers: {
        authorization: `Bearer ${simulator.dataApiToken}`,
        ...(init.headers as Record<string, string> | undefined),
      },
    },
  )
}

async function json<T>(response: Response): Promise<T> {
  if (response.status !== 200) throw new Error(`HTTP ${response.status}: ${await response.text()}`)
  return (await response.json()) as T
}

/** GET a public endpoint and return its parsed 200 body. */
export async function getPublic<T>(
  simulator: Simulator,
  path: string,
  params: Params = {},
): Promise<T> {
  return json<T>(await simulator.fetch(publicRequest(simulator, path, params)))
}

/** GET a Data API dataset and return its parsed 200 body. */
export async function getData<T>(
  simulator: Simulator,
  path: string,
  params: Params = {},
): Promise<T> {
  return json<T>(await simulator.fetch(dataRequest(simulator, path, params)))
}

/** Fetches every page of a paginated breakdown. */
export async function getAllPages<T>(
  simulator: Simulator,
  path: string,
  envelope: string,
  params: Params = {},
): Promise<T[]> {
  const rows: T[] = []
  for (let page = 1; ; page++) {
    const body = await getData<Record<string, unknown> & { meta: { next_page: number } }>(
      simulator,
      path,
      {
        ...params,
        page,
        limit: 100,
      },
    )
    rows.push(...(body[envelope] as T[]))
    if (body.meta.next_page === 0) return rows
  }
}

export function sum<T>(
  rows: readonly T[],
  pick: (row: T) => number | string | null | undefined,
): number {
  return rows.reduce((total, row) => total + Number(pick(row) ?? 0), 0)
}
