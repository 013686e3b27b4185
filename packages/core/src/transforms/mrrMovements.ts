import type { MrrMovementRow } from '@lago-analytics/client'
import { LagoCoreError } from '../errors.ts'
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

/** One period's MRR movements, minor units. `contraction` and `churn` are ≤ 0 (Lago's signs). */
export interface MrrMovements {
  readonly starting: number
  readonly new: number
  readonly expansion: number
  readonly contraction: number
  readonly churn: number
  /** new + expansion + contraction + churn (= ending − starting). */
  readonly netNew: number
  readonly ending: number
  /** 12 × ending MRR. */
  readonly arr: number
  /** netNew / starting; `null` when starting MRR is 0. */
  readonly growthRate: number | null
  /** Gross MRR churn rate: −(churn + contraction) / starting; `null` when starting is 0. */
  readonly revenueChurnRate: number | null
  /** Net MRR churn rate: −(churn + contraction + expansion) / starting (negative = net expansion). */
  readonly netRevenueChurnRate: number | null
}

export interface MrrPoint extends SeriesPointMeta, MrrMovements {}

export type WaterfallStepKey = 'starting' | 'new' | 'expansion' | 'contraction' | 'churn' | 'ending'

/** A bar of the MRR waterfall: totals stand on zero, movements float from `from` to `to`. */
export interface WaterfallStep {
  readonly key: WaterfallStepKey
  readonly kind: 'total' | 'increase' | 'decrease'
  /** Signed amount (minor units). */
  readonly value: number
  /** Running MRR before the step (0 for totals). */
  readonly from: number
  /** Running MRR after the step (the total itself for totals). */
  readonly to: number
}

export type MrrChainIssueKind = 'identity' | 'continuity' | 'sign'

/** A place where the MRR movements chain does not hold. */
export interface MrrChainIssue {
  readonly kind: MrrChainIssueKind
  /** Start of the offending period. */
  readonly period: string
  readonly message: string
}

export interface MrrMovementsResult {
  readonly currency: string | null
  readonly points: MrrPoint[]
  /** The whole range: first starting MRR, summed movements, last ending MRR. */
  readonly summary: MrrMovements
  readonly waterfall: WaterfallStep[]
  /** Chain problems in the input rows (empty for consistent data). */
  readonly issues: MrrChainIssue[]
}

/** Raised by `assertMrrChain` (and by `toMrrMovements` with `strict`). */
export class MrrChainError extends LagoCoreError {
  override name = 'MrrChainError'
  readonly issues: readonly MrrChainIssue[]

  constructor(issues: readonly MrrChainIssue[]) {
    super(
      'mrr_chain',
      `MRR movements do not chain (${issues.length} issue${issues.length === 1 ? '' : 's'}): ${issues
        .slice(0, 3)
        .map((issue) => issue.message)
        .join('; ')}`,
    )
    this.issues = issues
  }
}

/**
 * Checks Lago's MRR identities on raw rows (sorted by period here): per period
 * `ending = starting + new + expansion + contraction + churn`, `change = ending − starting`,
 * contraction and churn ≤ 0, new and expansion ≥ 0, and each `starting` equals the previous
 * period's `ending` when the periods are adjacent.
 */
export function checkMrrChain(rows: readonly MrrMovementRow[]): MrrChainIssue[] {
  const issues: MrrChainIssue[] = []
  const sorted = [...rows].sort((a, b) =>
    a.startOfPeriodDt < b.startOfPeriodDt ? -1 : a.startOfPeriodDt > b.startOfPeriodDt ? 1 : 0,
  )
  let previous: MrrMovementRow | undefined
  for (const row of sorted) {
    const period = row.startOfPeriodDt
    const expected =
      row.startingMrr + row.mrrNew + row.mrrExpansion + row.mrrContraction + row.mrrChurn
    if (expected !== row.endingMrr) {
      issues.push({
        kind: 'identity',
        period,
        message: `${period}: starting ${row.startingMrr} + movements = ${expected}, but ending is ${row.endingMrr}`,
      })
    }
    if (row.mrrChange !== row.endingMrr - row.startingMrr) {
      issues.push({
        kind: 'identity',
        period,
        message: `${period}: change ${row.mrrChange} ≠ ending − starting (${row.endingMrr - row.startingMrr})`,
      })
    }
    const signs: [string, number, boolean][] = [
      ['new', row.mrrNew, row.mrrNew >= 0],
      ['expansion', row.mrrExpansion, row.mrrExpansion >= 0],
      ['contraction', row.mrrContraction, row.mrrContraction <= 0],
      ['churn', row.mrrChurn, row.mrrChurn <= 0],
    ]
    for (const [name, value, ok] of signs) {
      if (!ok)
        issues.push({
          kind: 'sign',
          period,
          message: `${period}: ${name} has the wrong sign (${value})`,
        })
    }
    if (
      previous !== undefined &&
      previous.endOfPeriodDt < period &&
      row.startingMrr !== previous.endingMrr
    ) {
      issues.push({
        kind: 'continuity',
        period,
        message: `${period}: starting ${row.startingMrr} ≠ previous ending ${previous.endingMrr}`,
      })
    }
    previous = row
  }
  return issues
}

