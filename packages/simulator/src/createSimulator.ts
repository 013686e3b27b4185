/**
 * `createSimulator`: a deterministic, seeded Lago analytics API as a fetch handler. It serves
 * the public REST surface (`…/api/v1/analytics/*`) and the Data API surface
 * (`…/data-api/<dataset>/<organization_id>/[<breakdown>/]`) from one synthetic ledger.
 */
import { breakTypes } from './breakTypes'
import { buildLedger } from './buildLedger'
import {
  DEFAULT_API_KEY,
  DEFAULT_CUSTOMERS,
  DEFAULT_DATA_API_TOKEN,
  DEFAULT_MONTHS,
  DEFAULT_SEED,
  MAX_CUSTOMERS,
} from './defaults'
import { encodeBody, type NumberStyle } from './encodeBody'
import {
  DEFAULT_LATENCY_MS,
  DEFAULT_RETRY_AFTER_SECONDS,
  FAULT_HEADER,
  FAULT_NAMES,
  parseFaultHeader,
  type Fault,
  type FaultOptions,
} from './faults'
import { RateLimiter, type RateLimitOptions } from './rateLimiter'
import {
  errorResponse,
  forbidden,
  jsonResponse,
  methodNotAllowed,
  notFound,
  unauthorized,
  validationFailed,
} from './responses'
import { matchRoute, type RouteMatch } from './routes'
import { BodyCache, runDataset } from './runDataset'
import { summarizeLedger, type LedgerSummary } from './summarizeLedger'

export interface SimulatorOptions {
  /** Seed of the synthetic organisation (default 42). Same options → byte-identical bodies. */
  readonly seed?: number | string
  /** The instant the data is "as of" (default: the real clock at creation). Only its UTC day matters. */
  readonly now?: Date | string | number
  /** Months of history counting the current one (default 27, minimum 1). */
  readonly months?: number
  /** Number of customers (default 200, at most 10,000). */
  readonly customers?: number
  /** Give a few customers names that break naive escaping (HTML, formulas, SQL, emoji, RTL). */
  readonly hostileNames?: boolean
  /** Bearer key of the public surface (default `DEFAULT_API_KEY`). */
  readonly apiKey?: string
  /** Bearer token of the Data API surface (default `DEFAULT_DATA_API_TOKEN`). */
  readonly dataApiToken?: string
  /** Organisation id in Data API paths (default: a uuid derived from the seed). */
  readonly organizationId?: string
  /** Premium licence (default true). Without it, premium datasets answer 403 `feature_unavailable`. */
  readonly premium?: boolean
  /** API-key permissions; `analyticRead: false` → 403 `read_action_not_allowed_for_analytic`. */
  readonly permissions?: { readonly analyticRead?: boolean }
  /** Faults applied to matching requests (off by default). */
  readonly faults?: FaultOptions | readonly FaultOptions[]
  /** Honour the `x-simulator-fault` request header (default false). */
  readonly allowFaultHeader?: boolean
  /** Lago Cloud style rate limiting with `x-ratelimit-*` headers (off by default). */
  readonly rateLimit?: RateLimitOptions
  /** Answer CORS preflights and add `access-control-*` headers (default false). */
  readonly cors?: boolean
}

export interface SimulatorStats {
  readonly requests: number
  /** Requests per path, from the `/api/v1/analytics/` or `/data-api/` segment on, without trailing slash. */
  readonly byPath: Record<string, number>
}

export interface Simulator {
  /** Handles one request; bound, so it can be passed around as a plain function. */
  readonly fetch: (request: Request) => Promise<Response>
  readonly apiKey: string
  readonly dataApiToken: string
  readonly organizationId: string
  /** What the synthetic organisation contains (currencies, plans, metrics, customers…). */
  readonly ledger: LedgerSummary
  stats(): SimulatorStats
  resetStats(): void
}

const CORS_HEADERS: Record<string, string> = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, OPTIONS',
  'access-control-allow-headers': `authorization, content-type, ${FAULT_HEADER}`,
  'access-control-expose-headers':
    'retry-after, x-ratelimit-limit, x-ratelimit-remaining, x-ratelimit-reset',
  'access-control-max-age': '600',
}

