import type { CustomerType } from '@lago-analytics/client'
import { LagoCoreError } from '../errors.ts'
import { isDateKey } from '../time/dateKey.ts'
import { isDateRangePreset, type DateRangeSelection } from '../time/dateRange.ts'
import { GRANULARITIES, type Granularity } from '../time/granularity.ts'

export type BillableMetricKind = 'metered' | 'recurring'

/** Dimensions a dashboard can break figures down by. */
export type BreakdownDimension =
  | 'customer'
  | 'plan'
  | 'subscription'
  | 'billableMetric'
  | 'customerType'
  | 'country'
  | 'billingEntity'

export const BREAKDOWN_DIMENSIONS: readonly BreakdownDimension[] = [
  'customer',
  'plan',
  'subscription',
  'billableMetric',
  'customerType',
  'country',
  'billingEntity',
]

/** The filters of one dashboard. `null` = not filtered. */
export interface FilterState {
  readonly range: DateRangeSelection
  readonly granularity: Granularity
  /** ISO 4217, upper case. Lago never converts: one currency at a time. */
  readonly currency: string | null
  readonly externalCustomerId: string | null
  readonly customerType: CustomerType | null
  /** ISO 3166-1 alpha-2, upper case. */
  readonly customerCountry: string | null
  readonly planCode: string | null
  readonly externalSubscriptionId: string | null
  readonly billingEntityCode: string | null
  readonly billableMetricCode: string | null
  /** Maps to Lago's `is_billable_metric_recurring`. */
  readonly billableMetricKind: BillableMetricKind | null
  /** Up to two dimensions, in order (rows, then columns of a pivot). */
  readonly breakdown: readonly BreakdownDimension[]
}

export type FilterKey = keyof FilterState

export const DEFAULT_FILTERS: FilterState = {
  range: { preset: 'last12Months' },
  granularity: 'month',
  currency: null,
  externalCustomerId: null,
  customerType: null,
  customerCountry: null,
  planCode: null,
  externalSubscriptionId: null,
  billingEntityCode: null,
  billableMetricCode: null,
  billableMetricKind: null,
  breakdown: [],
}

export const FILTER_KEYS = Object.keys(DEFAULT_FILTERS) as FilterKey[]

/** A filter value was rejected; the store's state is left unchanged. */
export class FilterValidationError extends LagoCoreError {
  override name = 'FilterValidationError'
  readonly field: string
  readonly value: unknown

  constructor(field: string, value: unknown, reason: string) {
    super(
      'filter_validation',
      `Invalid ${field} ${JSON.stringify(value) ?? String(value)}: ${reason}`,
    )
    this.field = field
    this.value = value
  }
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/

type Validator = (value: unknown, fail: (reason: string) => never) => unknown

/** A trimmed identifier (blank → `null`). */
const identifier: Validator = (value, fail) => {
  if (value == null) return null
  if (typeof value !== 'string') return fail('expected a string')
  const text = value.trim()
  if (text.length > 255 || CONTROL.test(text)) fail('expected at most 255 printable characters')
  return text === '' ? null : text
}

/** An upper-cased code of `length` letters (empty → `null`). */
const code =
  (length: number, what: string): Validator =>
  (value, fail) => {
    if (value == null || value === '') return null
    return typeof value === 'string' && new RegExp(`^[A-Za-z]{${length}}$`).test(value)
      ? value.toUpperCase()
      : fail(`expected ${what}`)
  }

/** One of `allowed` (or `null` when `nullable`). */
const oneOf =
  (allowed: readonly string[], nullable = true): Validator =>
  (value, fail) => {
    if (nullable && value == null) return null
    return typeof value === 'string' && allowed.includes(value)
      ? value
      : fail(`expected one of ${allowed.join(', ')}`)
  }

const VALIDATORS: { readonly [K in FilterKey]: Validator } = {
  range(value, fail) {
    const { preset, from, to } = ((typeof value === 'object' && value) || {}) as {
      preset?: unknown
      from?: unknown
      to?: unknown
    }
    if (isDateRangePreset(preset)) return { preset }
    if (preset !== 'custom') return fail('expected a preset or { preset: "custom", from, to }')
    if (!isDateKey(from) || !isDateKey(to)) return fail('custom dates must be YYYY-MM-DD')
    return from > to ? fail('from is after to') : { preset, from, to }
  },
  granularity: oneOf(GRANULARITIES, false),
  currency: code(3, 'an ISO 4217 code'),
  externalCustomerId: identifier,
  customerType: oneOf(['individual', 'company']),
  customerCountry: code(2, 'an ISO 3166-1 alpha-2 code'),
  planCode: identifier,
  externalSubscriptionId: identifier,
  billingEntityCode: identifier,
  billableMetricCode: identifier,
  billableMetricKind: oneOf(['metered', 'recurring']),
  breakdown(value, fail) {
    if (!Array.isArray(value)) fail('expected an array')
    const out = (value as unknown[]).map((item) => oneOf(BREAKDOWN_DIMENSIONS, false)(item, fail))
    if (new Set(out).size < out.length) fail('expected distinct dimensions')
    if (out.length > 2) fail('at most two dimensions')
    return out
  },
}

/**
 * Validates and normalises one filter value (codes upper-cased, blank strings → `null`).
 * Throws `FilterValidationError`.
 */
export function validateFilter<K extends FilterKey>(key: K, value: unknown): FilterState[K] {
  const fail = (reason: string): never => {
    throw new FilterValidationError(key, value, reason)
  }
  return (Object.hasOwn(VALIDATORS, key) ? VALIDATORS[key] : () => fail('unknown filter'))(
    value,
    fail,
  ) as FilterState[K]
}

/** Validates a partial state; throws on the first invalid field, returns the normalised patch. */
export function validateFilters(patch: Partial<Record<FilterKey, unknown>>): Partial<FilterState> {
  const out: Partial<Record<FilterKey, unknown>> = {}
  for (const key of Object.keys(patch) as FilterKey[]) out[key] = validateFilter(key, patch[key])
  return out as Partial<FilterState>
}
