import type { Bucket, Granularity, PeriodAggregate } from '@lago-analytics/core'

/** An x position: a bucket of core's timeline (transform points satisfy this shape). */
export interface TimeSeriesPeriod {
  readonly bucket: Bucket
  /** Figures can still change (core's `isPartialPeriod`): flagged in tooltips and tables. */
  readonly partial?: boolean | undefined
}

export interface TimeSeriesSeries {
  readonly key: string
  /** Display name (user data: always rendered as text). */
  readonly name: string
  /** One raw value per period (minor units for money); `null` is a gap. */
  readonly values: readonly (number | null)[]
  /** Overrides the palette colour. */
  readonly color?: string | undefined
  /**
   * The table's totals-row value when it is not the sum of `values` (minor units for money), e.g.
   * a projection drawn only over the open periods whose total is the closed periods' actual
   * figures plus the forecast; `null` leaves the cell blank.
   */
  readonly total?: number | null | undefined
}

/** A baseline drawn dashed in the colour of the series it compares with. */
export interface TimeSeriesComparison {
  readonly key: string
  /** Key of the compared series. */
  readonly of: string
  readonly name: string
  /** Previous period or same period last year (core's `BaselineKind`). */
  readonly baseline: 'period' | 'year'
  readonly values: readonly (number | null)[]
}

/** Plain data of a time-series chart; build it from any core transform or data source. */
export interface TimeSeriesData {
  readonly granularity: Granularity
  readonly periods: readonly TimeSeriesPeriod[]
  readonly series: readonly TimeSeriesSeries[]
  readonly comparisons?: readonly TimeSeriesComparison[] | undefined
  /** How values combine over the range: flows `sum` (a totals row), balances `last`. */
  readonly aggregate?: PeriodAggregate | undefined
}

export type TimeSeriesKind = 'line' | 'area' | 'bar'

export interface TimeSeriesDisplay {
  readonly kind: TimeSeriesKind
  /** Stack the series (areas, bars) instead of overlaying or grouping them. */
  readonly stacked: boolean
  readonly animation: boolean
}
