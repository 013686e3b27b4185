export { TimeSeriesChart, type TimeSeriesChartProps } from './TimeSeriesChart.tsx'
export { buildTimeSeriesOption } from './buildTimeSeriesOption.ts'
export {
  DEFAULT_TIME_SERIES_TEXT,
  timeSeriesModel,
  type TimeSeriesModelText,
} from './timeSeriesModel.ts'
export type {
  TimeSeriesComparison,
  TimeSeriesData,
  TimeSeriesDisplay,
  TimeSeriesKind,
  TimeSeriesPeriod,
  TimeSeriesSeries,
} from './TimeSeriesData.ts'
