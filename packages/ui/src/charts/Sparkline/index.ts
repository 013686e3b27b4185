export { Sparkline, type SparklineProps } from './Sparkline.tsx'
export { buildSparklineOption } from './buildSparklineOption.ts'
export { sparklineModel } from './sparklineModel.ts'
