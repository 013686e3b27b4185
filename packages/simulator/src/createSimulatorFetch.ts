import { createSimulator, type SimulatorOptions } from './createSimulator'

/**
 * The simulator as a plain `fetch(Request) => Promise<Response>` handler — for MSW, a Service
 * Worker, an edge function or a client's `fetch` option. Use `createSimulator` for the API key,
 * ledger summary and stats as well.
 */
export function createSimulatorFetch(
  options: SimulatorOptions = {},
): (request: Request) => Promise<Response> {
  return createSimulator(options).fetch
}
