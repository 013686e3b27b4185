import type { Cell, Column } from '@lago-analytics/core/export'

/** A legend entry (rendered as HTML by the chart frame, so names are never markup). */
export interface ChartLegendItem {
  /** The ECharts series `id` (for toggling) or an item key. */
  readonly key: string
  readonly name: string
  readonly color: string
  /** Comparison series are drawn dashed. */
  readonly dashed?: boolean | undefined
}

export interface TooltipRow {
  readonly key: string
  readonly name: string
  readonly value: string
  readonly color: string
  readonly dashed?: boolean | undefined
}

/** Tooltip content as plain strings: the frame renders it as text, never as HTML. */
export interface TooltipContent {
  readonly title: string
  readonly rows: readonly TooltipRow[]
  readonly note?: string | undefined
}

/** The data behind a chart as a table (the "view as table" alternative). */
export interface ChartTable {
  readonly columns: readonly Column[]
  readonly rows: readonly (readonly Cell[])[]
  readonly totals?: readonly Cell[] | undefined
}

/**
 * How pointer hover maps to data: along the x category axis (all series at an index), along the
 * y category axis (horizontal bars), or per item (pie, heatmap, waterfall).
 */
export type ChartHover = 'axis-x' | 'axis-y' | 'item' | 'none'

/** What a chart frame needs besides the ECharts option: text, legend, navigation, table. */
export interface ChartModel {
  readonly empty: boolean
  /** The aria description summarising the series. */
  readonly summary: string
  readonly legend: readonly ChartLegendItem[]
  /** Legend entries toggle series (by ECharts series `id`). */
  readonly legendToggles: boolean
  readonly hover: ChartHover
  /** ECharts series indices the Up/Down arrow keys visit, in order. */
  readonly navSeries: readonly number[]
  /** Number of points of an ECharts series. */
  length(seriesIndex: number): number
  /** The aria-live announcement of one point (`Subscription, March 2026: €1,200.00`). */
  describe(seriesIndex: number, dataIndex: number): string
  tooltip(seriesIndex: number, dataIndex: number): TooltipContent
  table(): ChartTable
}
