export { RevenueStreamsChart, type RevenueStreamsChartProps } from './RevenueStreamsChart.tsx'
export { buildRevenueStreamsOption } from './buildRevenueStreamsOption.ts'
export {
  DEFAULT_REVENUE_STREAMS_LABELS,
  revenueStreamsSeries,
  type RevenueStreamsLabels,
  type RevenueStreamsRole,
} from './revenueStreamsSeries.ts'
