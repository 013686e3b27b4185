import type { DatasetDefinition } from './datasets.ts'
import { LagoAnalyticsParamError } from './errors.ts'

const ENUMS: Readonly<Record<string, readonly string[]>> = {
  time_granularity: ['daily', 'weekly', 'monthly'],
  customer_type: ['individual', 'company'],
  order_by: ['gross_revenue_amount_cents', 'net_revenue_amount_cents'],
}
/** Codes sent upper-cased: their pattern and an example of a valid one. */
const CODES: Readonly<Record<string, [RegExp, string]>> = {
  currency: [/^[A-Za-z]{3}$/, 'ISO 4217 code such as EUR'],
  customer_country: [/^[A-Za-z]{2}$/, 'ISO 3166 alpha-2 code such as FR'],
}

/** Whole-number parameters (positive integers on the wire). */
const COUNTS = ['months', 'page', 'limit']

export function camelToSnake(key: string): string {
  return key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)
}

export function snakeToCamel(key: string): string {
  return key.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase())
}

/** The `YYYY-MM-DD` a string starts with, when that is a real calendar day (UTC); else `null`. */
export function calendarDay(value: string): string | null {
  const day = value.slice(0, 10)
  const date = new Date(day)
  return /^\d{4}-\d\d-\d\d$/.test(day) &&
    !Number.isNaN(date.getTime()) &&
    date.toISOString().startsWith(day)
    ? day
    : null
}

/** `YYYY-MM-DD` of a Date's UTC calendar day, or of a validated date string. */
export function toIsoDate(value: unknown): string | null {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10)
  }
  return typeof value === 'string' && value.length === 10 ? calendarDay(value) : null
}

/** Encodes one present parameter value, or calls `fail` with what was expected. */
type ValueEncoder = (wire: string, value: unknown, fail: (reason: string) => never) => string

/** As sent to a proxy that validates values itself: a Date as its UTC day, anything else as text. */
const wireValue: ValueEncoder = (_wire, value) =>
  value instanceof Date && !Number.isNaN(value.getTime())
    ? value.toISOString().slice(0, 10)
    : String(value)

/**
 * Writes typed camelCase parameters as the dataset's wire query string, without judging values:
 * what a proxy-mode client sends, since the proxy validates every value with `encodeQuery` (and
 * answers `400 invalid_parameter`, which the client raises as `LagoAnalyticsParamError`).
 *
 * - keys the dataset does not accept are dropped (never forwarded);
 * - `undefined` and `null` are omitted; a `Date` becomes its UTC `YYYY-MM-DD`;
 * - parameters come out in the dataset's declared order, so equal inputs give equal URLs.
 */
export function writeQuery(
  dataset: DatasetDefinition,
  params: object | undefined,
  encode: ValueEncoder = wireValue,
): URLSearchParams {
  const query = new URLSearchParams()
  const fail = (name: string, reason: string): never => {
    throw new LagoAnalyticsParamError(dataset.name, name, reason)
  }
  if (params == null) return query
  if (typeof params !== 'object') fail('params', 'expected an object')
  for (const wire of dataset.params) {
    const name = snakeToCamel(wire)
    const value = (params as Record<string, unknown>)[name]
    if (value != null)
      query.set(
        wire,
        encode(wire, value, (reason) => fail(name, reason)),
      )
  }
  return query
}

/**
 * Reads a wire query back into camelCase parameters for `encodeQuery` to judge, as the proxy
 * does with what a browser sent: `true`/`false` become booleans and whole numbers of up to 16
 * digits numbers for the `is_*` flags and for `months`, `page` and `limit`; every other value
 * stays text. Nothing is dropped or checked here.
 */
export function readQuery(entries: Iterable<[string, string]>): Record<string, unknown> {
  const params: Record<string, unknown> = {}
  for (const [wire, raw] of entries) {
    const flag = wire.startsWith('is_') && (raw === 'true' || raw === 'false')
    const count = COUNTS.includes(wire) && /^\d{1,16}$/.test(raw)
    params[snakeToCamel(wire)] = flag ? raw === 'true' : count ? Number(raw) : raw
  }
  return params
}

/**
 * Turns typed camelCase parameters into the dataset's wire query string, validating every value
 * (server mode, and the proxy on what browsers send): `writeQuery`, plus
 *
 * - booleans must be booleans, counts positive integers, dates real `YYYY-MM-DD` days (or valid
 *   `Date`s), enums one of their values, strings non-empty and at most 1,024 characters;
 * - currency and country codes are upper-cased;
 * - `fromDate` may not be after `toDate`;
 * - an invalid value raises `LagoAnalyticsParamError` before any request is sent.
 */
export function encodeQuery(
  dataset: DatasetDefinition,
  params: object | undefined,
): URLSearchParams {
  const query = writeQuery(dataset, params, encodeValue)
  const from = query.get('from_date')
  const to = query.get('to_date')
  if (from !== null && to !== null && from > to) {
    throw new LagoAnalyticsParamError(dataset.name, 'fromDate', `is after toDate (${from} > ${to})`)
  }
  return query
}

const encodeValue: ValueEncoder = (wire, value, fail) => {
  const expected = (what: string) => fail(`expected ${what}`)
  if (wire.endsWith('_date')) {
    return toIsoDate(value) ?? expected('a YYYY-MM-DD date or a valid Date')
  }
  if (wire.startsWith('is_')) {
    return typeof value === 'boolean' ? String(value) : expected('a boolean')
  }
  if (COUNTS.includes(wire)) {
    return Number.isSafeInteger(value) && (value as number) >= 1
      ? String(value)
      : expected('a positive integer')
  }
  if (typeof value !== 'string') return expected('a string')
  const allowed = ENUMS[wire]
  if (allowed) return allowed.includes(value) ? value : expected(`one of ${allowed.join(', ')}`)
  const code = CODES[wire]
  if (code) return code[0].test(value) ? value.toUpperCase() : expected(`an ${code[1]}`)
  if (value.length === 0) return expected('a non-empty string')
  return value.length > 1024 ? fail('is longer than 1024 characters') : value
}
