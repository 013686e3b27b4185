import { isDateKey } from '../time/dateKey.ts'
import { isDateRangePreset } from '../time/dateRange.ts'
import {
  DEFAULT_FILTERS,
  FILTER_KEYS,
  validateFilter,
  type FilterKey,
  type FilterState,
} from './filterState.ts'

export interface SearchParamsOptions {
  /** Prepended verbatim to every key (`rev.` → `rev.currency=EUR`). Default none. */
  prefix?: string | undefined
  /** Values left out of the URL (and used for missing or invalid ones). Default `DEFAULT_FILTERS`. */
  defaults?: FilterState | undefined
}

/** URL key of each filter (short and stable: part of shareable links). */
export const SEARCH_PARAM_KEYS = {
  range: 'range',
  granularity: 'granularity',
  currency: 'currency',
  externalCustomerId: 'customer',
  customerType: 'customerType',
  customerCountry: 'country',
  planCode: 'plan',
  externalSubscriptionId: 'subscription',
  billingEntityCode: 'billingEntity',
  billableMetricCode: 'metric',
  billableMetricKind: 'metricKind',
  breakdown: 'breakdown',
} as const satisfies { readonly [K in FilterKey]: string }

const FROM = 'from'
const TO = 'to'

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

/** Every URL key a dashboard with this prefix owns. */
export function ownedSearchParamKeys(prefix = ''): string[] {
  return [...Object.values(SEARCH_PARAM_KEYS), FROM, TO].map((key) => prefix + key)
}

/**
 * Serialises filters into URL parameters, leaving out values equal to the defaults. A custom
 * range is written as `from`/`to`; breakdown dimensions comma-separated.
 */
export function toSearchParams(
  state: FilterState,
  options: SearchParamsOptions = {},
): URLSearchParams {
  const prefix = options.prefix ?? ''
  const defaults = options.defaults ?? DEFAULT_FILTERS
  const params = new URLSearchParams()
  for (const key of FILTER_KEYS) {
    const value = state[key]
    if (same(value, defaults[key])) continue
    if (key !== 'range') {
      // Breakdown dimensions comma-separated (`String` of an array), `null` as empty.
      params.set(prefix + SEARCH_PARAM_KEYS[key], String(value ?? ''))
    } else if (state.range.preset === 'custom') {
      params.set(prefix + FROM, state.range.from)
      params.set(prefix + TO, state.range.to)
    } else {
      params.set(prefix + SEARCH_PARAM_KEYS.range, state.range.preset)
    }
  }
  return params
}

/**
 * Reads filters from URL parameters with a prefix. Missing keys and invalid values fall back to
 * the defaults, one field at a time (a hand-edited or stale link never breaks a dashboard).
 */
export function fromSearchParams(
  input: URLSearchParams | string,
  options: SearchParamsOptions = {},
): FilterState {
  const params = typeof input === 'string' ? new URLSearchParams(input) : input
  const prefix = options.prefix ?? ''
  const defaults = options.defaults ?? DEFAULT_FILTERS
  const out: Record<FilterKey, unknown> = { ...defaults }
  const from = params.get(prefix + FROM)
  const to = params.get(prefix + TO)
  const preset = params.get(prefix + SEARCH_PARAM_KEYS.range)
  if (isDateKey(from) && isDateKey(to) && from <= to) out.range = { preset: 'custom', from, to }
  else if (isDateRangePreset(preset)) out.range = { preset }
  for (const key of FILTER_KEYS) {
    if (key === 'range') continue
    const raw = params.get(prefix + SEARCH_PARAM_KEYS[key])
    if (raw === null) continue
    try {
      const value = key !== 'breakdown' ? raw || null : raw === '' ? [] : raw.split(',')
      out[key] = validateFilter(key, value)
    } catch {
      // Invalid value in the URL: keep the default.
    }
  }
  return out as unknown as FilterState
}

/**
 * Writes a dashboard's filters into existing URL parameters: replaces the keys this prefix owns
 * and keeps every other parameter (other dashboards, the host's own) untouched.
 */
export function mergeSearchParams(
  existing: URLSearchParams | string,
  state: FilterState,
  options: SearchParamsOptions = {},
): URLSearchParams {
  const params = new URLSearchParams(existing)
  for (const key of ownedSearchParamKeys(options.prefix)) params.delete(key)
  for (const [key, value] of toSearchParams(state, options)) params.set(key, value)
  return params
}
