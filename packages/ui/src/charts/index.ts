export * from './TimeSeriesChart/index.ts'
export * from './RevenueStreamsChart/index.ts'
export * from './MrrMovementsChart/index.ts'
export * from './BreakdownChart/index.ts'
export * from './DonutChart/index.ts'
export * from './HeatmapChart/index.ts'
export * from './Sparkline/index.ts'
export {
  createChartFormatters,
  type ChartFormatters,
  type ChartFormattersOptions,
} from './shared/chartFormatters.ts'
export type { ChartBuild, ChartProps, ChartView } from './shared/ChartFrame.tsx'
export { DEFAULT_CHART_MESSAGES, type ChartMessages } from './shared/ChartMessages.ts'
export type {
  ChartHover,
  ChartLegendItem,
  ChartModel,
  ChartTable,
  TooltipContent,
  TooltipRow,
} from './shared/ChartModel.ts'
export { LARGE_SERIES } from './shared/axes.ts'
