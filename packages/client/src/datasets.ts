/**
 * The registry of every Lago analytics dataset the client speaks: where it lives, which query
 * parameters it accepts (wire names), how its response is wrapped, and whether it can be
 * scoped to one customer. The server proxy reuses it as its allowlist, the simulator as its
 * routing table, so the three never drift apart.
 */

export type Surface = 'public' | 'dataApi'

/** Client method names; part of the public contract. */
export type DatasetName =
  | 'grossRevenue'
  | 'invoicedUsage'
  | 'invoiceCollection'
  | 'mrr'
  | 'overdueBalance'
  | 'usage'
  | 'revenueStreams'
  | 'revenueByPlan'
  | 'revenueByCustomer'
  | 'mrrMovements'
  | 'mrrByPlan'
  | 'prepaidCredits'
  | 'usageAmounts'
  | 'invoicedUsageByMetric'
  | 'usageForecast'

export interface DatasetDefinition {
  readonly name: DatasetName
  readonly surface: Surface
  /**
   * Public REST: the segment after `/api/v1/analytics/`.
   * Data API: `<dataset>` or `<dataset>/<breakdown>`; the organisation id goes between them upstream.
   */
  readonly path: string
  /** Accepted query parameters, wire (snake_case) names. Anything else is never forwarded. */
  readonly params: readonly string[]
  /** Key of the array in the JSON body; `null` when the body is a bare array. */
  readonly envelope: string | null
  /** Paginated with `page`/`limit` and a `meta` object. */
  readonly paginated: boolean
  /** Needs a premium licence (403 `feature_unavailable` otherwise). */
  readonly premium: boolean
  /** Accepts `external_customer_id`, so a customer-scoped principal may read it. */
  readonly customerScopable: boolean
}

const LEGACY = ['currency', 'months', 'billing_entity_code'] as const
const LEGACY_WITH_CUSTOMER = [...LEGACY, 'external_customer_id'] as const
/** Filters shared by the Data API time-series datasets. */
export const DATA_API_COMMON_PARAMS = [
  'billing_entity_code',
  'currency',
  'customer_country',
  'customer_type',
  'external_customer_id',
  'external_subscription_id',
  'from_date',
  'is_customer_tin_empty',
  'plan_code',
  'time_granularity',
  'to_date',
] as const
const PAGED = ['currency', 'limit', 'page'] as const

function define(
  name: DatasetName,
  surface: Surface,
  path: string,
  params: readonly string[],
  envelope: string | null,
  flags: { paginated?: boolean; premium?: boolean } = {},
): DatasetDefinition {
  return {
    name,
    surface,
    path,
    params,
    envelope,
    paginated: flags.paginated ?? false,
    premium: flags.premium ?? surface === 'dataApi',
    customerScopable: params.includes('external_customer_id'),
  }
}

export const DATASETS: { readonly [K in DatasetName]: DatasetDefinition } = {
  grossRevenue: define(
    'grossRevenue',
    'public',
    'gross_revenue',
    LEGACY_WITH_CUSTOMER,
    'gross_revenues',
    {
      premium: false,
    },
  ),
  invoicedUsage: define('invoicedUsage', 'public', 'invoiced_usage', LEGACY, 'invoiced_usages', {
    premium: true,
  }),
  invoiceCollection: define(
    'invoiceCollection',
    'public',
    'invoice_collection',
    LEGACY,
    'invoice_collections',
    { premium: true },
  ),
  mrr: define('mrr', 'public', 'mrr', LEGACY, 'mrrs', { premium: true }),
  overdueBalance: define(
    'overdueBalance',
    'public',
    'overdue_balance',
    LEGACY_WITH_CUSTOMER,
    'overdue_balances',
    { premium: false },
  ),
  usage: define(
    'usage',
    'public',
    'usage',
    [
      'time_granularity',
      'currency',
      'from_date',
      'to_date',
      'customer_type',
      'external_customer_id',
      'customer_country',
      'external_subscription_id',
      'is_billable_metric_recurring',
      'plan_code',
      'billable_metric_code',
    ],
    'usages',
    { premium: false },
  ),
  revenueStreams: define(
    'revenueStreams',
    'dataApi',
    'revenue_streams',
    DATA_API_COMMON_PARAMS,
    null,
  ),
  revenueByPlan: define(
    'revenueByPlan',
    'dataApi',
    'revenue_streams/plans',
    [...PAGED, 'order_by'],
    'revenue_streams_plans',
    { paginated: true },
  ),
  revenueByCustomer: define(
    'revenueByCustomer',
    'dataApi',
    'revenue_streams/customers',
    [...PAGED, 'order_by'],
    'revenue_streams_customers',
    { paginated: true },
  ),
  mrrMovements: define('mrrMovements', 'dataApi', 'mrrs', DATA_API_COMMON_PARAMS, null),
  mrrByPlan: define('mrrByPlan', 'dataApi', 'mrrs/plans', PAGED, 'mrrs_plans', { paginated: true }),
  prepaidCredits: define(
    'prepaidCredits',
    'dataApi',
    'prepaid_credits',
    DATA_API_COMMON_PARAMS,
    null,
  ),
  usageAmounts: define(
    'usageAmounts',
    'dataApi',
    'usages/aggregated_amounts',
    [...DATA_API_COMMON_PARAMS, 'is_billable_metric_recurring'],
    null,
  ),
  invoicedUsageByMetric: define(
    'invoicedUsageByMetric',
    'dataApi',
    'usages/invoiced',
    [...DATA_API_COMMON_PARAMS, 'billable_metric_code', 'filter_values', 'grouped_by'],
    null,
  ),
  usageForecast: define(
    'usageForecast',
    'dataApi',
    'usages/forecasted',
    [...DATA_API_COMMON_PARAMS, 'billable_metric_code', 'charge_id', 'charge_filter_id'],
    null,
  ),
}

export const DATASET_NAMES = Object.keys(DATASETS) as DatasetName[]

/**
 * The plain Data API `usages` dataset (`usages/<org>/`). The client reads usage through the
 * public `/api/v1/analytics/usage` endpoint, which Lago passes through to this dataset.
 */
export const DATA_API_USAGES_PARAMS = [
  ...DATA_API_COMMON_PARAMS,
  'billable_metric_code',
  'is_billable_metric_recurring',
] as const

/** Splits a Data API path into `[dataset, breakdown]`: `revenue_streams/plans` → `['revenue_streams', 'plans']`. */
export function splitDataApiPath(path: string): [dataset: string, breakdown: string | undefined] {
  const [dataset = path, breakdown] = path.split('/')
  return [dataset, breakdown]
}
