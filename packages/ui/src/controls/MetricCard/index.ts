export {
  DEFAULT_METRIC_CARD_MESSAGES,
  MetricCard,
  type MetricCardDeltaProps,
  type MetricCardLabelProps,
  type MetricCardMessages,
  type MetricCardProps,
  type MetricCardRootProps,
  type MetricCardSparklineProps,
  type MetricCardSparklineRenderProps,
  type MetricCardState,
  type MetricCardValueProps,
} from './MetricCard.tsx'
export {
  DEFAULT_DELTA_LABELS,
  describeDelta,
  type DeltaDescription,
  type DeltaDirection,
  type DeltaLabels,
  type DeltaSentiment,
  type DeltaTone,
  type DescribeDeltaOptions,
} from './describeDelta.ts'
export {
  formatMetricValue,
  type FormatMetricValueOptions,
  type MetricFormat,
  type MetricValue,
} from './formatMetricValue.ts'
