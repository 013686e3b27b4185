import type { MrrByPlanRow, RevenueByCustomerRow, RevenueByPlanRow } from '@lago-analytics/client'
import { currencyGuard } from '../internal/series.ts'
import { breakdown, type BreakdownResult } from './breakdown.ts'

export type RevenueMeasure = 'gross' | 'net'

export interface MoneyBreakdownOptions {
  /** Default `net`. */
  measure?: RevenueMeasure | undefined
  topN?: number | undefined
  otherLabel?: string | undefined
  /** Expected currency; rows in another raise `CurrencyMismatchError`. */
  currency?: string | undefined
}

/** A breakdown of money in one currency (values in minor units). */
export interface MoneyBreakdown extends BreakdownResult {
  readonly currency: string | null
}

function guarded<Row extends { currency: string }>(
  rows: readonly Row[],
  currency: string | undefined,
): string | null {
  const guard = currencyGuard(currency)
  for (const row of rows) guard.check(row.currency)
  return guard.currency
}

/** Revenue by customer (Lago's `revenue_streams/customers`): top-N customers + Other. */
export function breakdownRevenueByCustomer(
  rows: readonly RevenueByCustomerRow[],
  options: MoneyBreakdownOptions = {},
): MoneyBreakdown {
  const currency = guarded(rows, options.currency)
  const gross = options.measure === 'gross'
  return {
    currency,
    ...breakdown(rows, {
      key: (row) => row.externalCustomerId,
      label: (row) => row.customerName ?? row.externalCustomerId,
      value: (row) => (gross ? row.grossRevenueAmountCents : row.netRevenueAmountCents),
      topN: options.topN,
      otherLabel: options.otherLabel,
    }),
  }
}

/** Revenue by plan (Lago's `revenue_streams/plans`): top-N plans + Other. */
export function breakdownRevenueByPlan(
  rows: readonly RevenueByPlanRow[],
  options: MoneyBreakdownOptions = {},
): MoneyBreakdown {
  const currency = guarded(rows, options.currency)
  const gross = options.measure === 'gross'
  return {
    currency,
    ...breakdown(rows, {
      key: (row) => row.planCode,
      label: (row) => row.planName,
      value: (row) => (gross ? row.grossRevenueAmountCents : row.netRevenueAmountCents),
      topN: options.topN,
      otherLabel: options.otherLabel,
    }),
  }
}

/** MRR by plan at one snapshot date (default: the latest `dt` in the rows). */
export function breakdownMrrByPlan(
  rows: readonly MrrByPlanRow[],
  options: Omit<MoneyBreakdownOptions, 'measure'> & { date?: string | undefined } = {},
): MoneyBreakdown & { readonly date: string | null } {
  let date = options.date ?? null
  if (date === null) for (const row of rows) if (date === null || row.dt > date) date = row.dt
  const snapshot = rows.filter((row) => row.dt === date)
  const currency = guarded(snapshot, options.currency)
  return {
    currency,
    date,
    ...breakdown(snapshot, {
      key: (row) => row.planCode,
      label: (row) => row.planName,
      value: (row) => row.mrr,
      topN: options.topN,
      otherLabel: options.otherLabel,
    }),
  }
}

/** An amount attributed to one subscription (composed from per-subscription queries). */
export interface SubscriptionAmount {
  externalSubscriptionId: string
  /** Display name (plan name, customer…); default the id. */
  name?: string | null | undefined
  amountCents: number
  currency: string
}

/** Revenue or usage by subscription: top-N subscriptions + Other. */
export function breakdownBySubscription(
  rows: readonly SubscriptionAmount[],
  options: Omit<MoneyBreakdownOptions, 'measure'> = {},
): MoneyBreakdown {
  const currency = guarded(rows, options.currency)
  return {
    currency,
    ...breakdown(rows, {
      key: (row) => row.externalSubscriptionId,
      label: (row) => row.name ?? row.externalSubscriptionId,
      value: (row) => row.amountCents,
      topN: options.topN,
      otherLabel: options.otherLabel,
    }),
  }
}
