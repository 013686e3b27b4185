/**
 * The shape every benchmark section returns. `bench/run.ts` collects sections, prints them as
 * tables and writes `bench/results.md`. Ratios are always computed from figures measured in the
 * same run, never from stored numbers.
 */
export interface BenchTable {
  /** Column headers, first column is the row label. */
  readonly columns: readonly string[]
  readonly rows: readonly (readonly (string | number)[])[]
}

export interface BenchSection {
  /** e.g. "Render in Chromium". */
  readonly title: string
  /** One or two sentences: what was measured, how (median of N runs), on what data. */
  readonly method: string
  readonly tables: readonly BenchTable[]
  /** Goal checks, e.g. { goal: '≥ 10× faster than Recharts at 100k', met: true, detail: '14.2×' }. */
  readonly goals: readonly { goal: string; met: boolean; detail: string }[]
}
