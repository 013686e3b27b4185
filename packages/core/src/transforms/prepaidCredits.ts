import type { PrepaidCreditRow } from '@lago-analytics/client'
import { rowEnd, rowStart } from '../internal/rowPeriod.ts'
import {
  addMinor,
  currencyGuard,
  pointMetas,
  seriesTimeline,
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

interface Flow {
  purchased: number
  offered: number
  consumed: number
  voided: number
}

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
  const timeline = seriesTimeline(options)
  const guard = currencyGuard(options.currency)
  const flows = timeline.buckets.map((): Flow => ({
    purchased: 0,
    offered: 0,
    consumed: 0,
    voided: 0,
  }))
  const quantities = timeline.buckets.map((): Flow => ({
    purchased: 0,
    offered: 0,
    consumed: 0,
    voided: 0,
  }))
  for (const row of rows) {
    const index = timeline.indexOf(rowStart(row), rowEnd(row))
    if (index < 0) continue
    guard.check(row.currency)
    const f = flows[index] as Flow
    f.purchased = addMinor(f.purchased, row.purchasedAmountCents)
    f.offered = addMinor(f.offered, row.offeredAmountCents)
    f.consumed = addMinor(f.consumed, row.consumedAmountCents)
    f.voided = addMinor(f.voided, row.voidedAmountCents)
    const q = quantities[index] as Flow
    q.purchased += row.purchasedCreditsQuantity
    q.offered += row.offeredCreditsQuantity
    q.consumed += row.consumedCreditsQuantity
    q.voided += row.voidedCreditsQuantity
  }
  let balance = options.openingBalanceCents ?? 0
  const totals = { purchased: 0, offered: 0, consumed: 0, voided: 0, net: 0 }
  const points = pointMetas(timeline, options).map((meta, index): PrepaidCreditsPoint => {
    const f = flows[index] as Flow
    const net = f.purchased + f.offered - f.consumed - f.voided
    balance = addMinor(balance, net)
    totals.purchased = addMinor(totals.purchased, f.purchased)
    totals.offered = addMinor(totals.offered, f.offered)
    totals.consumed = addMinor(totals.consumed, f.consumed)
    totals.voided = addMinor(totals.voided, f.voided)
    totals.net = addMinor(totals.net, net)
    return { ...meta, ...f, net, balance, credits: quantities[index] as CreditQuantities }
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
    const remaining = Math.ceil(balance / burnRatePerDay)
    const today = addDays(lastCompleteDay(options.now, options.freshness), 1)
    runOut = { kind: 'date', date: addDays(today, remaining), days: remaining }
  }
  return { currency: guard.currency, points, totals, balance, burnRatePerDay, runOut }
}
