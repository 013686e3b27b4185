/**
 * Converts a `dataApi*` GraphQL payload back to the Data API REST shape the browser client
 * parses: camelCase → snake_case keys, `BigInt` strings → numbers (kept as strings beyond the
 * safe-integer range, which the client then rejects clearly), `metadata` → `meta`, and the
 * dataset's envelope (`{ revenue_streams_plans: [...], meta }`) or a bare array.
 */
import type { DatasetDefinition } from '@lago-analytics/client'
import { camelToSnake } from '@lago-analytics/client/protocol'
import type { GraphqlOperation } from './graphqlOperations.ts'

function bigintToNumber(value: unknown): unknown {
  if (typeof value !== 'string' || !/^-?\d{1,20}$/.test(value)) return value
  const n = Number(value)
  return Number.isSafeInteger(n) ? n : value
}

function row(operation: GraphqlOperation, input: unknown): unknown {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return input
  const source = input as Record<string, unknown>
  const out: Record<string, unknown> = {}
  for (const field of operation.fields) {
    if (!(field in source)) continue
    const value = source[field]
    out[camelToSnake(field)] = operation.bigints.includes(field) ? bigintToNumber(value) : value
  }
  return out
}

/** Returns the REST-shaped body, or a reason when the payload does not have the expected shape. */
export function translateGraphqlRows(
  dataset: DatasetDefinition,
  operation: GraphqlOperation,
  payload: unknown,
): { ok: true; body: unknown } | { ok: false; reason: string } {
  if (typeof payload !== 'object' || payload === null) {
    return { ok: false, reason: `${operation.field} is missing` }
  }
  const { collection, metadata } = payload as { collection?: unknown; metadata?: unknown }
  if (!Array.isArray(collection))
    return { ok: false, reason: `${operation.field}.collection is not a list` }
  const rows = collection.map((item) => row(operation, item))
  if (!dataset.paginated || dataset.envelope === null) return { ok: true, body: rows }
  if (typeof metadata !== 'object' || metadata === null) {
    return { ok: false, reason: `${operation.field}.metadata is missing` }
  }
  const m = metadata as Record<string, unknown>
  return {
    ok: true,
    body: {
      [dataset.envelope]: rows,
      meta: {
        current_page: m.currentPage,
        next_page: m.nextPage,
        prev_page: m.prevPage,
        total_pages: m.totalPages,
        total_count: m.totalCount,
      },
    },
  }
}
