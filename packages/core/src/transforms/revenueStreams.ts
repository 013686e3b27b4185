import type { RevenueStreamRow } from '@lago-analytics/client'
import {
  addInto,
  addMinor,
  createSeries,
  shareOf,
  zeros,
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

/** Per side: its parts, the row field of each named part then of the total, the total's key. */
const SIDES: readonly (readonly [readonly string[], readonly string[], string])[] = [
  [
    GROSS_STREAMS,
    [
      'subscriptionFeeAmountCents',
      'usageBasedFeeAmountCents',
      'commitmentFeeAmountCents',
      'oneOffFeeAmountCents',
      'grossRevenueAmountCents',
    ],
    'gross',
  ],
  [
    CONTRA_ITEMS,
    [
      'couponsAmountCents',
      'creditNotesCreditsAmountCents',
      'freeCreditsAmountCents',
      'prepaidCreditsAmountCents',
      'progressiveBillingCreditAmountCents',
      'contraRevenueAmountCents',
    ],
    'contra',
  ],
]

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
  const series = createSeries(options)
  // One pass, row by row: the named parts and total of each side (keyed `gross`/`contra`), net.
  const sums = series.sums(
    rows,
    [...SIDES.flatMap(([, fields]) => fields), 'netRevenueAmountCents'],
    [...SIDES.flatMap(([parts, , total]) => [...parts.slice(0, -1), total]), 'net'],
  )
  const totals = SIDES.map(([streams]) => zeros([...streams, 'total']))
  let netTotal = 0
  const points = series.points((index) => {
    const sum = sums[index] as Record<string, number>
    // Per side: the named parts, `other` (the remainder) and `total`, in the order of the types.
    const [gross, contra] = SIDES.map(([streams, , key], side) => {
      const total = sum[key] as number
      const parts: Record<string, number> = { ...zeros(streams), total }
      parts['other'] = streams
        .slice(0, -1)
        .reduce((rest, key) => rest - (parts[key] = sum[key] as number), total)
      addInto(totals[side] as Record<string, number>, parts)
      return parts
    }) as [GrossBreakdown, ContraBreakdown]
    const net = sum['net'] as number
    netTotal = addMinor(netTotal, net)
    return { gross, contra, net }
  })
  const [grossTotals, contraTotals] = totals as [GrossBreakdown, ContraBreakdown]
  const share = (names: readonly string[], side: Record<string, number>) =>
    Object.fromEntries(names.map((key) => [key, shareOf(side[key] as number, grossTotals.total)]))
  return {
    currency: series.currency,
    points,
    totals: { gross: grossTotals, contra: contraTotals, net: netTotal },
    shares: {
      gross: share(GROSS_STREAMS, grossTotals) as { [S in GrossStream]: number | null },
      contra: share(CONTRA_ITEMS, contraTotals) as { [S in ContraItem]: number | null },
      net: shareOf(netTotal, grossTotals.total),
    },
  }
}
