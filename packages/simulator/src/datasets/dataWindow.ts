import type { Ledger } from '../ledger'
import { createBucketing, type Bucketing, type Granularity } from '../query/bucketing'

/** How far past `today` the simulator computes anything (balances, forecasts). */
export const FUTURE_LIMIT_DAYS = 731

/**
 * Buckets for a request window, clipped to where the ledger can have data: nothing exists
 * before the organisation's creation, and nothing is computed more than two years ahead.
 * `null` when the clipped window is empty.
 */
export function dataWindow(
  ledger: Ledger,
  granularity: Granularity,
  fromDay: number,
  toDay: number,
): Bucketing | null {
  const from = Math.max(fromDay, ledger.historyStart)
  const to = Math.min(toDay, ledger.today + FUTURE_LIMIT_DAYS)
  if (from > to) return null
  return createBucketing(granularity, from, to)
}

/** Currency indexes in the order rows are emitted (alphabetical by code). */
export function currencyOrder(ledger: Ledger): number[] {
  return ledger.currencies
    .map((currency, index) => ({ code: currency.code, index }))
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
    .map((entry) => entry.index)
}
