import {
  LagoAnalyticsError,
  LagoAnalyticsHttpError,
  type LagoAnalyticsClient,
  type LagoAnalyticsResult,
} from '@lago-analytics/client'

/** The outcome of one dataset request: rows, or why there are none. */
export type Section<Row> =
  | { status: 'ok'; rows: Row[] }
  | { status: 'unavailable'; reason: string }
  | { status: 'error'; reason: string }

async function section<Row>(
  request: () => Promise<LagoAnalyticsResult<Row>>,
): Promise<Section<Row>> {
  try {
    return { status: 'ok', rows: (await request()).rows }
  } catch (error) {
    if (error instanceof LagoAnalyticsHttpError && error.isFeatureUnavailable) {
      return { status: 'unavailable', reason: 'needs a Lago premium licence' }
    }
    if (error instanceof LagoAnalyticsError && error.code === 'data_api_not_configured') {
      return {
        status: 'unavailable',
        reason:
          'needs the Data API (set LAGO_DATA_API_URL, LAGO_DATA_API_TOKEN, LAGO_ORGANIZATION_ID)',
      }
    }
    return { status: 'error', reason: error instanceof Error ? error.message : String(error) }
  }
}

export interface SummaryInput {
  currency: string
  /** First day of the 12-month window, `YYYY-MM-DD`. */
  fromDate: string
  /** Today, `YYYY-MM-DD`. */
  toDate: string
}

/** Fetches every dataset the summary shows, concurrently; one failure never hides the rest. */
export async function collectSummary(client: LagoAnalyticsClient, input: SummaryInput) {
  const { currency, fromDate, toDate } = input
  const [
    grossRevenue,
    mrr,
    invoiceCollection,
    overdueBalance,
    usage,
    revenueStreams,
    mrrMovements,
    topCustomers,
    mrrByPlan,
    prepaidCredits,
  ] = await Promise.all([
    section(() => client.grossRevenue({ currency, months: 12 })),
    section(() => client.mrr({ currency, months: 12 })),
    section(() => client.invoiceCollection({ currency, months: 3 })),
    section(() => client.overdueBalance({ currency, months: 12 })),
    section(() => client.usage({ currency, timeGranularity: 'monthly', fromDate, toDate })),
    section(() =>
      client.revenueStreams({ currency, timeGranularity: 'monthly', fromDate, toDate }),
    ),
    section(() => client.mrrMovements({ currency, timeGranularity: 'monthly', fromDate, toDate })),
    section(() =>
      client.revenueByCustomer({ currency, orderBy: 'net_revenue_amount_cents', limit: 5 }),
    ),
    section(() => client.mrrByPlan({ currency, limit: 10 })),
    section(() =>
      client.prepaidCredits({ currency, timeGranularity: 'monthly', fromDate, toDate }),
    ),
  ])
  return {
    ...input,
    grossRevenue,
    mrr,
    invoiceCollection,
    overdueBalance,
    usage,
    revenueStreams,
    mrrMovements,
    topCustomers,
    mrrByPlan,
    prepaidCredits,
  }
}

export type Summary = Awaited<ReturnType<typeof collectSummary>>
