/** Synthetic daily series shared by every render page, so all libraries draw the same points. */

const DAY_MS = 86_400_000
/** The last day of every series (the series ends here and starts `n - 1` days earlier). */
const LAST_DAY = Date.UTC(2026, 5, 14)

/** `n` consecutive days ending on 2026-06-14, as UTC midnight timestamps (ms). */
export function dayTimes(n: number): number[] {
  const first = LAST_DAY - (n - 1) * DAY_MS
  return Array.from({ length: n }, (_, i) => first + i * DAY_MS)
}

/** The same days as `YYYY-MM-DD` keys. */
export function dayKeys(n: number): string[] {
  return dayTimes(n).map((t) => new Date(t).toISOString().slice(0, 10))
}

/** A seeded random walk of `n` non-negative integers (revenue-like, minor units). */
export function randomWalk(n: number, seed: number): number[] {
  const values = new Array<number>(n)
  let state = seed >>> 0 || 1
  let value = 50_000
  for (let i = 0; i < n; i++) {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0
    value = Math.max(0, value + ((state % 2001) - 1000))
    values[i] = value
  }
  return values
}

/** `?name=` of the page URL as a number. */
export function numberParam(name: string, fallback: number): number {
  const raw = new URLSearchParams(window.location.search).get(name)
  const value = raw === null ? Number.NaN : Number(raw)
  return Number.isFinite(value) ? value : fallback
}
