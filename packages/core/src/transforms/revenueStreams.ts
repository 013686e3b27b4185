import type { RevenueStreamRow } from '@lago-analytics/client'
import { rowEnd, rowStart } from '../internal/rowPeriod.ts'
import {
  addMinor,
  currencyGuard,
  pointMetas,
  seriesTimeline,
  shareOf,
  type SeriesPointMeta,
  type TransformOptions,
} from '../internal/series.ts'

/** Gross revenue streams (stacked), in Lago's order. `other` is gross − the named streams. */
export type GrossStream = 'subscription' | 'usageBased' | 'commitment' | 'oneOff' | 'other'
/** Contra-revenue items (reduce revenue). `other` is contra − the named items. */
export type ContraItem =
  'coupons' | 'creditNotes' | 'freeCredits' | 'prepaidCredits' | 'progressiveBilling' | 'other'

export const GROSS_STREAMS: readonly GrossStream[] = [
  'subscription',
  'usageBased',
  'commitment',
  'oneOff',
  'other',
]
export const CONTRA_ITEMS: readonly ContraItem[] = [
  'coupons',
  'creditNotes',
  'freeCredits',
  'prepaidCredits',
  'progressiveBilling',
  'other',
]

export type GrossBreakdown = { [S in GrossStream]: number } & { total: number }
export type ContraBreakdown = { [S in ContraItem]: number } & { total: number }

export interface RevenueStreamsPoint extends SeriesPointMeta {
  /** Minor units; the named streams plus `other` add up to `total` exactly. */
  readonly gross: GrossBreakdown
  /** Minor units, positive amounts that reduce revenue; items plus `other` add up to `total`. */
  readonly contra: ContraBreakdown
  /** `gross.total − contra.total`, as Lago reports it. */
  readonly net: number
}

export interface RevenueStreamsResult {
  readonly currency: string | null
  readonly points: RevenueStreamsPoint[]
  readonly totals: {
    readonly gross: GrossBreakdown
    readonly contra: ContraBreakdown
    readonly net: number
  }
  /**
   * Share of total gross revenue over the range, per gross stream and per contra item
   * (coupons at 0.03 = coupons cost 3 % of gross); `null` when gross is zero.
   */
  readonly shares: {
    readonly gross: { readonly [S in GrossStream]: number | null }
    readonly contra: { readonly [S in ContraItem]: number | null }
    readonly net: number | null
  }
}

function emptyGross(): GrossBreakdown {
  return { subscription: 0, usageBased: 0, commitment: 0, oneOff: 0, other: 0, total: 0 }
}
function emptyContra(): ContraBreakdown {
  return {
    coupons: 0,
    creditNotes: 0,
    freeCredits: 0,
    prepaidCredits: 0,
    progressiveBilling: 0,
    other: 0,
    total: 0,
  }
}

function addGross(target: GrossBreakdown, source: GrossBreakdown): void {
  for (const key of GROSS_STREAMS) target[key] = addMinor(target[key], source[key])
  target.total = addMinor(target.total, source.total)
}
function addContra(target: ContraBreakdown, source: ContraBreakdown): void {
  for (const key of CONTRA_ITEMS) target[key] = addMinor(target[key], source[key])
  target.total = addMinor(target.total, source.total)
}

/**
 * Revenue streams per bucket: the gross side by stream (stacked), the contra items, and net.
 * Rows at a finer granularity are summed into the buckets; empty buckets are zeros. If the named
 * streams do not add up to Lago's gross (or the named contra items to its contra total), the
 * remainder is reported as `other`, so stacks always reach the reported totals.
 */
export function toRevenueStreams(
  rows: readonly RevenueStreamRow[],
  options: TransformOptions,
): RevenueStreamsResult {
  const timeline = seriesTimeline(options)
  const guard = currencyGuard(options.currency)
  const gross = timeline.buckets.map(emptyGross)
  const contra = timeline.buckets.map(emptyContra)
  const net = timeline.buckets.map(() => 0)
  for (const row of rows) {
    const index = timeline.indexOf(rowStart(row), rowEnd(row))
    if (index < 0) continue
    guard.check(row.currency)
    const g = gross[index] as GrossBreakdown
    g.subscription = addMinor(g.subscription, row.subscriptionFeeAmountCents)
    g.usageBased = addMinor(g.usageBased, row.usageBasedFeeAmountCents)
    g.commitment = addMinor(g.commitment, row.commitmentFeeAmountCents)
    g.oneOff = addMinor(g.oneOff, row.oneOffFeeAmountCents)
    g.total = addMinor(g.total, row.grossRevenueAmountCents)
    const c = contra[index] as ContraBreakdown
    c.coupons = addMinor(c.coupons, row.couponsAmountCents)
    c.creditNotes = addMinor(c.creditNotes, row.creditNotesCreditsAmountCents)
    c.freeCredits = addMinor(c.freeCredits, row.freeCreditsAmountCents)
    c.prepaidCredits = addMinor(c.prepaidCredits, row.prepaidCreditsAmountCents)
    c.progressiveBilling = addMinor(c.progressiveBilling, row.progressiveBillingCreditAmountCents)
    c.total = addMinor(c.total, row.contraRevenueAmountCents)
    net[index] = addMinor(net[index] as number, row.netRevenueAmountCents)
  }
  const totals = { gross: emptyGross(), contra: emptyContra(), net: 0 }
  const metas = pointMetas(timeline, options)
  const points = metas.map((meta, index): RevenueStreamsPoint => {
    const g = gross[index] as GrossBreakdown
    g.other = g.total - g.subscription - g.usageBased - g.commitment - g.oneOff
    const c = contra[index] as ContraBreakdown
    c.other =
      c.total - c.coupons - c.creditNotes - c.freeCredits - c.prepaidCredits - c.progressiveBilling
    addGross(totals.gross, g)
    addContra(totals.contra, c)
    totals.net = addMinor(totals.net, net[index] as number)
    return { ...meta, gross: g, contra: c, net: net[index] as number }
  })
  const grossTotal = totals.gross.total
  const grossShares = {} as { [S in GrossStream]: number | null }
  for (const key of GROSS_STREAMS) grossShares[key] = shareOf(totals.gross[key], grossTotal)
  const contraShares = {} as { [S in ContraItem]: number | null }
  for (const key of CONTRA_ITEMS) contraShares[key] = shareOf(totals.contra[key], grossTotal)
  return {
    currency: guard.currency,
    points,
    totals,
    shares: { gross: grossShares, contra: contraShares, net: shareOf(totals.net, grossTotal) },
  }
}
