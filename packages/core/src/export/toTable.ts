import type { DatasetName, DatasetRowMap } from '@lago-analytics/client'
import { CurrencyMismatchError } from '../errors.ts'
import { normalizeCurrency } from '../money/Money.ts'
import { createTable, type Cell, type ColumnType, type Table, type TableMeta } from './Table.ts'

interface ColumnSpec<Row> {
  readonly key: keyof Row & string
  readonly header: string
  readonly type: ColumnType
}

type Specs = { readonly [N in DatasetName]: readonly ColumnSpec<DatasetRowMap[N]>[] }

const PERIOD = [
  { key: 'startOfPeriodDt', header: 'Start of period', type: 'date' },
  { key: 'endOfPeriodDt', header: 'End of period', type: 'date' },
  { key: 'currency', header: 'Currency', type: 'string' },
] as const
const MONTH = [
  { key: 'month', header: 'Month', type: 'date' },
  { key: 'currency', header: 'Currency', type: 'string' },
] as const
const PLAN = [
  { key: 'planCode', header: 'Plan code', type: 'string' },
  { key: 'planName', header: 'Plan', type: 'string' },
  { key: 'planInterval', header: 'Plan interval', type: 'string' },
  { key: 'planId', header: 'Plan ID', type: 'string' },
  { key: 'planDeletedAt', header: 'Plan deleted at', type: 'string' },
] as const

/** Columns of every client dataset, in a readable order (money in minor units, typed `money`). */
export const DATASET_COLUMNS: Specs = {
  grossRevenue: [
    ...MONTH,
    { key: 'amountCents', header: 'Gross revenue', type: 'money' },
    { key: 'invoicesCount', header: 'Invoices', type: 'integer' },
    { key: 'billingEntityId', header: 'Billing entity ID', type: 'string' },
  ],
  invoicedUsage: [
    ...MONTH,
    { key: 'billableMetricCode', header: 'Billable metric', type: 'string' },
    { key: 'amountCents', header: 'Invoiced usage', type: 'money' },
  ],
  invoiceCollection: [
    ...MONTH,
    { key: 'paymentStatus', header: 'Payment status', type: 'string' },
    { key: 'invoicesCount', header: 'Invoices', type: 'integer' },
    { key: 'amountCents', header: 'Amount', type: 'money' },
  ],
  mrr: [...MONTH, { key: 'amountCents', header: 'MRR', type: 'money' }],
  overdueBalance: [
    ...MONTH,
    { key: 'amountCents', header: 'Overdue balance', type: 'money' },
    { key: 'lagoInvoiceIds', header: 'Invoice IDs', type: 'string' },
    { key: 'billingEntityId', header: 'Billing entity ID', type: 'string' },
  ],
  usage: [
    ...PERIOD,
    { key: 'billableMetricCode', header: 'Billable metric', type: 'string' },
    { key: 'units', header: 'Units', type: 'number' },
    { key: 'amountCents', header: 'Amount', type: 'money' },
    { key: 'isBillableMetricDeleted', header: 'Metric deleted', type: 'boolean' },
  ],
  revenueStreams: [
    ...PERIOD,
    { key: 'subscriptionFeeAmountCents', header: 'Subscription fees', type: 'money' },
    { key: 'usageBasedFeeAmountCents', header: 'Usage-based fees', type: 'money' },
    { key: 'commitmentFeeAmountCents', header: 'Commitment fees', type: 'money' },
    { key: 'oneOffFeeAmountCents', header: 'One-off fees', type: 'money' },
    { key: 'grossRevenueAmountCents', header: 'Gross revenue', type: 'money' },
    { key: 'couponsAmountCents', header: 'Coupons', type: 'money' },
    { key: 'creditNotesCreditsAmountCents', header: 'Credit notes', type: 'money' },
    { key: 'freeCreditsAmountCents', header: 'Free credits', type: 'money' },
    { key: 'prepaidCreditsAmountCents', header: 'Prepaid credits', type: 'money' },
    {
      key: 'progressiveBillingCreditAmountCents',
      header: 'Progressive billing credits',
      type: 'money',
    },
    { key: 'contraRevenueAmountCents', header: 'Contra revenue', type: 'money' },
    { key: 'netRevenueAmountCents', header: 'Net revenue', type: 'money' },
  ],
  revenueByPlan: [
    ...PLAN,
    { key: 'currency', header: 'Currency', type: 'string' },
    { key: 'customersCount', header: 'Customers', type: 'integer' },
    { key: 'customersShare', header: 'Customers share', type: 'percent' },
    { key: 'grossRevenueAmountCents', header: 'Gross revenue', type: 'money' },
    { key: 'grossRevenueShare', header: 'Gross revenue share', type: 'percent' },
    { key: 'netRevenueAmountCents', header: 'Net revenue', type: 'money' },
    { key: 'netRevenueShare', header: 'Net revenue share', type: 'percent' },
  ],
  revenueByCustomer: [
    { key: 'externalCustomerId', header: 'Customer external ID', type: 'string' },
    { key: 'customerName', header: 'Customer', type: 'string' },
    { key: 'customerId', header: 'Customer ID', type: 'string' },
    { key: 'customerDeletedAt', header: 'Customer deleted at', type: 'string' },
    { key: 'currency', header: 'Currency', type: 'string' },
    { key: 'grossRevenueAmountCents', header: 'Gross revenue', type: 'money' },
    { key: 'grossRevenueShare', header: 'Gross revenue share', type: 'percent' },
    { key: 'netRevenueAmountCents', header: 'Net revenue', type: 'money' },
    { key: 'netRevenueShare', header: 'Net revenue share', type: 'percent' },
  ],
  mrrMovements: [
    ...PERIOD,
    { key: 'startingMrr', header: 'Starting MRR', type: 'money' },
    { key: 'mrrNew', header: 'New MRR', type: 'money' },
    { key: 'mrrExpansion', header: 'Expansion MRR', type: 'money' },
    { key: 'mrrContraction', header: 'Contraction MRR', type: 'money' },
    { key: 'mrrChurn', header: 'Churned MRR', type: 'money' },
    { key: 'mrrChange', header: 'Net new MRR', type: 'money' },
    { key: 'endingMrr', header: 'Ending MRR', type: 'money' },
  ],
  mrrByPlan: [
    { key: 'dt', header: 'Date', type: 'date' },
    ...PLAN,
    { key: 'currency', header: 'Currency', type: 'string' },
    { key: 'activeCustomersCount', header: 'Active customers', type: 'integer' },
    { key: 'activeCustomersShare', header: 'Active customers share', type: 'percent' },
    { key: 'mrr', header: 'MRR', type: 'money' },
    { key: 'mrrShare', header: 'MRR share', type: 'percent' },
  ],
  prepaidCredits: [
    ...PERIOD,
    { key: 'purchasedAmountCents', header: 'Purchased', type: 'money' },
    { key: 'offeredAmountCents', header: 'Offered', type: 'money' },
    { key: 'consumedAmountCents', header: 'Consumed', type: 'money' },
    { key: 'voidedAmountCents', header: 'Voided', type: 'money' },
    { key: 'purchasedCreditsQuantity', header: 'Purchased credits', type: 'number' },
    { key: 'offeredCreditsQuantity', header: 'Offered credits', type: 'number' },
    { key: 'consumedCreditsQuantity', header: 'Consumed credits', type: 'number' },
    { key: 'voidedCreditsQuantity', header: 'Voided credits', type: 'number' },
  ],
  usageAmounts: [...PERIOD, { key: 'amountCents', header: 'Usage amount', type: 'money' }],
  invoicedUsageByMetric: [
    ...PERIOD,
    { key: 'billableMetricCode', header: 'Billable metric', type: 'string' },
    { key: 'amountCents', header: 'Invoiced usage', type: 'money' },
  ],
  usageForecast: [
    ...PERIOD,
    { key: 'units', header: 'Units', type: 'number' },
    { key: 'amountCents', header: 'Amount', type: 'money' },
    { key: 'unitsForecastConservative', header: 'Units (conservative)', type: 'number' },
    { key: 'unitsForecastRealistic', header: 'Units (realistic)', type: 'number' },
    { key: 'unitsForecastOptimistic', header: 'Units (optimistic)', type: 'number' },
    { key: 'amountCentsForecastConservative', header: 'Amount (conservative)', type: 'money' },
    { key: 'amountCentsForecastRealistic', header: 'Amount (realistic)', type: 'money' },
    { key: 'amountCentsForecastOptimistic', header: 'Amount (optimistic)', type: 'money' },
  ],
}

