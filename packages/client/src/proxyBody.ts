import type { DatasetName } from './datasets.ts'
import { LagoAnalyticsResponseError } from './errors.ts'
import type { LagoAnalyticsResult } from './rows.ts'

/**
 * The proxy's 2xx body format. `@lago-analytics/server` validates and normalises Lago's answer
 * with `parseDatasetResponse` once, server side, and sends the result tagged with this format,
 * so a browser client only checks its shape instead of shipping and running the full response
 * validator. Any other 2xx body (Lago's own, from a pass-through proxy) is an error in proxy
 * mode unless the client was given `parseResponse` (such as `parseDatasetResponse`).
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

const PAGE_FIELDS = ['currentPage', 'totalPages', 'totalCount', 'nextPage', 'prevPage']

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
  if (!paginated) return { rows } as LagoAnalyticsResult<Row>
  // Whole numbers; the last two (`nextPage`, `prevPage`) may be null.
  if (
    !isRecord(meta) ||
    !PAGE_FIELDS.every(
      (key, index) => Number.isSafeInteger(meta[key]) || (index > 2 && meta[key] === null),
    )
  ) {
    fail('expected page numbers', 'meta')
  }
  return { rows, meta } as LagoAnalyticsResult<Row>
}
