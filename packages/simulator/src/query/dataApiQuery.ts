/**
 * The filters and time window of a Data API time-series request (and of the public
 * `/analytics/usage` endpoint), parsed and validated.
 */
import type { CustomerType } from '../catalog'
import { GRANULARITIES, type Granularity } from './bucketing'
import { parseIsoDay } from '../utcDay'
import type { Parsed, ValidationErrors } from './queryParams'

export interface DataApiQuery {
  readonly granularity: Granularity
  /** Requested window (inclusive day numbers). */
  readonly fromDay: number
  readonly toDay: number
  readonly currency?: string
  readonly billingEntityCode?: string
  readonly customerCountry?: string
  readonly customerType?: CustomerType
  readonly externalCustomerId?: string
  readonly externalSubscriptionId?: string
  readonly planCode?: string
  readonly isCustomerTinEmpty?: boolean
  readonly billableMetricCode?: string
  readonly isBillableMetricRecurring?: boolean
}

export interface DataApiQueryDefaults {
  readonly granularity: Granularity
  readonly fromDay: number
  readonly toDay: number
}

/** Earliest and latest dates accepted in `from_date` / `to_date`. */
const MIN_DAY = parseIsoDay('1900-01-01') ?? 0
const MAX_DAY = parseIsoDay('2999-12-31') ?? 0

function parseBoolean(value: string): boolean | undefined {
  switch (value.toLowerCase()) {
    case 'true':
    case 't':
    case '1':
      return true
    case 'false':
    case 'f':
    case '0':
      return false
    default:
      return undefined
  }
}

/** Parses the parameters already restricted to those the dataset accepts (see `readParams`). */
export function parseDataApiQuery(
  params: ReadonlyMap<string, string>,
  defaults: DataApiQueryDefaults,
): Parsed<DataApiQuery> {
  const errors: ValidationErrors = {}
  const fail = (name: string, code: string): void => {
    ;(errors[name] ??= []).push(code)
  }
  let granularity = defaults.granularity
  const rawGranularity = params.get('time_granularity')
  if (rawGranularity !== undefined) {
    const match = GRANULARITIES.find((g) => g === rawGranularity)
    if (match === undefined) fail('time_granularity', 'value_is_invalid')
    else granularity = match
  }
  const date = (name: string, fallback: number): number => {
    const raw = params.get(name)
    if (raw === undefined) return fallback
    const day = parseIsoDay(raw)
    if (day === undefined || day < MIN_DAY || day > MAX_DAY) {
      fail(name, 'invalid_date')
      return fallback
    }
    return day
  }
  const fromDay = date('from_date', defaults.fromDay)
  const toDay = date('to_date', defaults.toDay)
  let customerType: CustomerType | undefined
  const rawType = params.get('customer_type')
  if (rawType !== undefined) {
    if (rawType === 'company' || rawType === 'individual') customerType = rawType
    else fail('customer_type', 'value_is_invalid')
  }
  const flag = (name: string): boolean | undefined => {
    const raw = params.get(name)
    if (raw === undefined) return undefined
    const parsed = parseBoolean(raw)
    if (parsed === undefined) fail(name, 'value_is_invalid')
    return parsed
  }
  const isCustomerTinEmpty = flag('is_customer_tin_empty')
  const isBillableMetricRecurring = flag('is_billable_metric_recurring')
  if (Object.keys(errors).length > 0) return { ok: false, errors }
  const optional = <K extends keyof DataApiQuery>(
    key: K,
    value: DataApiQuery[K] | undefined,
  ): Partial<Pick<DataApiQuery, K>> =>
    value === undefined ? {} : ({ [key]: value } as Partial<Pick<DataApiQuery, K>>)
  return {
    ok: true,
    value: {
      granularity,
      fromDay,
      toDay,
      ...optional('currency', params.get('currency')),
      ...optional('billingEntityCode', params.get('billing_entity_code')),
      ...optional('customerCountry', params.get('customer_country')),
      ...optional('customerType', customerType),
      ...optional('externalCustomerId', params.get('external_customer_id')),
      ...optional('externalSubscriptionId', params.get('external_subscription_id')),
      ...optional('planCode', params.get('plan_code')),
      ...optional('isCustomerTinEmpty', isCustomerTinEmpty),
      ...optional('billableMetricCode', params.get('billable_metric_code')),
      ...optional('isBillableMetricRecurring', isBillableMetricRecurring),
    },
  }
}
