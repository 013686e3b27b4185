import type { DatasetName } from './datasets.ts'
import { LagoAnalyticsResponseError } from './errors.ts'
import type { LagoAnalyticsResult } from './rows.ts'

/**
 * The proxy's 2xx body format. `@lago-analytics/server` validates and normalises Lago's answer
 * with `parseDatasetResponse` once, server side, and sends the result tagged with this format,
 * so a browser client only checks its shape instead of shipping and running the full response
 * validator. Any other 2xx body (Lago's own, from a pass-through proxy) is still validated in
 * full by the client, which then loads its response parser on demand.
 */
export const PROXY_BODY_FORMAT = 'lago-analytics/rows@1'

/** A normalised result as the proxy sends it. */
export interface ProxyBody<Row = Record<string, unknown>> extends LagoAnalyticsResult<Row> {
  format: typeof PROXY_BODY_FORMAT
}

/** Wraps a `parseDatasetResponse` result for the wire (the server proxy's 2xx body). */
export function toProxyBody<Row>(result: LagoAnalyticsResult<Row>): ProxyBody<Row> {
  return { format: PROXY_BODY_FORMAT, ...result }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Reads a proxy body: `undefined` when `json` is not one (a raw Lago body), the result when it
 * is, and a `LagoAnalyticsResponseError` when it claims the format but has the wrong shape
 * (rows that are not objects; a paginated result without whole-number page fields).
 */
export function readProxyBody<Row>(
  dataset: DatasetName,
  json: unknown,
  paginated: boolean,
): LagoAnalyticsResult<Row> | undefined {
  if (!isRecord(json) || json.format !== PROXY_BODY_FORMAT) return undefined
  const { rows, meta } = json
  const fail = (reason: string, field: string) => {
    throw new LagoAnalyticsResponseError(dataset, reason, { field })
  }
  if (!Array.isArray(rows) || !rows.every(isRecord)) fail('expected an array of rows', 'rows')
  const whole = (key: string, orNull?: boolean) =>
    Number.isSafeInteger((meta as Record<string, unknown>)[key]) ||
    (orNull && (meta as Record<string, unknown>)[key] === null)
  if (
    paginated &&
    !(
      isRecord(meta) &&
      whole('currentPage') &&
      whole('totalPages') &&
      whole('totalCount') &&
      whole('nextPage', true) &&
      whole('prevPage', true)
    )
  ) {
    fail('expected page numbers', 'meta')
  }
  return (paginated ? { rows, meta } : { rows }) as LagoAnalyticsResult<Row>
}
