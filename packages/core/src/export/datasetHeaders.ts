import type { PerDatasetField } from '../internal/datasetFields.ts'

/** The export column header of every field of every client dataset's rows. */
export type DatasetHeaders = PerDatasetField<string>

const PERIOD = {
  startOfPeriodDt: 'Start of period',
  endOfPeriodDt: 'End of period',
  currency: 'Currency',
} as const
const MONTH = {
  month: 'Month',
  currency: 'Currency',
} as const
const PLAN = {
  planCode: 'Plan code',
  planName: 'Plan',
  planInterval: 'Plan interval',
  planId: 'Plan ID',
  planDeletedAt: 'Plan deleted at',
} as const

/**
 * The human header of every dataset field in exports (`DATASET_COLUMNS`, `toTable`). The column
 * order and types come from the fields table of the main entry (`DATASET_FIELDS`); a test holds
 * the two tables to the same fields.
 */
export const DATASET_HEADERS: DatasetHeaders = {
  grossRevenue: {
    ...MONTH,
    amountCents: 'Gross revenue',
    invoicesCount: 'Invoices',
    billingEntityId: 'Billing entity ID',
  },
  invoicedUsage: {
    ...MONTH,
    billableMetricCode: 'Billable metric',
    amountCents: 'Invoiced usage',
  },
  invoiceCollection: {
    ...MONTH,
    paymentStatus: 'Payment status',
    invoicesCount: 'Invoices',
    amountCents: 'Amount',
  },
  mrr: { ...MONTH, amountCents: 'MRR' },
  overdueBalance: {
    ...MONTH,
    amountCents: 'Overdue balance',
    lagoInvoiceIds: 'Invoice IDs',
    billingEntityId: 'Billing entity ID',
  },
  usage: {
    ...PERIOD,
    billableMetricCode: 'Billable metric',
    units: 'Units',
    amountCents: 'Amount',
    isBillableMetricDeleted: 'Metric deleted',
  },
  revenueStreams: {
    ...PERIOD,
    subscriptionFeeAmountCents: 'Subscription fees',
    usageBasedFeeAmountCents: 'Usage-based fees',
    commitmentFeeAmountCents: 'Commitment fees',
    oneOffFeeAmountCents: 'One-off fees',
    grossRevenueAmountCents: 'Gross revenue',
    couponsAmountCents: 'Coupons',
    creditNotesCreditsAmountCents: 'Credit notes',
    freeCreditsAmountCents: 'Free credits',
    prepaidCreditsAmountCents: 'Prepaid credits',
    progressiveBillingCreditAmountCents: 'Progressive billing credits',
    contraRevenueAmountCents: 'Contra revenue',
    netRevenueAmountCents: 'Net revenue',
  },
  revenueByPlan: {
    ...PLAN,
    currency: 'Currency',
    customersCount: 'Customers',
    customersShare: 'Customers share',
    grossRevenueAmountCents: 'Gross revenue',
    grossRevenueShare: 'Gross revenue share',
    netRevenueAmountCents: 'Net revenue',
    netRevenueShare: 'Net revenue share',
  },
  revenueByCustomer: {
    externalCustomerId: 'Customer external ID',
    customerName: 'Customer',
    customerId: 'Customer ID',
    customerDeletedAt: 'Customer deleted at',
    currency: 'Currency',
    grossRevenueAmountCents: 'Gross revenue',
    grossRevenueShare: 'Gross revenue share',
    netRevenueAmountCents: 'Net revenue',
    netRevenueShare: 'Net revenue share',
  },
  mrrMovements: {
    ...PERIOD,
    startingMrr: 'Starting MRR',
    mrrNew: 'New MRR',
    mrrExpansion: 'Expansion MRR',
    mrrContraction: 'Contraction MRR',
    mrrChurn: 'Churned MRR',
    mrrChange: 'Net new MRR',
    endingMrr: 'Ending MRR',
  },
  mrrByPlan: {
    dt: 'Date',
    ...PLAN,
    currency: 'Currency',
    activeCustomersCount: 'Active customers',
    activeCustomersShare: 'Active customers share',
    mrr: 'MRR',
    mrrShare: 'MRR share',
  },
  prepaidCredits: {
    ...PERIOD,
    purchasedAmountCents: 'Purchased',
    offeredAmountCents: 'Offered',
    consumedAmountCents: 'Consumed',
    voidedAmountCents: 'Voided',
    purchasedCreditsQuantity: 'Purchased credits',
    offeredCreditsQuantity: 'Offered credits',
    consumedCreditsQuantity: 'Consumed credits',
    voidedCreditsQuantity: 'Voided credits',
  },
  usageAmounts: { ...PERIOD, amountCents: 'Usage amount' },
  invoicedUsageByMetric: {
    ...PERIOD,
    billableMetricCode: 'Billable metric',
    amountCents: 'Invoiced usage',
  },
  usageForecast: {
    ...PERIOD,
    units: 'Units',
    amountCents: 'Amount',
    unitsForecastConservative: 'Units (conservative)',
    unitsForecastRealistic: 'Units (realistic)',
    unitsForecastOptimistic: 'Units (optimistic)',
    amountCentsForecastConservative: 'Amount (conservative)',
    amountCentsForecastRealistic: 'Amount (realistic)',
    amountCentsForecastOptimistic: 'Amount (optimistic)',
  },
}
