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
function splitPartialLine(
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
function partialLineSeries(
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

type SeriesEntry = Record<string, unknown> & { id: string }

/**
 * Every unstacked line of `series` solid up to the last complete period, plus its dashed
 * continuation over the partial ones (returned apart: callers append them after all their other
 * series, so that series indices stay those of their data). Bars, stacks and other series are
 * returned as they are.
 */
export function splitPartialLines(
  series: readonly SeriesEntry[],
  periods: readonly { readonly partial?: boolean | undefined }[],
): { series: SeriesEntry[]; continuations: Record<string, unknown>[] } {
  const continuations: Record<string, unknown>[] = []
  const split = series.map((entry) => {
    if (entry['type'] !== 'line' || entry['stack'] !== undefined) return entry
    const { solid, dashed } = splitPartialLine(entry['data'] as Plotted[], periods)
    if (dashed === null) return entry
    continuations.push(partialLineSeries(entry, dashed))
    return { ...entry, data: solid }
  })
  return { series: split, continuations }
}
