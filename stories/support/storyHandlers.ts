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

/**
 * MSW handlers playing the server proxy in front of the simulator: the browser client calls
 * `/lago-analytics/api/v1/analytics/<endpoint>` and `/lago-analytics/data-api/<dataset>[/<breakdown>]`
 * without secrets; the handler adds the simulator's credentials and organisation id, as
 * @lago-analytics/server does in front of a real Lago.
 */
export function storyHandlers(
  simulator: Simulator,
  options: { dataApi?: boolean } = {},
): HttpHandler[] {
  const forward = (request: Request, path: string) => {
    const url = new URL(request.url)
    const headers = new Headers({ accept: 'application/json' })
    for (const name of ['x-simulator-fault']) {
      const value = request.headers.get(name)
      if (value) headers.set(name, value)
    }
    return { target: new URL(`${path}${url.search}`, url.origin), headers }
  }
  return [
    http.get(`${STORY_PROXY_URL}/api/v1/analytics/:endpoint`, ({ request, params }) => {
      const { target, headers } = forward(request, `/api/v1/analytics/${String(params.endpoint)}`)
      headers.set('authorization', `Bearer ${simulator.apiKey}`)
      return simulator.fetch(new Request(target, { headers, signal: request.signal }))
    }),
    http.get(`${STORY_PROXY_URL}/data-api/:dataset/:breakdown?`, ({ request, params }) => {
      if (options.dataApi === false) {
        // What @lago-analytics/server answers when it has no Data API upstream.
        return Response.json(
          { status: 501, error: 'Not Implemented', code: 'data_api_not_configured' },
          { status: 501 },
        )
      }
      const breakdown = params.breakdown ? `${String(params.breakdown)}/` : ''
      const { target, headers } = forward(
        request,
        `/data-api/${String(params.dataset)}/${simulator.organizationId}/${breakdown}`,
      )
      headers.set('authorization', `Bearer ${simulator.dataApiToken}`)
      return simulator.fetch(new Request(target, { headers, signal: request.signal }))
    }),
  ]
}
