export { DonutChart, type DonutChartProps } from './DonutChart.tsx'
export { buildDonutOption } from './buildDonutOption.ts'
