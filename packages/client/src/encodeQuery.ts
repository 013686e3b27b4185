import type { DatasetDefinition } from './datasets.ts'
import { LagoAnalyticsParamError } from './errors.ts'

const ENUMS: Readonly<Record<string, readonly string[]>> = {
  time_granularity: ['daily', 'weekly', 'monthly'],
  customer_type: ['individual', 'company'],
  order_by: ['gross_revenue_amount_cents', 'net_revenue_amount_cents'],
}
const BOOLEANS = new Set(['is_billable_metric_recurring', 'is_customer_tin_empty'])
const POSITIVE_INTEGERS = new Set(['months', 'page', 'limit'])
const DATES = new Set(['from_date', 'to_date'])
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

export function camelToSnake(key: string): string {
  return key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)
}

function snakeToCamel(key: string): string {
  return key.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase())
}

/** `YYYY-MM-DD` of a Date's UTC calendar day, or of a validated date string. */
export function toIsoDate(value: unknown): string | null {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10)
  }
  if (typeof value !== 'string') return null
  const match = ISO_DATE.exec(value)
  if (!match) return null
  const [, y, m, d] = match
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)))
  return date.toISOString().slice(0, 10) === value ? value : null
}

/**
 * Turns typed camelCase parameters into the dataset's wire query string.
 *
 * - keys the dataset does not accept are dropped (never forwarded);
 * - `undefined` and `null` are omitted; booleans become `true`/`false`; dates `YYYY-MM-DD`;
 * - currency and country codes are upper-cased;
 * - invalid values raise `LagoAnalyticsParamError` before any request is sent.
 *
 * Parameters come out in the dataset's declared order, so equal inputs give equal URLs.
 */
export function encodeQuery(
  dataset: DatasetDefinition,
  params: object | undefined,
): URLSearchParams {
  const query = new URLSearchParams()
  if (params === undefined || params === null) return query
  if (typeof params !== 'object') {
    throw new LagoAnalyticsParamError(dataset.name, 'params', 'expected an object')
  }
  const given = params as Record<string, unknown>
  for (const wire of dataset.params) {
    const name = snakeToCamel(wire)
    const value = given[name]
    if (value === undefined || value === null) continue
    query.set(wire, encodeValue(dataset, name, wire, value))
  }
  const from = query.get('from_date')
  const to = query.get('to_date')
  if (from !== null && to !== null && from > to) {
    throw new LagoAnalyticsParamError(dataset.name, 'fromDate', `is after toDate (${from} > ${to})`)
  }
  return query
}

function encodeValue(
  dataset: DatasetDefinition,
  name: string,
  wire: string,
  value: unknown,
): string {
  const fail = (reason: string): never => {
    throw new LagoAnalyticsParamError(dataset.name, name, reason)
  }
  if (DATES.has(wire)) {
    return toIsoDate(value) ?? fail('expected a YYYY-MM-DD date or a valid Date')
  }
  if (BOOLEANS.has(wire)) {
    return typeof value === 'boolean' ? String(value) : fail('expected a boolean')
  }
  if (POSITIVE_INTEGERS.has(wire)) {
    return typeof value === 'number' && Number.isSafeInteger(value) && value >= 1
      ? String(value)
      : fail('expected a positive integer')
  }
  if (typeof value !== 'string') return fail('expected a string')
  const allowed = ENUMS[wire]
  if (allowed) {
    return allowed.includes(value) ? value : fail(`expected one of ${allowed.join(', ')}`)
  }
  if (wire === 'currency') {
    return /^[A-Za-z]{3}$/.test(value)
      ? value.toUpperCase()
      : fail('expected an ISO 4217 code such as EUR')
  }
  if (wire === 'customer_country') {
    return /^[A-Za-z]{2}$/.test(value)
      ? value.toUpperCase()
      : fail('expected an ISO 3166 alpha-2 code such as FR')
  }
  if (value.length === 0) return fail('expected a non-empty string')
  if (value.length > 1024) return fail('is longer than 1024 characters')
  return value
}
