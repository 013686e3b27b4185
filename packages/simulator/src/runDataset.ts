/**
 * Parses a dataset request's parameters and computes its body (before encoding), memoised per
 * normalised query.
 */
import type { DatasetDefinition } from '@lago-analytics/client/datasets'
import { grossRevenue } from './datasets/grossRevenue'
import { invoiceCollection } from './datasets/invoiceCollection'
import { invoicedUsage } from './datasets/invoicedUsage'
import { invoicedUsageByMetric } from './datasets/invoicedUsageByMetric'
import { legacyMrr } from './datasets/legacyMrr'
import { mrrByPlan } from './datasets/mrrByPlan'
import { mrrMovements } from './datasets/mrrMovements'
import { overdueBalance } from './datasets/overdueBalance'
import { prepaidCredits } from './datasets/prepaidCredits'
import { revenueByCustomer } from './datasets/revenueByCustomer'
import { revenueByPlan } from './datasets/revenueByPlan'
import { revenueStreams } from './datasets/revenueStreams'
import { usageAmounts } from './datasets/usageAmounts'
import { usageForecast } from './datasets/usageForecast'
import { usages } from './datasets/usages'
import type { Ledger } from './ledger'
import { parseDataApiQuery, type DataApiQuery } from './query/dataApiQuery'
import { parseLegacyQuery, type LegacyQuery } from './query/legacyQuery'
import { parsePageQuery, type PageQuery } from './query/pageQuery'
import type { Page } from './query/paginate'
import { readParams, type ValidationErrors } from './query/queryParams'
import { monthEndDay } from './utcDay'

export type DatasetOutcome =
  | { readonly ok: true; readonly body: unknown }
  | { readonly ok: false; readonly errors: ValidationErrors }

/** Rows in a body (a bare array, or the first array of an envelope); at least 1. */
function weigh(body: unknown): number {
  if (Array.isArray(body)) return Math.max(1, body.length)
  if (body !== null && typeof body === 'object') {
    for (const value of Object.values(body))
      if (Array.isArray(value)) return Math.max(1, value.length)
  }
  return 1
}

/**
 * An LRU of computed bodies keyed by dataset + normalised query, bounded by entry count and by
 * the total number of rows held (a daily usage body over the whole history is ~16k rows).
 */
export class BodyCache {
  private readonly entries = new Map<string, { value: unknown; weight: number }>()
  private weight = 0

  constructor(
    private readonly capacity = 256,
    private readonly maxRows = 100_000,
  ) {}

  get(key: string, compute: () => unknown): unknown {
    const hit = this.entries.get(key)
    if (hit !== undefined) {
      this.entries.delete(key)
      this.entries.set(key, hit)
      return hit.value
    }
    const value = compute()
    const entry = { value, weight: weigh(value) }
    this.entries.set(key, entry)
    this.weight += entry.weight
    while (
      this.entries.size > 1 &&
      (this.entries.size > this.capacity || this.weight > this.maxRows)
    ) {
      const oldest = this.entries.entries().next()
      if (oldest.done) break
      this.entries.delete(oldest.value[0])
      this.weight -= oldest.value[1].weight
    }
    return value
  }
}

/** Days of usage the public endpoint returns without a premium licence. */
export const NON_PREMIUM_USAGE_DAYS = 30

export function runDataset(
  ledger: Ledger,
  definition: DatasetDefinition,
  search: URLSearchParams,
  premium: boolean,
  cache: BodyCache,
): DatasetOutcome {
  const params = readParams(search, definition.params)
  const key = (query: DataApiQuery | LegacyQuery | PageQuery): string =>
    `${definition.surface}:${definition.path}:${JSON.stringify(query)}`

  const envelope = definition.envelope ?? 'data'
  const legacy = (compute: (query: LegacyQuery) => unknown[]): DatasetOutcome => {
    const query = parseLegacyQuery(params)
    return { ok: true, body: cache.get(key(query), () => ({ [envelope]: compute(query) })) }
  }
  /** Data API time series; the public usage endpoint wraps the same rows in `usages`. */
  const series = (
    compute: (query: DataApiQuery) => unknown[],
    defaults: { granularity?: DataApiQuery['granularity']; toDay?: number } = {},
  ): DatasetOutcome => {
    const parsed = parseDataApiQuery(params, {
      granularity: defaults.granularity ?? 'monthly',
      fromDay: ledger.historyStart,
      toDay: defaults.toDay ?? ledger.today,
    })
    if (!parsed.ok) return parsed
    const wrap = (rows: unknown[]): unknown =>
      definition.envelope === null ? rows : { [envelope]: rows }
    return { ok: true, body: cache.get(key(parsed.value), () => wrap(compute(parsed.value))) }
  }
  const paged = (compute: (query: PageQuery) => Page<unknown>): DatasetOutcome => {
    const parsed = parsePageQuery(params)
    if (!parsed.ok) return parsed
    return {
      ok: true,
      body: cache.get(key(parsed.value), () => {
        const page = compute(parsed.value)
        return { [envelope]: page.rows, meta: page.meta }
      }),
    }
  }

  switch (definition.name) {
    case 'grossRevenue':
      return legacy((q) => grossRevenue(ledger, q))
    case 'invoicedUsage':
      return legacy((q) => invoicedUsage(ledger, q))
    case 'invoiceCollection':
      return legacy((q) => invoiceCollection(ledger, q))
    case 'mrr':
      return legacy((q) => legacyMrr(ledger, q))
    case 'overdueBalance':
      return legacy((q) => overdueBalance(ledger, q))
    case 'usage': {
      const isPublic = definition.surface === 'public'
      const compute = (q: DataApiQuery): unknown[] => usages(ledger, q, isPublic)
      if (!premium) {
        // lago-api replaces every filter: daily, last 30 days, only billable_metric_code kept.
        const metric = params.get('billable_metric_code')
        const query: DataApiQuery = {
          granularity: 'daily',
          fromDay: ledger.today - NON_PREMIUM_USAGE_DAYS,
          toDay: ledger.today,
          ...(metric === undefined ? {} : { billableMetricCode: metric }),
        }
        const rows = (): unknown => (isPublic ? { usages: compute(query) } : compute(query))
        return { ok: true, body: cache.get(key(query), rows) }
      }
      return series(compute, { granularity: isPublic ? 'daily' : 'monthly' })
    }
    case 'revenueStreams':
      return series((q) => revenueStreams(ledger, q))
    case 'revenueByPlan':
      return paged((q) => revenueByPlan(ledger, q))
    case 'revenueByCustomer':
      return paged((q) => revenueByCustomer(ledger, q))
    case 'mrrMovements':
      return series((q) => mrrMovements(ledger, q))
    case 'mrrByPlan':
      return paged((q) => mrrByPlan(ledger, q))
    case 'prepaidCredits':
      return series((q) => prepaidCredits(ledger, q))
    case 'usageAmounts':
      return series((q) => usageAmounts(ledger, q))
    case 'invoicedUsageByMetric':
      return series((q) => invoicedUsageByMetric(ledger, q))
    case 'usageForecast':
      return series((q) => usageForecast(ledger, q), {
        toDay: monthEndDay(ledger.currentMonth + 1),
      })
    default: {
      const exhaustive: never = definition.name
      throw new Error(`no handler for dataset ${String(exhaustive)}`)
    }
  }
}
