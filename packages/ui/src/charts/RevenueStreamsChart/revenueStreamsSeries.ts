import {
  CONTRA_ITEMS,
  GROSS_STREAMS,
  type ContraItem,
  type Granularity,
  type GrossStream,
  type RevenueStreamsResult,
} from '@lago-analytics/core'
import type { ChartTheme } from '../../theme/chartTheme.ts'
import { sameHue, withAlpha } from '../shared/colors.ts'
import type { TimeSeriesData } from '../TimeSeriesChart/TimeSeriesData.ts'

export interface RevenueStreamsLabels {
  gross: { [S in GrossStream]: string }
  contra: { [S in ContraItem]: string }
  net: string
}

export const DEFAULT_REVENUE_STREAMS_LABELS: RevenueStreamsLabels = {
  gross: {
    subscription: 'Subscription fees',
    usageBased: 'Usage-based fees',
    commitment: 'Minimum commitment',
    oneOff: 'One-off fees',
    other: 'Other revenue',
  },
  contra: {
    coupons: 'Coupons',
    creditNotes: 'Credit notes',
    freeCredits: 'Free credits',
    prepaidCredits: 'Prepaid credits',
    progressiveBilling: 'Progressive billing credits',
    other: 'Other deductions',
  },
  net: 'Net revenue',
}

/** The role of each series of `revenueStreamsSeries` (gross bar, contra bar, net line). */
export type RevenueStreamsRole = 'gross' | 'contra' | 'net'

/**
 * Revenue streams as plain time series: gross streams (positive), contra items (negative: they
 * reduce revenue), then net. Streams that are zero over the whole range are left out.
 */
export function revenueStreamsSeries(
  result: RevenueStreamsResult,
  granularity: Granularity,
  theme: ChartTheme,
  labels: RevenueStreamsLabels = DEFAULT_REVENUE_STREAMS_LABELS,
): { data: TimeSeriesData; roles: RevenueStreamsRole[] } {
  const series: TimeSeriesData['series'][number][] = []
  const roles: RevenueStreamsRole[] = []
  // Contra items are drawn in the decrease colour: no gross stream may look like one of them.
  const candidates = theme.palette.filter((color) => !sameHue(color, theme.negative))
  const grossColors = candidates.length > 0 ? candidates : theme.palette
  GROSS_STREAMS.forEach((stream, i) => {
    if (result.totals.gross[stream] === 0 && result.points.every((p) => p.gross[stream] === 0))
      return
    series.push({
      key: `gross.${stream}`,
      name: labels.gross[stream],
      values: result.points.map((p) => p.gross[stream]),
      color: grossColors[i % grossColors.length] ?? theme.text,
    })
    roles.push('gross')
  })
  const alphas = [1, 0.8, 0.62, 0.46, 0.32, 0.2]
  CONTRA_ITEMS.forEach((item, i) => {
    if (result.points.every((p) => p.contra[item] === 0)) return
    series.push({
      key: `contra.${item}`,
      name: labels.contra[item],
      values: result.points.map((p) => -p.contra[item]),
      color: withAlpha(theme.negative, alphas[i] ?? 0.2),
    })
    roles.push('contra')
  })
  series.push({
    key: 'net',
    name: labels.net,
    values: result.points.map((p) => p.net),
    color: theme.total,
  })
  roles.push('net')
  return {
    data: {
      granularity,
      periods: result.points,
      series,
      aggregate: 'sum',
    },
    roles,
  }
}
