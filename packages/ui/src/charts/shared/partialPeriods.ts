import { LARGE_SERIES } from './axes.ts'

/** Suffix of the id of a line's dashed continuation over partial periods. */
export const PARTIAL_SERIES_SUFFIX = '::partial'

/** Opacity of a bar whose period is partial (its figures can still change). */
export const PARTIAL_BAR_OPACITY = 0.45

type Plotted = number | null

/** The index of the first partial period (they are the last ones), or -1. */
function firstPartial(periods: readonly { readonly partial?: boolean | undefined }[]): number {
  return periods.findIndex((period) => period.partial === true)
}

/**
 * Bar data with the bars of partial periods faded, so the current month's smaller bar reads as
 * "not over yet" rather than as a drop. Plain values above ECharts' large-mode threshold (it takes
 * numbers only).
 */
export function fadePartialBars(
  values: readonly Plotted[],
  periods: readonly { readonly partial?: boolean | undefined }[],
): (Plotted | { value: number; itemStyle: { opacity: number } })[] {
  if (values.length > LARGE_SERIES || firstPartial(periods) < 0) return [...values]
  return values.map((value, index) =>
    value !== null && periods[index]?.partial === true
      ? { value, itemStyle: { opacity: PARTIAL_BAR_OPACITY } }
      : value,
  )
}

/**
 * A line split at the last complete period: `solid` up to it, `dashed` from it over the partial
 * periods (`null` when there are none, or only partial ones: nothing to tell apart).
 */
export function splitPartialLine(
  values: readonly Plotted[],
  periods: readonly { readonly partial?: boolean | undefined }[],
): { solid: Plotted[]; dashed: Plotted[] | null } {
  const first = firstPartial(periods)
  if (first <= 0) return { solid: [...values], dashed: null }
  return {
    solid: values.map((value, index) => (index < first ? value : null)),
    dashed: values.map((value, index) => (index >= first - 1 ? value : null)),
  }
}

/**
 * The dashed continuation of a line series over partial periods: same colour and symbols, no
 * events of its own (tooltips and keyboard go by the main series), hidden with it.
 */
export function partialLineSeries(
  main: Record<string, unknown> & { id: string },
  dashed: Plotted[],
): Record<string, unknown> {
  const lineStyle = (main['lineStyle'] as Record<string, unknown> | undefined) ?? {}
  return {
    ...main,
    id: `${main.id}${PARTIAL_SERIES_SUFFIX}`,
    data: dashed,
    lineStyle: { ...lineStyle, type: 'dashed' },
    silent: true,
    emphasis: { disabled: true },
  }
}

/** The id of the series a partial continuation belongs to (the id itself otherwise). */
export function mainSeriesId(id: string): string {
  return id.endsWith(PARTIAL_SERIES_SUFFIX) ? id.slice(0, -PARTIAL_SERIES_SUFFIX.length) : id
}
