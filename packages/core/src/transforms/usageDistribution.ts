import { foldGroups, rankGroups, type BreakdownOptions, type BreakdownResult } from './breakdown.ts'

export interface Concentration {
  /** How many of the largest items `topShare` covers. */
  readonly top: number
  /** Share of the total held by the `top` largest items (0–1); `null` when the total is 0. */
  readonly topShare: number | null
  /** Herfindahl–Hirschman index, Σ share² (1/n for an even spread, 1 for a monopoly). */
  readonly hhi: number | null
  /** Number of items with a positive value. */
  readonly count: number
}

/**
 * Concentration of a distribution: share of the `top` largest values, and the HHI. Negative
 * values (refunds) count as zero.
 */
export function concentration(values: Iterable<number>, top = 10): Concentration {
  const positive: number[] = []
  let total = 0
  for (const value of values) {
    if (value > 0) {
      positive.push(value)
      total += value
    }
  }
  if (total === 0) return { top, topShare: null, hhi: null, count: positive.length }
  positive.sort((a, b) => b - a)
  let topSum = 0
  for (let i = 0; i < Math.min(top, positive.length); i++) topSum += positive[i] as number
  let hhi = 0
  for (const value of positive) hhi += (value / total) ** 2
  return { top, topShare: topSum / total, hhi, count: positive.length }
}

export interface UsageDistributionResult extends BreakdownResult {
  readonly concentration: Concentration
}

/**
 * How usage (or revenue) spreads across customers or subscriptions: a top-N breakdown with
 * "Other", plus concentration (share of the top `concentrationTop`, default 10, and HHI).
 */
export function usageDistribution<Row>(
  rows: readonly Row[],
  options: BreakdownOptions<Row> & { concentrationTop?: number | undefined },
): UsageDistributionResult {
  const { groups, total } = rankGroups(rows, options)
  return {
    ...foldGroups(groups, total, options),
    concentration: concentration(
      groups.map((group) => group.value),
      options.concentrationTop ?? 10,
    ),
  }
}
