import { shareOf } from '../internal/series.ts'

export interface BreakdownOptions<Row> {
  /** The dimension value of a row (customer id, plan code, subscription id, metric code…). */
  key: (row: Row) => string
  /** The measure of a row; rows with the same key are summed. */
  value: (row: Row) => number
  /** Display label of a key (first row's wins). Default: the key. */
  label?: ((row: Row) => string) | undefined
  /** Keep the N largest items and fold the rest into one "Other" item. Default: keep all. */
  topN?: number | undefined
  /** Label of the folded item. Default `Other`. */
  otherLabel?: string | undefined
}

export interface BreakdownItem {
  readonly key: string
  readonly label: string
  readonly value: number
  /** `value / total`; `null` when the total is 0. */
  readonly share: number | null
  /** Number of input rows summed into this item. */
  readonly rows: number
}

export interface BreakdownOther extends BreakdownItem {
  /** Number of distinct keys folded into "Other". */
  readonly members: number
}

export interface BreakdownResult {
  /** Largest first; ties by key (code-point order), so the output never depends on input order. */
  readonly items: BreakdownItem[]
  /** The folded remainder, or `null` when nothing was folded. */
  readonly other: BreakdownOther | null
  /** Sum over every row: items plus other add up to it. */
  readonly total: number
  /** Distinct keys before folding. */
  readonly count: number
}

/** Stable comparator: value descending, then key ascending. */
export function compareByValueThenKey(
  a: { value: number; key: string },
  b: { value: number; key: string },
): number {
  if (a.value !== b.value) return b.value - a.value
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0
}

interface Group {
  key: string
  label: string
  value: number
  rows: number
}

/** Groups and ranks rows (value descending, ties by key). Internal to the breakdowns. */
export function rankGroups<Row>(
  rows: Iterable<Row>,
  options: BreakdownOptions<Row>,
): { groups: Group[]; total: number } {
  const groups = new Map<string, Group>()
  let total = 0
  for (const row of rows) {
    const key = options.key(row)
    const value = options.value(row)
    total += value
    const group = groups.get(key)
    if (group === undefined) {
      groups.set(key, {
        key,
        label: options.label === undefined ? key : options.label(row),
        value,
        rows: 1,
      })
    } else {
      group.value += value
      group.rows += 1
    }
  }
  return { groups: [...groups.values()].sort(compareByValueThenKey), total }
}

/** Folds ranked groups into the top-N items and "Other". */
export function foldGroups(
  sorted: readonly Group[],
  total: number,
  options: { topN?: number | undefined; otherLabel?: string | undefined },
): BreakdownResult {
  const topN = options.topN ?? Infinity
  if (!(topN >= 0)) throw new RangeError(`topN must be ≥ 0, got ${String(topN)}`)
  const kept = sorted.slice(0, topN)
  const folded = sorted.slice(kept.length)
  const items = kept.map((group) => ({ ...group, share: shareOf(group.value, total) }))
  let other: BreakdownOther | null = null
  if (folded.length > 0) {
    let value = 0
    let count = 0
    for (const group of folded) {
      value += group.value
      count += group.rows
    }
    other = {
      key: '__other__',
      label: options.otherLabel ?? 'Other',
      value,
      share: shareOf(value, total),
      rows: count,
      members: folded.length,
    }
  }
  return { items, other, total, count: sorted.length }
}

/**
 * Groups rows by one dimension, sums a measure, ranks, computes shares and folds the tail into
 * "Other" (top-N). Integer measures (minor units) sum exactly, so `items + other = total`.
 */
export function breakdown<Row>(
  rows: Iterable<Row>,
  options: BreakdownOptions<Row>,
): BreakdownResult {
  const { groups, total } = rankGroups(rows, options)
  return foldGroups(groups, total, options)
}
