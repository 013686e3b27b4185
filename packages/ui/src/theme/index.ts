export {
  DARK_CHART_THEME,
  LIGHT_CHART_THEME,
  OKABE_ITO_DARK,
  OKABE_ITO_LIGHT,
  staticChartTheme,
  type ChartTheme,
} from './chartTheme.ts'
export { colorSchemeOf, resolveChartTheme } from './resolveChartTheme.ts'
export { PALETTE_SIZE, SERIES_VARIABLE_PREFIX, THEME_VARIABLES } from './themeVariables.ts'
export { useChartTheme } from './useChartTheme.ts'
