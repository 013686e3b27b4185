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

/** Checks the rows' one currency, then breaks them down. */
function moneyBreakdown<Row extends { readonly currency: string }>(
  rows: readonly Row[],
  options: Omit<MoneyBreakdownOptions, 'measure'>,
  key: (row: Row) => string,
  label: (row: Row) => string,
  value: (row: Row) => number,
): MoneyBreakdown {
  const guard = currencyGuard(options.currency)
  for (const row of rows) guard.check(row.currency)
  const { topN, otherLabel } = options
  return { currency: guard.currency, ...breakdown(rows, { key, label, value, topN, otherLabel }) }
}

type RevenueRow = {
  readonly grossRevenueAmountCents: number
  readonly netRevenueAmountCents: number
}

/** The measure of a revenue row (net unless `gross`). */
const revenue =
  (options: MoneyBreakdownOptions) =>
  (row: RevenueRow): number =>
    options.measure === 'gross' ? row.grossRevenueAmountCents : row.netRevenueAmountCents

/** Revenue by customer (Lago's `revenue_streams/customers`): top-N customers + Other. */
export function breakdownRevenueByCustomer(
  rows: readonly RevenueByCustomerRow[],
  options: MoneyBreakdownOptions = {},
): MoneyBreakdown {
  return moneyBreakdown(
    rows,
    options,
    (row) => row.externalCustomerId,
    (row) => row.customerName ?? row.externalCustomerId,
    revenue(options),
  )
}

/** Revenue by plan (Lago's `revenue_streams/plans`): top-N plans + Other. */
export function breakdownRevenueByPlan(
  rows: readonly RevenueByPlanRow[],
  options: MoneyBreakdownOptions = {},
): MoneyBreakdown {
  return moneyBreakdown(
    rows,
    options,
    (row) => row.planCode,
    (row) => row.planName,
    revenue(options),
  )
}

/** MRR by plan at one snapshot date (default: the latest `dt` in the rows). */
export function breakdownMrrByPlan(
  rows: readonly MrrByPlanRow[],
  options: Omit<MoneyBreakdownOptions, 'measure'> & { date?: string | undefined } = {},
): MoneyBreakdown & { readonly date: string | null } {
  let date = options.date ?? null
  if (date === null) for (const row of rows) if (date === null || row.dt > date) date = row.dt
  const snapshot = rows.filter((row) => row.dt === date)
  return {
    date,
    ...moneyBreakdown(
      snapshot,
      options,
      (row) => row.planCode,
      (row) => row.planName,
      (row) => row.mrr,
    ),
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
  return moneyBreakdown(
    rows,
    options,
    (row) => row.externalSubscriptionId,
    (row) => row.name ?? row.externalSubscriptionId,
    (row) => row.amountCents,
  )
}