const BAD_GATEWAY_HTML =
  '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n'

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('This operation was aborted', 'AbortError')
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(abortReason(signal))
      return
    }
    const onAbort = (): void => {
      clearTimeout(timer)
      reject(abortReason(signal))
    }
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    signal.addEventListener('abort', onAbort, { once: true })
  })
}

/** Never settles until the request is aborted (client gone, server closing). */
function hang(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    if (signal.aborted) reject(abortReason(signal))
    else signal.addEventListener('abort', () => reject(abortReason(signal)), { once: true })
  })
}

/** The key of `Authorization: Bearer <key>`, or null. */
function bearerToken(header: string | null): string | null {
  const match = header === null ? null : /^\s*(\S+)\s+(\S+)\s*$/.exec(header)
  if (!match || match[1]?.toLowerCase() !== 'bearer') return null
  return match[2] ?? null
}

function toNow(value: Date | string | number | undefined): Date {
  const date = value === undefined ? new Date() : new Date(value)
  if (Number.isNaN(date.getTime())) throw new TypeError(`invalid "now": ${String(value)}`)
  return date
}

function checkInteger(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max)
    throw new RangeError(`${name} must be an integer between ${min} and ${max}, got ${value}`)
  return value
}

export function createSimulator(options: SimulatorOptions = {}): Simulator {
  const ledger = buildLedger({
    seed: options.seed ?? DEFAULT_SEED,
    now: toNow(options.now),
    months: checkInteger('months', options.months ?? DEFAULT_MONTHS, 1, 240),
    customers: checkInteger('customers', options.customers ?? DEFAULT_CUSTOMERS, 0, MAX_CUSTOMERS),
    hostileNames: options.hostileNames ?? false,
    ...(options.organizationId === undefined ? {} : { organizationId: options.organizationId }),
  })
  const apiKey = options.apiKey ?? DEFAULT_API_KEY
  const dataApiToken = options.dataApiToken ?? DEFAULT_DATA_API_TOKEN
  const premium = options.premium ?? true
  const analyticRead = options.permissions?.analyticRead ?? true
  const cors = options.cors ?? false
  const configuredFaults: readonly FaultOptions[] =
    options.faults === undefined
      ? []
      : Array.isArray(options.faults)
        ? options.faults
        : [options.faults as FaultOptions]
  for (const fault of configuredFaults) {
    if (!FAULT_NAMES.includes(fault.name))
      throw new RangeError(`unknown fault "${String(fault.name)}"`)
  }
  const limiter = options.rateLimit === undefined ? null : new RateLimiter(options.rateLimit)
  const cache = new BodyCache()
  const encoded = new WeakMap<object, string>()
  const faultCounts = new Map<string, number>()
  let requests = 0
  let byPath: Record<string, number> = {}

  const counted = (key: string, fault: Fault): Fault | null => {
    if (fault.times === undefined) return fault
    const seen = (faultCounts.get(key) ?? 0) + 1
    faultCounts.set(key, seen)
    return seen <= fault.times ? fault : null
  }

  const selectFault = (request: Request, route: RouteMatch): Fault | null | { error: string } => {
    if (options.allowFaultHeader === true) {
      const raw = request.headers.get(FAULT_HEADER)?.trim()
      if (raw !== undefined && raw !== '') {
        const parsed = parseFaultHeader(raw)
        return 'error' in parsed ? parsed : counted(`header:${raw}`, parsed)
      }
    }
    for (const [index, fault] of configuredFaults.entries()) {
      if (fault.datasets !== undefined) {
        if (route.kind !== 'dataset') continue
        const { name, path } = route.definition
        if (!fault.datasets.includes(name) && !fault.datasets.includes(path)) continue
      }
      const selected = counted(`option:${index}`, fault)
      if (selected !== null) return selected
    }
    return null
  }

  const handle = async (request: Request): Promise<Response> => {
    const url = new URL(request.url)
    const route = matchRoute(url.pathname)
    requests++
    byPath[route.statsKey] = (byPath[route.statsKey] ?? 0) + 1
    let extraHeaders: Record<string, string> = cors ? { ...CORS_HEADERS } : {}
    const finish = (response: Response): Response => {
      for (const [name, value] of Object.entries(extraHeaders)) response.headers.set(name, value)
      return response
    }
    if (route.kind === 'outside') return finish(notFound('resource_not_found'))
    if (cors && request.method === 'OPTIONS') return finish(new Response(null, { status: 204 }))
    if (request.method !== 'GET') return finish(methodNotAllowed())

    let style: NumberStyle = 'integers'
    let broken: 'malformed-json' | 'wrong-types' | null = null
    const fault = selectFault(request, route)
    if (fault !== null && 'error' in fault) {
      return finish(
        errorResponse(400, `BadRequest: invalid ${FAULT_HEADER} header: ${fault.error}`),
      )
    }
    if (fault !== null) {
      switch (fault.name) {
        case 'latency':
          await sleep(fault.ms ?? DEFAULT_LATENCY_MS, request.signal)
          break
        case 'rate-limit': {
          const seconds = String(fault.seconds ?? DEFAULT_RETRY_AFTER_SECONDS)
          return finish(
            errorResponse(429, 'Too Many Requests', 'too_many_requests', undefined, {
              'retry-after': seconds,
              'x-ratelimit-limit': String(options.rateLimit?.limit ?? 60),
              'x-ratelimit-remaining': '0',
              'x-ratelimit-reset': seconds,
            }),
          )
        }
        case '500':
          return finish(errorResponse(500, 'Internal Server Error'))
        case '502':
          return finish(
            new Response(BAD_GATEWAY_HTML, {
              status: 502,
              headers: { 'content-type': 'text/html; charset=utf-8' },
            }),
          )
        case '503':
          return finish(
            errorResponse(
              503,
              'Service Unavailable',
              undefined,
              undefined,
              fault.seconds === undefined ? {} : { 'retry-after': String(fault.seconds) },
            ),
          )
        case 'hang':
          return hang(request.signal)
        case 'malformed-json':
        case 'wrong-types':
          broken = fault.name
          break
        case 'legacy-strings':
          style = 'legacy-strings'
          break
        default: {
          const exhaustive: never = fault.name
          throw new Error(`unhandled fault ${String(exhaustive)}`)
        }
      }
    }
    if (limiter !== null) {
      const decision = limiter.take()
      extraHeaders = { ...extraHeaders, ...decision.headers }
      if (!decision.allowed)
        return finish(errorResponse(429, 'Too Many Requests', 'too_many_requests'))
    }
    if (route.kind === 'unknown') return finish(notFound('resource_not_found'))

    const definition = route.definition
    const token = bearerToken(request.headers.get('authorization'))
    if (definition.surface === 'public') {
      if (token !== apiKey) return finish(unauthorized())
      if (!analyticRead) return finish(forbidden('read_action_not_allowed_for_analytic'))
    } else {
      if (token !== dataApiToken) return finish(unauthorized())
      if (route.organizationId !== ledger.organizationId)
        return finish(notFound('organization_not_found'))
    }
    if (definition.premium && !premium) return finish(forbidden('feature_unavailable'))

    const outcome = runDataset(ledger, definition, url.searchParams, premium, cache)
    if (!outcome.ok) return finish(validationFailed(outcome.errors))
    let text: string
    const body = outcome.body
    if (style === 'integers' && typeof body === 'object' && body !== null) {
      // Bodies are memoised objects: keep their default encoding alongside them.
      text = encoded.get(body) ?? encodeBody(body, definition, style)
      encoded.set(body, text)
    } else {
      text = encodeBody(body, definition, style)
    }
    if (broken === 'wrong-types') text = JSON.stringify(breakTypes(JSON.parse(text)))
    if (broken === 'malformed-json') text = text.slice(0, Math.max(1, Math.floor(text.length / 2)))
    return finish(jsonResponse(200, text))
  }

  let summary: LedgerSummary | undefined
  return {
    fetch: handle,
    apiKey,
    dataApiToken,
    organizationId: ledger.organizationId,
    get ledger(): LedgerSummary {
      summary ??= summarizeLedger(ledger)
      return summary
    },
    stats: () => ({ requests, byPath: { ...byPath } }),
    resetStats: () => {
      requests = 0
      byPath = {}
    },
  }
}
