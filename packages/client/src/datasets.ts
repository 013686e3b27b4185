/**
 * The registry of every Lago analytics dataset the client speaks: where it lives, which query
 * parameters it accepts (wire names), how its response is wrapped, and whether it can be
 * scoped to one customer. The server proxy reuses it as its allowlist, the simulator as its
 * routing table, so the three never drift apart.
 */

import { camelToSnake } from './encodeQuery.ts'

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

/**
 * The registry, built by a function so that bundlers can drop it (`@__PURE__`) where only
 * other exports of this module are used.
 *
 * `[name, Data API path, params, flags]`. Public REST datasets have no Data API path: theirs is
 * the snake_case name and their envelope that path plus `s`; Data API datasets are premium and
 * unwrapped, except the paginated breakdowns, wrapped in `<dataset>_<breakdown>`.
 */
function buildRegistry(): { readonly [K in DatasetName]: DatasetDefinition } {
  const LEGACY = ['currency', 'months', 'billing_entity_code']
  const LEGACY_WITH_CUSTOMER = [...LEGACY, 'external_customer_id']
  const PAGED = ['currency', 'limit', 'page']
  const ORDERED = [...PAGED, 'order_by']
  const METRIC = 'billable_metric_code'
  const PREMIUM = 1
  const PAGINATED = 2
  const TABLE: [DatasetName, string, readonly string[], number?][] = [
    ['grossRevenue', '', LEGACY_WITH_CUSTOMER],
    ['invoicedUsage', '', LEGACY, PREMIUM],
    ['invoiceCollection', '', LEGACY, PREMIUM],
    ['mrr', '', LEGACY, PREMIUM],
    ['overdueBalance', '', LEGACY_WITH_CUSTOMER],
    [
      'usage',
      '',
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
        METRIC,
      ],
    ],
    ['revenueStreams', 'revenue_streams', DATA_API_COMMON_PARAMS],
    ['revenueByPlan', 'revenue_streams/plans', ORDERED, PAGINATED],
    ['revenueByCustomer', 'revenue_streams/customers', ORDERED, PAGINATED],
    ['mrrMovements', 'mrrs', DATA_API_COMMON_PARAMS],
    ['mrrByPlan', 'mrrs/plans', PAGED, PAGINATED],
    ['prepaidCredits', 'prepaid_credits', DATA_API_COMMON_PARAMS],
    [
      'usageAmounts',
      'usages/aggregated_amounts',
      [...DATA_API_COMMON_PARAMS, 'is_billable_metric_recurring'],
    ],
    [
      'invoicedUsageByMetric',
      'usages/invoiced',
      [...DATA_API_COMMON_PARAMS, METRIC, 'filter_values', 'grouped_by'],
    ],
    [
      'usageForecast',
      'usages/forecasted',
      [...DATA_API_COMMON_PARAMS, METRIC, 'charge_id', 'charge_filter_id'],
    ],
  ]
  return Object.fromEntries(
    TABLE.map(([name, dataApiPath, params, flags = 0]): [DatasetName, DatasetDefinition] => {
      const path = dataApiPath || camelToSnake(name)
      const paginated = flags >= PAGINATED
      return [
        name,
        {
          name,
          surface: dataApiPath ? 'dataApi' : 'public',
          path,
          params,
          envelope: dataApiPath ? (paginated ? path.replace('/', '_') : null) : `${path}s`,
          paginated,
          premium: Boolean(dataApiPath) || flags === PREMIUM,
          customerScopable: params.includes('external_customer_id'),
        },
      ]
    }),
  ) as { readonly [K in DatasetName]: DatasetDefinition }
}

export const DATASETS = /* @__PURE__ */ buildRegistry()

export const DATASET_NAMES = /* @__PURE__ */ Object.keys(DATASETS) as DatasetName[]

/**
 * The plain Data API `usages` dataset (`usages/<org>/`). The client reads usage through the
 * public `/api/v1/analytics/usage` endpoint, which Lago passes through to this dataset.
 */
export const DATA_API_USAGES_PARAMS = /* @__PURE__ */ (() =>
  [...DATA_API_COMMON_PARAMS, 'billable_metric_code', 'is_billable_metric_recurring'] as const)()

/** Splits a Data API path into `[dataset, breakdown]`: `revenue_streams/plans` → `['revenue_streams', 'plans']`. */
export function splitDataApiPath(path: string): [dataset: string, breakdown: string | undefined] {
  const [dataset = path, breakdown] = path.split('/')
  return [dataset, breakdown]
}
