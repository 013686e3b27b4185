/**
 * The ledger: one coherent synthetic organisation from which every dataset is computed.
 * Dimensions (customers, plans, subscriptions…) are plain objects; facts (fees, invoices,
 * wallet transactions) are columnar typed arrays. Usage is not stored: see `UsageModel`.
 * Every date is a UTC day number (see `utcDay.ts`).
 */
import type { CustomerType, MetricDefinition, PlanDefinition, PlanInterval } from './catalog'
import type { CurrencyDefinition } from './currencies'
import type { UsageModel, UsageSubject } from './usageModel'

/** `endDay` of a subscription that is still active. */
export const FOREVER = 2_000_000_000

export const FEE_KIND = { subscription: 0, usage: 1, commitment: 2, oneOff: 3 } as const
export const INVOICE_KIND = { subscription: 0, progressive: 1, oneOff: 2, credit: 3 } as const
export const PAYMENT_STATUS = { pending: 0, succeeded: 1, failed: 2 } as const
export const WALLET_TX = {
  purchased: 0,
  offered: 1,
  consumedPaid: 2,
  consumedFree: 3,
  voided: 4,
} as const

export interface LedgerBillingEntity {
  readonly index: number
  readonly id: string
  readonly code: string
  readonly name: string
  /** First day the entity bills customers. */
  readonly opensDay: number
}

export interface LedgerPlan {
  readonly index: number
  readonly id: string
  readonly code: string
  readonly name: string
  readonly interval: PlanInterval
  /** Day of soft deletion, or -1. */
  readonly deletedDay: number
  readonly definition: PlanDefinition
  /** Monthly recurring revenue of one subscription, integer minor units, per currency. */
  readonly mrr: readonly number[]
}

export interface LedgerMetric {
  readonly index: number
  readonly id: string
  readonly code: string
  readonly name: string
  readonly recurring: boolean
  /** First day without usage (soft deletion), or -1. */
  readonly deletedDay: number
  readonly definition: MetricDefinition
}

export interface LedgerCustomer {
  readonly index: number
  readonly id: string
  readonly externalId: string
  readonly name: string
  readonly type: CustomerType
  readonly country: string
  /** Index into `Ledger.currencies`. */
  readonly currency: number
  /** Index into `Ledger.billingEntities`. */
  readonly entity: number
  readonly taxId: string | null
  readonly taxRate: number
  readonly signupDay: number
  /** Day of soft deletion, or -1. */
  deletedDay: number
  readonly subscriptions: number[]
}

export interface LedgerSegment {
  readonly plan: number
  readonly start: number
  /** Last active day (inclusive); FOREVER while active. */
  end: number
}

export interface LedgerSubscription extends UsageSubject {
  readonly index: number
  readonly id: string
  readonly externalId: string
  readonly customer: number
  readonly startDay: number
  /** Last active day (inclusive); FOREVER while active. Terminated on `endDay + 1`. */
  endDay: number
  readonly segments: LedgerSegment[]
  /** Last day whose usage has been invoiced (closed billing period), or startDay - 1. */
  usageInvoicedThrough: number
}

export interface FeeTable {
  readonly count: number
  readonly day: Int32Array
  readonly customer: Int32Array
  readonly subscription: Int32Array
  readonly plan: Int32Array
  readonly kind: Int32Array
  /** Metric index for usage fees, -1 otherwise. */
  readonly metric: Int32Array
  /** Fee amount before coupons and taxes (minor units). */
  readonly amount: Float64Array
  /** Coupon amount allocated to the fee. */
  readonly discount: Float64Array
  /** Taxes of the fee (subscription fees only; used by legacy MRR). */
  readonly tax: Float64Array
  /** Service period of the fee. */
  readonly fromDay: Int32Array
  readonly toDay: Int32Array
  readonly invoice: Int32Array
}

export interface InvoiceTable {
  readonly count: number
  /** Issuing day. */
  readonly day: Int32Array
  readonly customer: Int32Array
  /** -1 for credit-purchase invoices. */
  readonly subscription: Int32Array
  /** Plan the invoice-level items are attributed to; -1 for credit-purchase invoices. */
  readonly plan: Int32Array
  readonly kind: Int32Array
  readonly feesAmount: Float64Array
  readonly coupons: Float64Array
  readonly progressiveCredit: Float64Array
  readonly taxes: Float64Array
  readonly creditNotes: Float64Array
  readonly freeCredits: Float64Array
  readonly prepaidCredits: Float64Array
  /** total_amount_cents: after coupons, taxes and credits. */
  readonly total: Float64Array
  readonly status: Int32Array
  readonly dueDay: Int32Array
  /** Day the payment succeeded, or -1. */
  readonly paidDay: Int32Array
  /** Credit-note refunds on the invoice. */
  readonly refund: Float64Array
  /** Credit-note offsets reducing what is still owed. */
  readonly offset: Float64Array
}

export interface WalletTable {
  readonly count: number
  readonly day: Int32Array
  readonly customer: Int32Array
  readonly kind: Int32Array
  /** Minor units of the customer's currency. */
  readonly amount: Float64Array
}

export interface Ledger {
  readonly seedHash: number
  readonly organizationId: string
  /** The `now` the ledger was built for. */
  readonly now: Date
  /** Day number of `now` (the data is "as of" the start of this UTC day). */
  readonly today: number
  /** Last day with activity: `today - 1`. */
  readonly horizon: number
  /** First day of history (organisation creation, first day of a month). */
  readonly historyStart: number
  readonly firstMonth: number
  readonly currentMonth: number
  readonly currencies: readonly CurrencyDefinition[]
  readonly billingEntities: readonly LedgerBillingEntity[]
  readonly plans: readonly LedgerPlan[]
  readonly metrics: readonly LedgerMetric[]
  readonly customers: readonly LedgerCustomer[]
  /** Currency index of each customer (fast path for the aggregation loops). */
  readonly customerCurrency: Int32Array
  readonly subscriptions: readonly LedgerSubscription[]
  readonly fees: FeeTable
  readonly invoices: InvoiceTable
  readonly wallet: WalletTable
  readonly usage: UsageModel
  /** Lago id (uuid) of an invoice. */
  invoiceId(index: number): string
}
