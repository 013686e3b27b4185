/**
 * Lago's GraphQL `dataApi*` query fields for the Data API datasets, with the row fields to select
 * and which of them are `BigInt` (sent as JSON strings by graphql-ruby). The proxy builds one
 * document per request from these, declaring only the variables it sends, and translates the
 * camelCase rows back to the Data API's snake_case shape.
 */
import type { DatasetName } from '@lago-analytics/client'

export interface GraphqlOperation {
  /** Root query field, e.g. `dataApiRevenueStreams`. */
  field: string
  /** Row fields to select (camelCase). */
  fields: readonly string[]
  /** Fields of type `BigInt` (strings on the wire, numbers in the REST shape). */
  bigints: readonly string[]
  /** Has `metadata { currentPage … }` (the paginated breakdowns). */
  paginated: boolean
}

const PERIOD = ['startOfPeriodDt', 'endOfPeriodDt', 'amountCurrency'] as const

function op(
  field: string,
  fields: readonly string[],
  bigints: readonly string[],
  paginated = false,
): GraphqlOperation {
  return { field, fields, bigints, paginated }
}

const REVENUE_STREAM_CENTS = [
  'grossRevenueAmountCents',
  'netRevenueAmountCents',
  'subscriptionFeeAmountCents',
  'usageBasedFeeAmountCents',
  'commitmentFeeAmountCents',
  'oneOffFeeAmountCents',
  'couponsAmountCents',
  'contraRevenueAmountCents',
  'creditNotesCreditsAmountCents',
  'freeCreditsAmountCents',
  'prepaidCreditsAmountCents',
  'progressiveBillingCreditAmountCents',
]
const MRR_CENTS = [
  'startingMrr',
  'mrrNew',
  'mrrExpansion',
  'mrrContraction',
  'mrrChurn',
  'mrrChange',
  'endingMrr',
]
const FORECAST_CENTS = [
  'amountCents',
  'amountCentsForecastConservative',
  'amountCentsForecastRealistic',
  'amountCentsForecastOptimistic',
]
const SHARES = [
  'amountCurrency',
  'grossRevenueAmountCents',
  'grossRevenueShare',
  'netRevenueAmountCents',
  'netRevenueShare',
]
const GROSS_NET = ['grossRevenueAmountCents', 'netRevenueAmountCents']

/** Operations by dataset; public REST datasets have none. */
export const GRAPHQL_OPERATIONS: Partial<Record<DatasetName, GraphqlOperation>> = {
  revenueStreams: op(
    'dataApiRevenueStreams',
    [...PERIOD, ...REVENUE_STREAM_CENTS],
    REVENUE_STREAM_CENTS,
  ),
  revenueByPlan: op(
    'dataApiRevenueStreamsPlans',
    [
      'planId',
      'planCode',
      'planName',
      'planInterval',
      'planDeletedAt',
      'customersCount',
      'customersShare',
      ...SHARES,
    ],
    GROSS_NET,
    true,
  ),
  revenueByCustomer: op(
    'dataApiRevenueStreamsCustomers',
    ['customerId', 'externalCustomerId', 'customerName', 'customerDeletedAt', ...SHARES],
    GROSS_NET,
    true,
  ),
  mrrMovements: op('dataApiMrrs', [...PERIOD, ...MRR_CENTS], MRR_CENTS),
  mrrByPlan: op(
    'dataApiMrrsPlans',
    [
      'dt',
      'planId',
      'planCode',
      'planName',
      'planInterval',
      'planDeletedAt',
      'activeCustomersCount',
      'activeCustomersShare',
      'mrr',
      'mrrShare',
      'amountCurrency',
    ],
    ['activeCustomersCount'],
    true,
  ),
  prepaidCredits: op(
    'dataApiPrepaidCredits',
    [
      ...PERIOD,
      'purchasedAmount',
      'offeredAmount',
      'consumedAmount',
      'voidedAmount',
      'purchasedCreditsQuantity',
      'offeredCreditsQuantity',
      'consumedCreditsQuantity',
      'voidedCreditsQuantity',
    ],
    [],
  ),
  usageAmounts: op('dataApiUsagesAggregatedAmounts', [...PERIOD, 'amountCents'], ['amountCents']),
  invoicedUsageByMetric: op(
    'dataApiUsagesInvoiced',
    [...PERIOD, 'billableMetricCode', 'amountCents'],
    ['amountCents'],
  ),
  usageForecast: op(
    'dataApiUsagesForecasted',
    [
      ...PERIOD,
      'units',
      'unitsForecastConservative',
      'unitsForecastRealistic',
      'unitsForecastOptimistic',
      ...FORECAST_CENTS,
    ],
    FORECAST_CENTS,
  ),
}

/** GraphQL type of each argument (wire name); anything else is `String`. */
const ARGUMENT_TYPES: Record<string, string> = {
  currency: 'CurrencyEnum',
  customer_country: 'CountryCode',
  customer_type: 'CustomerTypeEnum',
  from_date: 'ISO8601Date',
  to_date: 'ISO8601Date',
  time_granularity: 'TimeGranularityEnum',
  order_by: 'OrderByEnum',
  limit: 'Int',
  page: 'Int',
  is_customer_tin_empty: 'Boolean',
  is_billable_metric_recurring: 'Boolean',
}

const camel = (wire: string) => wire.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())

/** The document and variables for one dataset request (query already validated). */
export function buildGraphqlRequest(
  operation: GraphqlOperation,
  query: URLSearchParams,
): { query: string; variables: Record<string, string | number | boolean>; operationName: string } {
  const declarations: string[] = []
  const argumentsList: string[] = []
  const variables: Record<string, string | number | boolean> = {}
  for (const [wire, value] of query) {
    const name = camel(wire)
    const type = ARGUMENT_TYPES[wire] ?? 'String'
    declarations.push(`$${name}: ${type}`)
    argumentsList.push(`${name}: $${name}`)
    variables[name] = type === 'Int' ? Number(value) : type === 'Boolean' ? value === 'true' : value
  }
  const operationName = `LagoAnalytics${operation.field.slice('dataApi'.length)}`
  const head = declarations.length === 0 ? '' : `(${declarations.join(', ')})`
  const args = argumentsList.length === 0 ? '' : `(${argumentsList.join(', ')})`
  const metadata = operation.paginated
    ? ' metadata { currentPage nextPage prevPage totalPages totalCount }'
    : ''
  return {
    query: `query ${operationName}${head} { ${operation.field}${args} { collection { ${operation.fields.join(' ')} }${metadata} } }`,
    variables,
    operationName,
  }
}
