import type { DatasetName, DatasetRowMap } from '@lago-analytics/client'
import type { ColumnType } from '../export/Table.ts'

/** One `Value` for every field of every client dataset's rows. */
export type PerDatasetField<Value> = {
  readonly [N in DatasetName]: { readonly [K in keyof DatasetRowMap[N]]: Value }
}

/** The column type of every field of every client dataset's rows. */
export type DatasetFields = PerDatasetField<ColumnType>

const PERIOD = {
  startOfPeriodDt: 'date',
  endOfPeriodDt: 'date',
  currency: 'string',
} as const
const MONTH = {
  month: 'date',
  currency: 'string',
} as const
const PLAN = {
  planCode: 'string',
  planName: 'string',
  planInterval: 'string',
  planId: 'string',
  planDeletedAt: 'string',
} as const

/**
 * Every field of every client dataset with its column type (money in minor units, typed
 * `money`), in a readable order: the order of the export columns (`DATASET_COLUMNS`, whose
 * headers live with the export code) and the fields `zeroRow` fills.
 */
export const DATASET_FIELDS: DatasetFields = {
  grossRevenue: {
    ...MONTH,
    amountCents: 'money',
    invoicesCount: 'integer',
    billingEntityId: 'string',
  },
  invoicedUsage: {
    ...MONTH,
    billableMetricCode: 'string',
    amountCents: 'money',
  },
  invoiceCollection: {
    ...MONTH,
    paymentStatus: 'string',
    invoicesCount: 'integer',
    amountCents: 'money',
  },
  mrr: { ...MONTH, amountCents: 'money' },
  overdueBalance: {
    ...MONTH,
    amountCents: 'money',
    lagoInvoiceIds: 'string',
    billingEntityId: 'string',
  },
  usage: {
    ...PERIOD,
    billableMetricCode: 'string',
    units: 'number',
    amountCents: 'money',
    isBillableMetricDeleted: 'boolean',
  },
  revenueStreams: {
    ...PERIOD,
    subscriptionFeeAmountCents: 'money',
    usageBasedFeeAmountCents: 'money',
    commitmentFeeAmountCents: 'money',
    oneOffFeeAmountCents: 'money',
    grossRevenueAmountCents: 'money',
    couponsAmountCents: 'money',
    creditNotesCreditsAmountCents: 'money',
    freeCreditsAmountCents: 'money',
    prepaidCreditsAmountCents: 'money',
    progressiveBillingCreditAmountCents: 'money',
    contraRevenueAmountCents: 'money',
    netRevenueAmountCents: 'money',
  },
  revenueByPlan: {
    ...PLAN,
    currency: 'string',
    customersCount: 'integer',
    customersShare: 'percent',
    grossRevenueAmountCents: 'money',
    grossRevenueShare: 'percent',
    netRevenueAmountCents: 'money',
    netRevenueShare: 'percent',
  },
  revenueByCustomer: {
    externalCustomerId: 'string',
    customerName: 'string',
    customerId: 'string',
    customerDeletedAt: 'string',
    currency: 'string',
    grossRevenueAmountCents: 'money',
    grossRevenueShare: 'percent',
    netRevenueAmountCents: 'money',
    netRevenueShare: 'percent',
  },
  mrrMovements: {
    ...PERIOD,
    startingMrr: 'money',
    mrrNew: 'money',
    mrrExpansion: 'money',
    mrrContraction: 'money',
    mrrChurn: 'money',
    mrrChange: 'money',
    endingMrr: 'money',
  },
  mrrByPlan: {
    dt: 'date',
    ...PLAN,
    currency: 'string',
    activeCustomersCount: 'integer',
    activeCustomersShare: 'percent',
    mrr: 'money',
    mrrShare: 'percent',
  },
  prepaidCredits: {
    ...PERIOD,
    purchasedAmountCents: 'money',
    offeredAmountCents: 'money',
    consumedAmountCents: 'money',
    voidedAmountCents: 'money',
    purchasedCreditsQuantity: 'number',
    offeredCreditsQuantity: 'number',
    consumedCreditsQuantity: 'number',
    voidedCreditsQuantity: 'number',
  },
  usageAmounts: { ...PERIOD, amountCents: 'money' },
  invoicedUsageByMetric: {
    ...PERIOD,
    billableMetricCode: 'string',
    amountCents: 'money',
  },
  usageForecast: {
    ...PERIOD,
    units: 'number',
    amountCents: 'money',
    unitsForecastConservative: 'number',
    unitsForecastRealistic: 'number',
    unitsForecastOptimistic: 'number',
    amountCentsForecastConservative: 'money',
    amountCentsForecastRealistic: 'money',
    amountCentsForecastOptimistic: 'money',
  },
}
