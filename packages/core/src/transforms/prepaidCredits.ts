import type { PrepaidCreditRow } from '@lago-analytics/client'
import {
  addInto,
  addMinor,
  createSeries,
  zeros,
  type SeriesPointMeta,
  type TransformOptions,
} from '../internal/series.ts'
import { addDays, daysBetweenInclusive, type DateKey } from '../time/dateKey.ts'
import { lastCompleteDay } from '../time/freshness.ts'

export interface CreditFlows {
  /** Paid top-ups (minor units). */
  readonly purchased: number
  /** Free grants (minor units). */
  readonly offered: number
  /** Applied to invoices (minor units, positive). */
  readonly consumed: number
  /** Expired or voided (minor units, positive). */
  readonly voided: number
  /** purchased + offered − consumed − voided. */
  readonly net: number
}

export interface CreditQuantities {
  readonly purchased: number
  readonly offered: number
  readonly consumed: number
  readonly voided: number
}

const FLOWS = ['purchased', 'offered', 'consumed', 'voided']

export interface PrepaidCreditsPoint extends SeriesPointMeta, CreditFlows {
  /** Opening balance + every net flow up to and including this bucket (minor units). */
  readonly balance: number
  /** Wallet credit quantities (not money). */
  readonly credits: CreditQuantities
}

/** When the credit balance runs out at the current burn rate. */
export type RunOutEstimate =
  | { readonly kind: 'date'; readonly date: DateKey; readonly days: number }
  | { readonly kind: 'depleted' }
  | { readonly kind: 'notBurning' }
  | { readonly kind: 'unknown' }

export interface PrepaidCreditsResult {
  readonly currency: string | null
  readonly points: PrepaidCreditsPoint[]
  readonly totals: CreditFlows
  /** Balance after the last bucket. */
  readonly balance: number
  /**
   * Average consumption per day (minor units, a float) over the trailing complete buckets
   * covering at least `burnWindowDays`; `null` when no bucket is complete yet.
   */
  readonly burnRatePerDay: number | null
  readonly runOut: RunOutEstimate
}

export interface PrepaidCreditsOptions extends TransformOptions {
  /**
   * Credit balance (minor units) before the range. Lago's dataset has flows only, so without it
   * `balance` is the change over the range. Default 0.
   */
  openingBalanceCents?: number | undefined
  /** Trailing days used for the burn rate. Default 30. */
  burnWindowDays?: number | undefined
}

/**
 * Prepaid-credit flows per bucket (purchased, offered, consumed, voided), the running balance,
 * the burn rate over complete data, and the estimated run-out date (counted from the first
 * incomplete day, `dataAsOf`).
 */
export function toPrepaidCredits(
  rows: readonly PrepaidCreditRow[],
  options: PrepaidCreditsOptions,
): PrepaidCreditsResult {
  const series = createSeries(options)
  const amounts = series.sums(
    rows,
    FLOWS.map((flow) => `${flow}AmountCents`),
    FLOWS,
  )
  const quantities = series.sums(
    rows,
    FLOWS.map((flow) => `${flow}CreditsQuantity`),
    FLOWS,
    true,
  )
  let balance = options.openingBalanceCents ?? 0
  const totals = zeros([...FLOWS, 'net'])
  const points = series.points((index) => {
    const f = amounts[index] as unknown as CreditQuantities
    const flows = { ...f, net: f.purchased + f.offered - f.consumed - f.voided }
    balance = addMinor(balance, flows.net)
    addInto(totals, flows)
    return { ...flows, balance, credits: quantities[index] as unknown as CreditQuantities }
  })

  const window = options.burnWindowDays ?? 30
  let days = 0
  let consumed = 0
  for (let i = points.length - 1; i >= 0 && days < window; i--) {
    const point = points[i] as PrepaidCreditsPoint
    if (point.partial) continue
    days += daysBetweenInclusive(point.bucket.start, point.bucket.end)
    consumed += point.consumed
  }
  const burnRatePerDay = days === 0 ? null : consumed / days
  let runOut: RunOutEstimate
  if (burnRatePerDay === null) runOut = { kind: 'unknown' }
  else if (balance <= 0) runOut = { kind: 'depleted' }
  else if (burnRatePerDay <= 0) runOut = { kind: 'notBurning' }
  else {
    // Counted from the first incomplete day.
    const days = Math.ceil(balance / burnRatePerDay)
    const date = addDays(lastCompleteDay(options.now, options.freshness), days + 1)
    runOut = { kind: 'date', date, days }
  }
  return {
    currency: series.currency,
    points,
    totals: totals as unknown as CreditFlows,
    balance,
    burnRatePerDay,
    runOut,
  }
}
