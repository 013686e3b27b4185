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

const PERIOD = {
  startOfPeriodDt: 'Start of period:d',
  endOfPeriodDt: 'End of period:d',
  currency: 'Currency:s',
} as const
const MONTH = {
  month: 'Month:d',
  currency: 'Currency:s',
} as const
const PLAN = {
  planCode: 'Plan code:s',
  planName: 'Plan:s',
  planInterval: 'Plan interval:s',
  planId: 'Plan ID:s',
  planDeletedAt: 'Plan deleted at:s',
} as const

/**
 * Every field of every client dataset as `header:t` (`t`: the first letter of the column type),
 * in a readable order.
 */
const DEFINITIONS: {
  readonly [N in DatasetName]: { readonly [K in keyof DatasetRowMap[N]]: string }
} = {
  grossRevenue: {
    ...MONTH,
    amountCents: 'Gross revenue:m',
    invoicesCount: 'Invoices:i',
    billingEntityId: 'Billing entity ID:s',
  },
  invoicedUsage: {
    ...MONTH,
    billableMetricCode: 'Billable metric:s',
    amountCents: 'Invoiced usage:m',
  },
  invoiceCollection: {
    ...MONTH,
    paymentStatus: 'Payment status:s',
    invoicesCount: 'Invoices:i',
    amountCents: 'Amount:m',
  },
  mrr: { ...MONTH, amountCents: 'MRR:m' },
  overdueBalance: {
    ...MONTH,
    amountCents: 'Overdue balance:m',
    lagoInvoiceIds: 'Invoice IDs:s',
    billingEntityId: 'Billing entity ID:s',
  },
  usage: {
    ...PERIOD,
    billableMetricCode: 'Billable metric:s',
    units: 'Units:n',
    amountCents: 'Amount:m',
    isBillableMetricDeleted: 'Metric deleted:b',
  },
  revenueStreams: {
    ...PERIOD,
    subscriptionFeeAmountCents: 'Subscription fees:m',
    usageBasedFeeAmountCents: 'Usage-based fees:m',
    commitmentFeeAmountCents: 'Commitment fees:m',
    oneOffFeeAmountCents: 'One-off fees:m',
    grossRevenueAmountCents: 'Gross revenue:m',
    couponsAmountCents: 'Coupons:m',
    creditNotesCreditsAmountCents: 'Credit notes:m',
    freeCreditsAmountCents: 'Free credits:m',
    prepaidCreditsAmountCents: 'Prepaid credits:m',
    progressiveBillingCreditAmountCents: 'Progressive billing credits:m',
    contraRevenueAmountCents: 'Contra revenue:m',
    netRevenueAmountCents: 'Net revenue:m',
  },
  revenueByPlan: {
    ...PLAN,
    currency: 'Currency:s',
    customersCount: 'Customers:i',
    customersShare: 'Customers share:p',
    grossRevenueAmountCents: 'Gross revenue:m',
    grossRevenueShare: 'Gross revenue share:p',
    netRevenueAmountCents: 'Net revenue:m',
    netRevenueShare: 'Net revenue share:p',
  },
  revenueByCustomer: {
    externalCustomerId: 'Customer external ID:s',
    customerName: 'Customer:s',
    customerId: 'Customer ID:s',
    customerDeletedAt: 'Customer deleted at:s',
    currency: 'Currency:s',
    grossRevenueAmountCents: 'Gross revenue:m',
    grossRevenueShare: 'Gross revenue share:p',
    netRevenueAmountCents: 'Net revenue:m',
    netRevenueShare: 'Net revenue share:p',
  },
  mrrMovements: {
    ...PERIOD,
    startingMrr: 'Starting MRR:m',
    mrrNew: 'New MRR:m',
    mrrExpansion: 'Expansion MRR:m',
    mrrContraction: 'Contraction MRR:m',
    mrrChurn: 'Churned MRR:m',
    mrrChange: 'Net new MRR:m',
    endingMrr: 'Ending MRR:m',
  },
  mrrByPlan: {
    dt: 'Date:d',
    ...PLAN,
    currency: 'Currency:s',
    activeCustomersCount: 'Active customers:i',
    activeCustomersShare: 'Active customers share:p',
    mrr: 'MRR:m',
    mrrShare: 'MRR share:p',
  },
  prepaidCredits: {
    ...PERIOD,
    purchasedAmountCents: 'Purchased:m',
    offeredAmountCents: 'Offered:m',
    consumedAmountCents: 'Consumed:m',
    voidedAmountCents: 'Voided:m',
    purchasedCreditsQuantity: 'Purchased credits:n',
    offeredCreditsQuantity: 'Offered credits:n',
    consumedCreditsQuantity: 'Consumed credits:n',
    voidedCreditsQuantity: 'Voided credits:n',
  },
  usageAmounts: { ...PERIOD, amountCents: 'Usage amount:m' },
  invoicedUsageByMetric: {
    ...PERIOD,
    billableMetricCode: 'Billable metric:s',
    amountCents: 'Invoiced usage:m',
  },
  usageForecast: {
    ...PERIOD,
    units: 'Units:n',
    amountCents: 'Amount:m',
    unitsForecastConservative: 'Units (conservative):n',
    unitsForecastRealistic: 'Units (realistic):n',
    unitsForecastOptimistic: 'Units (optimistic):n',
    amountCentsForecastConservative: 'Amount (conservative):m',
    amountCentsForecastRealistic: 'Amount (realistic):m',
    amountCentsForecastOptimistic: 'Amount (optimistic):m',
  },
}

const TYPES: readonly ColumnType[] = [
  'string',
  'integer',
  'number',
  'money',
  'percent',
  'date',
  'boolean',
]

/** Columns of every client dataset, in a readable order (money in minor units, typed `money`). */
export const DATASET_COLUMNS = Object.fromEntries(
  Object.entries(DEFINITIONS).map(([name, fields]) => [
    name,
    Object.entries(fields as Record<string, string>).map(([key, spec]) => {
      const [header, type] = spec.split(':') as [string, string]
      return { key, header, type: TYPES.find((name) => name[0] === type) as ColumnType }
    }),
  ]),
) as unknown as Specs

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
