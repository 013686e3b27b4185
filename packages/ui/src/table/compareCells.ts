import type { Cell } from '@lago-analytics/core/export'

/**
 * Orders two cells ascending: numbers numerically, strings with the locale's collation (numeric
 * aware), booleans false first. `null` is not handled here (the table keeps it last).
 */
export function compareCells(a: Cell, b: Cell, collator: Intl.Collator): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b
  if (typeof a === 'string' && typeof b === 'string') return collator.compare(a, b)
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b)
  return collator.compare(String(a), String(b))
}