/** Throws `MrrChainError` when `checkMrrChain` finds anything. */
export function assertMrrChain(rows: readonly MrrMovementRow[]): void {
  const issues = checkMrrChain(rows)
  if (issues.length > 0) throw new MrrChainError(issues)
}

function movements(
  starting: number,
  added: number,
  expansion: number,
  contraction: number,
  churn: number,
  ending: number,
): MrrMovements {
  const netNew = added + expansion + contraction + churn
  return {
    starting,
    new: added,
    expansion,
    contraction,
    churn,
    netNew,
    ending,
    arr: ending * 12,
    growthRate: shareOf(ending - starting, starting),
    revenueChurnRate: shareOf(-(churn + contraction), starting),
    netRevenueChurnRate: shareOf(-(churn + contraction + expansion), starting),
  }
}

interface Accumulator {
  firstStart: string
  lastStart: string
  starting: number
  ending: number
  new: number
  expansion: number
  contraction: number
  churn: number
}

/**
 * MRR movements per bucket, ARR, growth and churn rates, the range's waterfall, and chain checks.
 * Finer rows roll up: balances take the first `starting` and last `ending` of the bucket,
 * movements are summed. An empty bucket carries the MRR balance forward (no movement), never
 * drops it to zero. With `strict`, a broken chain throws `MrrChainError`.
 */
export function toMrrMovements(
  rows: readonly MrrMovementRow[],
  options: TransformOptions & { strict?: boolean | undefined },
): MrrMovementsResult {
  const issues = checkMrrChain(rows)
  if (options.strict === true && issues.length > 0) throw new MrrChainError(issues)
  const timeline = seriesTimeline(options)
  const guard = currencyGuard(options.currency)
  const buckets: (Accumulator | undefined)[] = timeline.buckets.map(() => undefined)
  for (const row of rows) {
    const start = rowStart(row)
    const index = timeline.indexOf(start, rowEnd(row))
    if (index < 0) continue
    guard.check(row.currency)
    const acc = buckets[index]
    if (acc === undefined) {
      buckets[index] = {
        firstStart: start,
        lastStart: start,
        starting: row.startingMrr,
        ending: row.endingMrr,
        new: row.mrrNew,
        expansion: row.mrrExpansion,
        contraction: row.mrrContraction,
        churn: row.mrrChurn,
      }
      continue
    }
    if (start < acc.firstStart) {
      acc.firstStart = start
      acc.starting = row.startingMrr
    }
    if (start >= acc.lastStart) {
      acc.lastStart = start
      acc.ending = row.endingMrr
    }
    acc.new = addMinor(acc.new, row.mrrNew)
    acc.expansion = addMinor(acc.expansion, row.mrrExpansion)
    acc.contraction = addMinor(acc.contraction, row.mrrContraction)
    acc.churn = addMinor(acc.churn, row.mrrChurn)
  }
  // Leading empty buckets hold the first known starting balance; later gaps carry forward.
  let balance = buckets.find((acc) => acc !== undefined)?.starting ?? 0
  const metas = pointMetas(timeline, options)
  const points = metas.map((meta, index): MrrPoint => {
    const acc = buckets[index]
    if (acc === undefined) return { ...meta, ...movements(balance, 0, 0, 0, 0, balance) }
    balance = acc.ending
    return {
      ...meta,
      ...movements(acc.starting, acc.new, acc.expansion, acc.contraction, acc.churn, acc.ending),
    }
  })
  let added = 0
  let expansion = 0
  let contraction = 0
  let churn = 0
  for (const point of points) {
    added = addMinor(added, point.new)
    expansion = addMinor(expansion, point.expansion)
    contraction = addMinor(contraction, point.contraction)
    churn = addMinor(churn, point.churn)
  }
  const starting = points[0]?.starting ?? 0
  const ending = points[points.length - 1]?.ending ?? 0
  const summary = movements(starting, added, expansion, contraction, churn, ending)
  return { currency: guard.currency, points, summary, waterfall: mrrWaterfall(summary), issues }
}

/** The waterfall bars of a summary: starting, new, expansion, contraction, churn, ending. */
export function mrrWaterfall(summary: MrrMovements): WaterfallStep[] {
  const steps: WaterfallStep[] = [
    { key: 'starting', kind: 'total', value: summary.starting, from: 0, to: summary.starting },
  ]
  let running = summary.starting
  const moves: [WaterfallStepKey, number][] = [
    ['new', summary.new],
    ['expansion', summary.expansion],
    ['contraction', summary.contraction],
    ['churn', summary.churn],
  ]
  for (const [key, value] of moves) {
    steps.push({
      key,
      kind: value < 0 ? 'decrease' : 'increase',
      value,
      from: running,
      to: running + value,
    })
    running += value
  }
  steps.push({ key: 'ending', kind: 'total', value: summary.ending, from: 0, to: summary.ending })
  return steps
}
