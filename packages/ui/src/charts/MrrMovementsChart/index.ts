export { MrrMovementsChart, type MrrMovementsChartProps } from './MrrMovementsChart.tsx'
export { buildMrrMovementsOption, stepColor } from './buildMrrMovementsOption.ts'
export { mrrMovementsModel } from './mrrMovementsModel.ts'
export { DEFAULT_MRR_WATERFALL_TEXT, type MrrWaterfallText } from './mrrWaterfallText.ts'
