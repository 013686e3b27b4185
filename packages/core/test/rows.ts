import type {
  MrrMovementRow,
  PrepaidCreditRow,
  RevenueStreamRow,
  UsageRow,
} from '@lago-analytics/client'
import { bucketOf } from '../src/time/bucket.ts'
import type { Granularity } from '../src/time/granularity.ts'

/** Test row builders: a period from its start date and granularity, amounts in minor units. */
export function period(start: string, granularity: Granularity = 'month', currency = 'EUR') {
  const bucket = bucketOf(start, granularity)
  return { startOfPeriodDt: bucket.start, endOfPeriodDt: bucket.end, currency }
}

export function revenueRow(
  start: string,
  parts: Partial<RevenueStreamRow> = {},
  granularity: Granularity = 'month',
): RevenueStreamRow {
  const subscription = parts.subscriptionFeeAmountCents ?? 0
  const usage = parts.usageBasedFeeAmountCents ?? 0
  const commitment = parts.commitmentFeeAmountCents ?? 0
  const oneOff = parts.oneOffFeeAmountCents ?? 0
  const coupons = parts.couponsAmountCents ?? 0
  const creditNotes = parts.creditNotesCreditsAmountCents ?? 0
  const free = parts.freeCreditsAmountCents ?? 0
  const prepaid = parts.prepaidCreditsAmountCents ?? 0
  const progressive = parts.progressiveBillingCreditAmountCents ?? 0
  const gross = parts.grossRevenueAmountCents ?? subscription + usage + commitment + oneOff
  const contra =
    parts.contraRevenueAmountCents ?? coupons + creditNotes + free + prepaid + progressive
  return {
    ...period(start, granularity, parts.currency ?? 'EUR'),
    subscriptionFeeAmountCents: subscription,
    usageBasedFeeAmountCents: usage,
    commitmentFeeAmountCents: commitment,
    oneOffFeeAmountCents: oneOff,
    grossRevenueAmountCents: gross,
    couponsAmountCents: coupons,
    creditNotesCreditsAmountCents: creditNotes,
    freeCreditsAmountCents: free,
    prepaidCreditsAmountCents: prepaid,
    progressiveBillingCreditAmountCents: progressive,
    contraRevenueAmountCents: contra,
    netRevenueAmountCents: parts.netRevenueAmountCents ?? gross - contra,
  }
}

export function mrrRow(
  start: string,
  starting: number,
  moves: { new?: number; expansion?: number; contraction?: number; churn?: number },
  granularity: Granularity = 'month',
): MrrMovementRow {
  const mrrNew = moves.new ?? 0
  const mrrExpansion = moves.expansion ?? 0
  const mrrContraction = moves.contraction ?? 0
  const mrrChurn = moves.churn ?? 0
  const endingMrr = starting + mrrNew + mrrExpansion + mrrContraction + mrrChurn
  return {
    ...period(start, granularity),
    startingMrr: starting,
    mrrNew,
    mrrExpansion,
    mrrContraction,
    mrrChurn,
    mrrChange: endingMrr - starting,
    endingMrr,
  }
}

export function usageRow(
  start: string,
  billableMetricCode: string,
  units: number,
  amountCents: number,
  granularity: Granularity = 'day',
): UsageRow {
  return {
    ...period(start, granularity),
    billableMetricCode,
    units,
    amountCents,
    isBillableMetricDeleted: false,
  }
}

export function creditRow(
  start: string,
  amounts: { purchased?: number; offered?: number; consumed?: number; voided?: number },
  granularity: Granularity = 'month',
): PrepaidCreditRow {
  return {
    ...period(start, granularity),
    purchasedAmountCents: amounts.purchased ?? 0,
    offeredAmountCents: amounts.offered ?? 0,
    consumedAmountCents: amounts.consumed ?? 0,
    voidedAmountCents: amounts.voided ?? 0,
    purchasedCreditsQuantity: (amounts.purchased ?? 0) / 100,
    offeredCreditsQuantity: (amounts.offered ?? 0) / 100,
    consumedCreditsQuantity: (amounts.consumed ?? 0) / 100,
    voidedCreditsQuantity: (amounts.voided ?? 0) / 100,
  }
}

/** Runs `fn` with `process.env.TZ` set to `zone`, restoring it afterwards. */
export function withTimeZone<T>(zone: string, fn: () => T): T {
  const previous = process.env.TZ
  process.env.TZ = zone
  try {
    return fn()
  } finally {
    if (previous === undefined) delete process.env.TZ
    else process.env.TZ = previous
  }
}

export const TIME_ZONES = ['UTC', 'America/Los_Angeles', 'Asia/Kolkata', 'Pacific/Chatham'] as const
