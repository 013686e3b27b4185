import { DATASETS, LagoAnalyticsParamError, type DatasetName } from '@lago-analytics/client'
import { parseDatasetResponse } from '@lago-analytics/client/parse'
import { camelToSnake, encodeQuery, readQuery, toProxyBody } from '@lago-analytics/client/protocol'
import { createSimulator, type Simulator, type SimulatorOptions } from '@lago-analytics/simulator'
import { http, type HttpHandler } from 'msw'

/** Where the stories' browser client sends requests (the proxy surface of @lago-analytics/client). */
export const STORY_PROXY_URL = '/lago-analytics'

/** The instant every story sees, so screenshots are stable. */
export const STORY_NOW = new Date('2026-11-24T09:30:00Z')

const simulators = new Map<string, Simulator>()

/** One simulator per option set, reused across stories (building the ledger takes a moment). */
export function storySimulator(options: SimulatorOptions = {}): Simulator {
  const key = JSON.stringify(options)
  let simulator = simulators.get(key)
  if (!simulator) {
    simulator = createSimulator({ now: STORY_NOW, ...options })
    simulators.set(key, simulator)
  }
  return simulator
}

const DATASET_BY_PATH = new Map(
  Object.values(DATASETS).map((dataset) => [dataset.path, dataset.name] as [string, DatasetName]),
)

/** Like @lago-analytics/server: a 2xx answer goes out normalised, in the proxy body format. */
async function asProxyBody(path: string, response: Response): Promise<Response> {
  const dataset = DATASET_BY_PATH.get(path)
  if (!response.ok || dataset === undefined) return response
  try {
    const body = toProxyBody(parseDatasetResponse(dataset, await response.json()))
    return Response.json(body, { status: response.status, headers: response.headers })
  } catch {
    // What the proxy answers for a malformed upstream body (never cached).
    return Response.json(
      { status: 502, error: 'Bad Gateway', code: 'upstream_invalid_response' },
      { status: 502 },
    )
  }
}

/**
 * MSW handlers playing the server proxy in front of the simulator: the browser client calls
 * `/lago-analytics/api/v1/analytics/<endpoint>` and `/lago-analytics/data-api/<dataset>[/<breakdown>]`
 * without secrets; the handler adds the simulator's credentials and organisation id and answers
 * normalised rows, as @lago-analytics/server does in front of a real Lago.
 */
export function storyHandlers(
  simulator: Simulator,
  options: { dataApi?: boolean } = {},
): HttpHandler[] {
  /**
   * The simulator request for a browser request, or the proxy's 400 for an invalid value: like
   * @lago-analytics/server, values are judged by `encodeQuery` and forwarded canonical.
   */
  const forward = (
    request: Request,
    datasetPath: string,
    path: string,
  ): { target: URL; headers: Headers } | Response => {
    const url = new URL(request.url)
    const name = DATASET_BY_PATH.get(datasetPath)
    // (an unknown path goes through as it is: the simulator answers its 404)
    let query = url.search.slice(1)
    try {
      if (name) query = encodeQuery(DATASETS[name], readQuery(url.searchParams)).toString()
    } catch (error) {
      if (!(error instanceof LagoAnalyticsParamError)) throw error
      return Response.json(
        {
          status: 400,
          error: 'Bad Request',
          code: 'invalid_parameter',
          error_details: { parameter: camelToSnake(error.param), reason: error.reason },
        },
        { status: 400 },
      )
    }
    const headers = new Headers({ accept: 'application/json' })
    for (const name of ['x-simulator-fault']) {
      const value = request.headers.get(name)
      if (value) headers.set(name, value)
    }
    return { target: new URL(`${path}${query && `?${query}`}`, url.origin), headers }
  }
  return [
    http.get(`${STORY_PROXY_URL}/api/v1/analytics/:endpoint`, async ({ request, params }) => {
      const forwarded = forward(
        request,
        String(params.endpoint),
        `/api/v1/analytics/${String(params.endpoint)}`,
      )
      if (forwarded instanceof Response) return forwarded
      const { target, headers } = forwarded
      headers.set('authorization', `Bearer ${simulator.apiKey}`)
      return asProxyBody(
        String(params.endpoint),
        await simulator.fetch(new Request(target, { headers, signal: request.signal })),
      )
    }),
    http.get(`${STORY_PROXY_URL}/data-api/:dataset/:breakdown?`, async ({ request, params }) => {
      if (options.dataApi === false) {
        // What @lago-analytics/server answers when it has no Data API upstream.
        return Response.json(
          { status: 501, error: 'Not Implemented', code: 'data_api_not_configured' },
          { status: 501 },
        )
      }
      const breakdown = params.breakdown ? `${String(params.breakdown)}/` : ''
      const datasetPath = `${String(params.dataset)}${params.breakdown ? `/${String(params.breakdown)}` : ''}`
      const forwarded = forward(
        request,
        datasetPath,
        `/data-api/${String(params.dataset)}/${simulator.organizationId}/${breakdown}`,
      )
      if (forwarded instanceof Response) return forwarded
      const { target, headers } = forwarded
      headers.set('authorization', `Bearer ${simulator.dataApiToken}`)
      return asProxyBody(
        datasetPath,
        await simulator.fetch(new Request(target, { headers, signal: request.signal })),
      )
    }),
  ]
}