export interface ToTableOptions {
  /** Header overrides by column key (translations). */
  headers?: Readonly<Record<string, string>> | undefined
}

function toCell(value: unknown): Cell {
  if (value === undefined || value === null) return null
  if (Array.isArray(value)) return value.join(' ')
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return value
  }
  return String(value)
}

/**
 * Converts rows of any client dataset into the export `Table` (typed columns, money in minor
 * units). All rows must share one currency (`CurrencyMismatchError` otherwise): export one table
 * per currency. `meta.dataset` defaults to the dataset name.
 */
export function toTable<N extends DatasetName>(
  dataset: N,
  rows: readonly DatasetRowMap[N][],
  meta: Omit<TableMeta, 'dataset'> & { dataset?: string | undefined } = {},
  options: ToTableOptions = {},
): Table {
  const specs = DATASET_COLUMNS[dataset] as readonly ColumnSpec<DatasetRowMap[N]>[]
  let currency: string | null = meta.currency == null ? null : normalizeCurrency(meta.currency)
  for (const row of rows) {
    const rowCurrency = (row as { currency: string }).currency
    if (currency === null) currency = rowCurrency
    else if (rowCurrency !== currency) throw new CurrencyMismatchError(currency, rowCurrency)
  }
  const columns = specs.map((spec) => ({
    key: spec.key,
    header: options.headers?.[spec.key] ?? spec.header,
    type: spec.type,
    ...(spec.type === 'money' ? { currency } : {}),
  }))
  const tableRows = rows.map((row) => specs.map((spec) => toCell(row[spec.key])))
  return createTable({
    columns,
    rows: tableRows,
    meta: { ...meta, dataset: meta.dataset ?? dataset, currency },
  })
}
