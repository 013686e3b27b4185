import type { MrrMovementRow } from '@lago-analytics/client'
import { LagoCoreError } from '../errors.ts'
import {
  addInto,
  createSeries,
  shareOf,
  zeros,
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
    const issue = (kind: MrrChainIssueKind, message: string): void => {
      issues.push({ kind, period, message: `${period}: ${message}` })
    }
    const { startingMrr: starting, endingMrr: ending } = row
    const expected = starting + row.mrrNew + row.mrrExpansion + row.mrrContraction + row.mrrChurn
    if (expected !== ending) {
      issue('identity', `starting ${starting} + movements = ${expected}, but ending is ${ending}`)
    }
    if (row.mrrChange !== ending - starting) {
      issue('identity', `change ${row.mrrChange} ≠ ending − starting (${ending - starting})`)
    }
    // new and expansion are ≥ 0, contraction and churn ≤ 0.
    MOVES.forEach((move, i) => {
      const value = row[MOVE_FIELDS[i] as keyof MrrMovementRow] as number
      if (!((i < 2 ? value : -value) >= 0)) issue('sign', `${move} has the wrong sign (${value})`)
    })
    if (
      previous !== undefined &&
      previous.endOfPeriodDt < period &&
      starting !== previous.endingMrr
    ) {
      issue('continuity', `starting ${starting} ≠ previous ending ${previous.endingMrr}`)
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

const MOVES = ['new', 'expansion', 'contraction', 'churn'] as const
const MOVE_FIELDS = ['mrrNew', 'mrrExpansion', 'mrrContraction', 'mrrChurn']

type Moves = { readonly [K in (typeof MOVES)[number]]: number }

function movements(starting: number, moves: Moves, ending: number): MrrMovements {
  const { expansion, contraction, churn } = moves
  return {
    starting,
    ...moves,
    netNew: moves.new + expansion + contraction + churn,
    ending,
    arr: ending * 12,
    growthRate: shareOf(ending - starting, starting),
    revenueChurnRate: shareOf(-(churn + contraction), starting),
    netRevenueChurnRate: shareOf(-(churn + contraction + expansion), starting),
  }
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
  const series = createSeries(options)
  const moves = series.sums(rows, MOVE_FIELDS, MOVES) as unknown as Moves[]
  // Per bucket: the first and last period start, the opening and closing balances.
  const balances: { first: string; last: string; starting: number; ending: number }[] = []
  series.each(rows, (index, row) => {
    const start = row.startOfPeriodDt
    const balance = (balances[index] ??= {
      first: start,
      last: start,
      starting: row.startingMrr,
      ending: row.endingMrr,
    })
    if (start < balance.first) {
      balance.first = start
      balance.starting = row.startingMrr
    }
    if (start >= balance.last) {
      balance.last = start
      balance.ending = row.endingMrr
    }
  })
  // Leading empty buckets hold the first known starting balance; later gaps carry forward.
  let balance = balances.find(Boolean)?.starting ?? 0
  const none = zeros(MOVES) as Moves
  const points = series.points((index) => {
    const b = balances[index]
    if (b === undefined) return movements(balance, none, balance)
    balance = b.ending
    return movements(b.starting, moves[index] as Moves, b.ending)
  })
  const total = zeros(MOVES)
  for (const point of points) addInto(total, point, MOVES)
  const summary = movements(
    points[0]?.starting ?? 0,
    total as Moves,
    points[points.length - 1]?.ending ?? 0,
  )
  return { currency: series.currency, points, summary, waterfall: mrrWaterfall(summary), issues }
}

/** The waterfall bars of a summary: starting, new, expansion, contraction, churn, ending. */
export function mrrWaterfall(summary: MrrMovements): WaterfallStep[] {
  const total = (key: WaterfallStepKey, value: number): WaterfallStep => ({
    key,
    kind: 'total',
    value,
    from: 0,
    to: value,
  })
  let running = summary.starting
  return [
    total('starting', running),
    ...MOVES.map((key): WaterfallStep => {
      const value = summary[key]
      const from = running
      running += value
      return { key, kind: value < 0 ? 'decrease' : 'increase', value, from, to: running }
    }),
    total('ending', summary.ending),
  ]
}
