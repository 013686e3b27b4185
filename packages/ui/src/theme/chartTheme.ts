/** Colours and type of a chart, resolved from the `--lago-analytics-*` CSS variables. */
export interface ChartTheme {
  readonly mode: 'light' | 'dark'
  readonly fontFamily: string
  readonly text: string
  readonly textMuted: string
  readonly background: string
  readonly border: string
  /** Split lines of value axes. */
  readonly grid: string
  /** Axis lines and ticks. */
  readonly axis: string
  /** Categorical series colours, colour-blind safe (Okabe–Ito based). */
  readonly palette: readonly string[]
  /** Increases (waterfall, deltas). */
  readonly positive: string
  /** Decreases (waterfall, contra revenue). */
  readonly negative: string
  /** Totals (waterfall start/end, net line). */
  readonly total: string
  /** The folded "Other" item of a breakdown. */
  readonly other: string
  readonly heatmapLow: string
  readonly heatmapHigh: string
  readonly heatmapEmpty: string
}

/** Okabe & Ito (2008) colour-blind-safe palette, ordered for contrast on a light background. */
export const OKABE_ITO_LIGHT: readonly string[] = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#D55E00',
  '#56B4E9',
  '#CC79A7',
  '#F0E442',
  '#000000',
]

/** The same hues for a dark background (sky blue first, white instead of black). */
export const OKABE_ITO_DARK: readonly string[] = [
  '#56B4E9',
  '#E69F00',
  '#009E73',
  '#D55E00',
  '#CC79A7',
  '#F0E442',
  '#0072B2',
  '#FFFFFF',
]

/** Static themes: the fallback for SSR, jsdom and hosts that did not load `styles.css`. */
export const LIGHT_CHART_THEME: ChartTheme = {
  mode: 'light',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  text: '#19212e',
  textMuted: '#66738a',
  background: '#ffffff',
  border: '#d9dee7',
  grid: '#e8ebf0',
  axis: '#b8c0cc',
  palette: OKABE_ITO_LIGHT,
  positive: '#009E73',
  negative: '#D55E00',
  total: '#19212e',
  other: '#8c96a5',
  heatmapLow: '#e8f3fa',
  heatmapHigh: '#0072B2',
  heatmapEmpty: '#f5f6f8',
}

export const DARK_CHART_THEME: ChartTheme = {
  mode: 'dark',
  fontFamily: LIGHT_CHART_THEME.fontFamily,
  text: '#e8ebf0',
  textMuted: '#9aa5b5',
  background: '#151a23',
  border: '#2f3846',
  grid: '#262e3a',
  axis: '#4a5566',
  palette: OKABE_ITO_DARK,
  positive: '#2fbf94',
  negative: '#ff8a4c',
  total: '#e8ebf0',
  other: '#7d8899',
  heatmapLow: '#1d2a38',
  heatmapHigh: '#56B4E9',
  heatmapEmpty: '#1b212b',
}

/** The static theme of a mode. */
export function staticChartTheme(mode: 'light' | 'dark'): ChartTheme {
  return mode === 'dark' ? DARK_CHART_THEME : LIGHT_CHART_THEME
}
