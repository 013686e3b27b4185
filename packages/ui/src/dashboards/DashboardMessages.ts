import type { ChartMessages } from '../charts/shared/ChartMessages.ts'
import type { ExportMenuLabels } from '../controls/ExportMenu/ExportMenu.tsx'
import type { FreshnessMessages } from '../controls/FreshnessBadge/freshnessMessages.ts'
import type { MetricCardMessages } from '../controls/MetricCard/MetricCard.tsx'

/**
 * Strings of the components inside a dashboard (chart states and table toggle, KPI card states,
 * export menus, freshness badge), for i18n together with `DashboardMessages`.
 */
export interface ComponentMessages {
  chart?: Partial<ChartMessages> | undefined
  metricCard?: Partial<MetricCardMessages> | undefined
  exportMenu?: Partial<ExportMenuLabels> | undefined
  freshness?: Partial<FreshnessMessages> | undefined
}

/** Every visible string of the prebuilt dashboards (override any of them for i18n). */
export interface DashboardMessages {
  revenueTitle: string
  usageTitle: string
  currencyNotice: (currency: string) => string
  noCurrencyNotice: string
  exportDashboard: string
  widgetError: string
  retry: string
  dataApiHint: string
  connectDataApi: string
  // Revenue widgets
  kpis: string
  netRevenue: string
  grossRevenue: string
  mrr: string
  arr: string
  netNewMrr: string
  collectionRate: string
  overdueBalance: string
  revenueStreams: string
  grossRevenueOverTime: string
  mrrMovements: string
  mrrOverTime: string
  mrrByPlan: string
  revenueBreakdown: string
  byCustomer: string
  byPlan: string
  bySubscription: string
  subscriptionsNeeded: string
  planOverTime: string
  segmentPivot: string
  company: string
  individual: string
  invoiceCollection: string
  succeeded: string
  pending: string
  failed: string
  overdueOverTime: string
  // Usage widgets
  usageOverTime: string
  usageByMetric: string
  units: string
  amount: string
  meteredVsRecurring: string
  metered: string
  recurring: string
  usageAcrossCustomers: string
  usageAcrossSubscriptions: string
  topShare: (share: string, top: number) => string
  creditConsumption: string
  purchased: string
  offered: string
  consumed: string
  voided: string
  balance: string
  runOut: (date: string) => string
  runOutDepleted: string
  runOutNotBurning: string
  runOutUnknown: string
  usageForecast: string
  actual: string
  conservative: string
  realistic: string
  optimistic: string
  invoicedUsage: string
}

export const DEFAULT_DASHBOARD_MESSAGES: DashboardMessages = {
  revenueTitle: 'Revenue',
  usageTitle: 'Usage & credits',
  currencyNotice: (currency) =>
    `Amounts in ${currency}. Lago reports each currency separately and never converts between them.`,
  noCurrencyNotice:
    'Choose a currency: Lago reports each currency separately and never converts between them.',
  exportDashboard: 'Export dashboard',
  widgetError: 'This widget could not be displayed.',
  retry: 'Retry',
  dataApiHint: 'Needs the Lago Data API.',
  connectDataApi: 'Connect the Data API',
  kpis: 'Key figures',
  netRevenue: 'Net revenue',
  grossRevenue: 'Gross revenue',
  mrr: 'MRR',
  arr: 'ARR',
  netNewMrr: 'Net new MRR',
  collectionRate: 'Collection rate',
  overdueBalance: 'Overdue balance',
  revenueStreams: 'Revenue streams',
  grossRevenueOverTime: 'Gross revenue over time',
  mrrMovements: 'MRR movements',
  mrrOverTime: 'MRR over time',
  mrrByPlan: 'MRR by plan',
  revenueBreakdown: 'Revenue breakdown',
  byCustomer: 'By customer',
  byPlan: 'By plan',
  bySubscription: 'By subscription',
  subscriptionsNeeded:
    'Pass `subscriptions` to compare subscriptions (Lago has no list of them in its analytics API).',
  planOverTime: 'Revenue by plan over time',
  segmentPivot: 'Net revenue by customer type and country',
  company: 'Companies',
  individual: 'Individuals',
  invoiceCollection: 'Invoice collection',
  succeeded: 'Paid',
  pending: 'Pending',
  failed: 'Failed',
  overdueOverTime: 'Overdue balance by due month',
  usageOverTime: 'Usage amount over time',
  usageByMetric: 'Usage by billable metric',
  units: 'Units',
  amount: 'Amount',
  meteredVsRecurring: 'Metered vs recurring usage',
  metered: 'Metered',
  recurring: 'Recurring',
  usageAcrossCustomers: 'Usage across customers',
  usageAcrossSubscriptions: 'Usage across subscriptions',
  topShare: (share, top) => `The top ${top} hold ${share} of usage.`,
  creditConsumption: 'Prepaid credits',
  purchased: 'Purchased',
  offered: 'Offered',
  consumed: 'Consumed',
  voided: 'Voided',
  balance: 'Balance',
  runOut: (date) => `At the current burn rate, credits run out around ${date}.`,
  runOutDepleted: 'The credit balance is used up.',
  runOutNotBurning: 'Credits are not being consumed.',
  runOutUnknown: 'Not enough history to estimate when credits run out.',
  usageForecast: 'Usage forecast',
  actual: 'Actual',
  conservative: 'Conservative',
  realistic: 'Realistic',
  optimistic: 'Optimistic',
  invoicedUsage: 'Invoiced usage by metric',
}
