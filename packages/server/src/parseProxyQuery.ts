/**
 * Turns the browser's raw query string into the canonical query the proxy forwards, or a 400/403.
 *
 * - every parameter must be one the dataset accepts (wire names, exact case): else
 *   `unknown_parameter`; each at most once: else `duplicate_parameter`;
 * - values are validated by the client's own `encodeQuery` (a proxy-mode client sends them as
 *   given and raises this answer as `LagoAnalyticsParamError`): else `invalid_parameter`, with
 *   `details: { parameter, reason }`;
 * - for a customer-scoped principal, `external_customer_id` is forced to the principal's
 *   customer; any other value is a `customer_scope_conflict` (403);
 * - the output is in the dataset's declared order, so equal requests give equal cache keys.
 */
import { LagoAnalyticsParamError, type DatasetDefinition } from '@lago-analytics/client'
import { camelToSnake, encodeQuery, readQuery } from '@lago-analytics/client/protocol'
import { proxyFailure, type ProxyFailure } from './proxyError.ts'

export type ParsedProxyQuery =
  { ok: true; query: URLSearchParams } | { ok: false; failure: ProxyFailure }

/** Longest raw query string accepted (the browser client never comes close). */
export const MAX_QUERY_LENGTH = 8_192

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/
const CUSTOMER = 'external_customer_id'

/** Echoes a client-supplied name safely: bounded, printable. */
function shown(name: string): string {
  const clean = name.replace(/[^\x20-\x7e]/g, '?')
  return clean.length > 64 ? `${clean.slice(0, 64)}…` : clean
}

function badParam(
  code: 'unknown_parameter' | 'duplicate_parameter' | 'invalid_parameter',
  parameter: string,
  reason: string,
): ParsedProxyQuery {
  return {
    ok: false,
    failure: proxyFailure(400, code, `${reason}: "${shown(parameter)}"`, {
      details: { parameter: shown(parameter), reason },
    }),
  }
}

/**
 * @param search the raw query string, with or without its leading `?`
 * @param customerScope the principal's `externalCustomerId`, when it is customer-scoped
 */
export function parseProxyQuery(
  dataset: DatasetDefinition,
  search: string,
  customerScope: string | undefined,
): ParsedProxyQuery {
  const raw = search.startsWith('?') ? search.slice(1) : search
  if (raw.length > MAX_QUERY_LENGTH) {
    return badParam(
      'invalid_parameter',
      '(query)',
      `the query string is longer than ${MAX_QUERY_LENGTH} characters`,
    )
  }
  const given = new Map<string, string>()
  for (const [name, value] of new URLSearchParams(raw)) {
    if (!dataset.params.includes(name)) {
      return badParam('unknown_parameter', name, `${dataset.name} does not accept this parameter`)
    }
    if (given.has(name))
      return badParam('duplicate_parameter', name, 'parameter given more than once')
    if (CONTROL.test(value))
      return badParam('invalid_parameter', name, 'control characters are not allowed')
    given.set(name, value)
  }
  if (customerScope !== undefined) {
    const asked = given.get(CUSTOMER)
    if (asked !== undefined && asked !== customerScope) {
      return {
        ok: false,
        failure: proxyFailure(
          403,
          'customer_scope_conflict',
          'external_customer_id must be your own customer (or left out: the proxy sets it)',
        ),
      }
    }
    given.set(CUSTOMER, customerScope)
  }
  try {
    return { ok: true, query: encodeQuery(dataset, readQuery(given)) }
  } catch (error) {
    if (!(error instanceof LagoAnalyticsParamError)) throw error
    return badParam('invalid_parameter', camelToSnake(error.param), error.reason)
  }
}
