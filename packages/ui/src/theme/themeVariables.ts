import type { ChartTheme } from './chartTheme.ts'

type ColorKey = Exclude<keyof ChartTheme, 'mode' | 'palette'>

/** The CSS custom property behind each theme field (`styles.css` defines them all). */
export const THEME_VARIABLES: { readonly [K in ColorKey]: string } = {
  fontFamily: '--lago-analytics-font-family',
  text: '--lago-analytics-color-text',
  textMuted: '--lago-analytics-color-text-muted',
  background: '--lago-analytics-color-background',
  border: '--lago-analytics-color-border',
  grid: '--lago-analytics-color-grid',
  axis: '--lago-analytics-color-axis',
  positive: '--lago-analytics-color-positive',
  negative: '--lago-analytics-color-negative',
  total: '--lago-analytics-color-total',
  other: '--lago-analytics-color-other',
  heatmapLow: '--lago-analytics-color-heatmap-low',
  heatmapHigh: '--lago-analytics-color-heatmap-high',
  heatmapEmpty: '--lago-analytics-color-heatmap-empty',
}

/** `--lago-analytics-color-series-1` … `-8`. */
export const SERIES_VARIABLE_PREFIX = '--lago-analytics-color-series-'
export const PALETTE_SIZE = 8
