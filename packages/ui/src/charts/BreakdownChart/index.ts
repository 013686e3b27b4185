export { BreakdownChart, type BreakdownChartProps } from './BreakdownChart.tsx'
export { buildBreakdownOption } from './buildBreakdownOption.ts'
export {
  breakdownColor,
  breakdownItems,
  breakdownModel,
  DEFAULT_BREAKDOWN_TEXT,
  type BreakdownText,
} from './breakdownModel.ts'
