export { HeatmapChart, type HeatmapChartProps } from './HeatmapChart.tsx'
export { buildHeatmapOption, heatColor } from './buildHeatmapOption.ts'
export { heatmapModel } from './heatmapModel.ts'
export { pivotColumnLabels, pivotMax } from './heatmapCells.ts'
