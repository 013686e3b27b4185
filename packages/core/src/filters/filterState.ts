import type { CustomerType } from '@lago-analytics/client'
import { LagoCoreError } from '../errors.ts'
import { isDateKey } from '../time/dateKey.ts'
import { isDateRangePreset, type DateRangeSelection } from '../time/dateRange.ts'
import { isGranularity, type Granularity } from '../time/granularity.ts'

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

function identifier(field: FilterKey, value: unknown): string | null {
  if (value === null || value === undefined) return null
  if (typeof value !== 'string') throw new FilterValidationError(field, value, 'expected a string')
  const text = value.trim()
  if (text === '') return null
  if (text.length > 255 || CONTROL.test(text)) {
    throw new FilterValidationError(field, value, 'expected at most 255 printable characters')
  }
  return text
}

function code(field: FilterKey, value: unknown, length: number, what: string): string | null {
  if (value === null || value === undefined || value === '') return null
  if (typeof value !== 'string' || !new RegExp(`^[A-Za-z]{${length}}$`).test(value)) {
    throw new FilterValidationError(field, value, `expected ${what}`)
  }
  return value.toUpperCase()
}

function oneOf<T extends string>(
  field: FilterKey,
  value: unknown,
  allowed: readonly T[],
): T | null {
  if (value === null || value === undefined) return null
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new FilterValidationError(field, value, `expected one of ${allowed.join(', ')}`)
  }
  return value as T
}

function rangeSelection(value: unknown): DateRangeSelection {
  if (typeof value === 'object' && value !== null) {
    const { preset, from, to } = value as { preset?: unknown; from?: unknown; to?: unknown }
    if (isDateRangePreset(preset)) return { preset }
    if (preset === 'custom') {
      if (!isDateKey(from) || !isDateKey(to)) {
        throw new FilterValidationError('range', value, 'custom dates must be YYYY-MM-DD')
      }
      if (from > to) throw new FilterValidationError('range', value, 'from is after to')
      return { preset, from, to }
    }
  }
  throw new FilterValidationError(
    'range',
    value,
    'expected a preset or { preset: "custom", from, to }',
  )
}

function breakdownList(value: unknown): readonly BreakdownDimension[] {
  if (!Array.isArray(value))
    throw new FilterValidationError('breakdown', value, 'expected an array')
  const out: BreakdownDimension[] = []
  for (const item of value as unknown[]) {
    const dimension = oneOf('breakdown', item, BREAKDOWN_DIMENSIONS)
    if (dimension === null || out.includes(dimension)) {
      throw new FilterValidationError('breakdown', value, 'expected distinct dimensions')
    }
    out.push(dimension)
  }
  if (out.length > 2) throw new FilterValidationError('breakdown', value, 'at most two dimensions')
  return out
}

/**
 * Validates and normalises one filter value (codes upper-cased, blank strings → `null`).
 * Throws `FilterValidationError`.
 */
export function validateFilter<K extends FilterKey>(key: K, value: unknown): FilterState[K] {
  let out: FilterState[FilterKey]
  const name: FilterKey = key
  switch (name) {
    case 'range':
      out = rangeSelection(value)
      break
    case 'granularity':
      if (!isGranularity(value)) {
        throw new FilterValidationError(
          'granularity',
          value,
          'expected day, week, month, quarter or year',
        )
      }
      out = value
      break
    case 'currency':
      out = code('currency', value, 3, 'an ISO 4217 code')
      break
    case 'customerCountry':
      out = code('customerCountry', value, 2, 'an ISO 3166-1 alpha-2 code')
      break
    case 'customerType':
      out = oneOf('customerType', value, ['individual', 'company'] as const)
      break
    case 'billableMetricKind':
      out = oneOf('billableMetricKind', value, ['metered', 'recurring'] as const)
      break
    case 'externalCustomerId':
    case 'planCode':
    case 'externalSubscriptionId':
    case 'billingEntityCode':
    case 'billableMetricCode':
      out = identifier(name, value)
      break
    case 'breakdown':
      out = breakdownList(value)
      break
    default: {
      const unknown: never = name
      throw new FilterValidationError(String(unknown), value, 'unknown filter')
    }
  }
  return out as FilterState[K]
}

/** Validates a partial state; throws on the first invalid field, returns the normalised patch. */
export function validateFilters(patch: Partial<Record<FilterKey, unknown>>): Partial<FilterState> {
  const out: Partial<Record<FilterKey, unknown>> = {}
  for (const key of Object.keys(patch) as FilterKey[]) {
    if (!FILTER_KEYS.includes(key))
      throw new FilterValidationError(key, patch[key], 'unknown filter')
    out[key] = validateFilter(key, patch[key])
  }
  return out as Partial<FilterState>
}
