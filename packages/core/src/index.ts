// @lago-analytics/core: errors, money, time (buckets, gap-fill, roll-ups, labels, freshness),
// transforms and period comparison. Exports live in `@lago-analytics/core/export`, filter state in
// `@lago-analytics/core/filters`, so an app loads them only where it uses them.

// Errors
export {
  CurrencyMismatchError,
  InvalidDateError,
  InvalidGranularityError,
  InvalidMoneyError,
  InvalidRangeError,
  InvalidTableError,
  LagoCoreError,
  type LagoCoreErrorCode,
} from './errors.ts'

// Money
export { currencyExponent, decimalToMinor } from '@lago-analytics/client/protocol'
export {
  assertMinorUnits,
  isMoney,
  money,
  moneyExponent,
  normalizeCurrency,
  type Money,
} from './money/Money.ts'
export {
  addMoney,
  compareMoney,
  negateMoney,
  subtractMoney,
  sumMoney,
  type SameCurrency,
} from './money/moneyMath.ts'
export {
  formatMajorUnits,
  formatMoney,
  minorToDecimalString,
  moneyFromMajor,
  moneyToDecimalString,
  toMajorUnits,
  type FormatMoneyOptions,
  type MoneyNotation,
} from './money/formatMoney.ts'

// Time
export {
  addDays,
  addMonths,
  assertDateKey,
  dateKeyOfInstant,
  daysBetweenInclusive,
  daysInMonth,
  fromDayNumber,
  instantOfDateKey,
  isDateKey,
  isoWeekday,
  parseDateKey,
  toDayNumber,
  type DateKey,
} from './time/dateKey.ts'
export {
  fetchGranularity,
  fromTimeGranularity,
  GRANULARITIES,
  isGranularity,
  nestsIn,
  TIME_GRANULARITY,
  toTimeGranularity,
  type ApiGranularity,
  type Granularity,
} from './time/granularity.ts'
export {
  bucketEnd,
  bucketOf,
  bucketsInRange,
  bucketStart,
  isClipped,
  shiftBucket,
  type Bucket,
} from './time/bucket.ts'
export {
  alignmentOf,
  assertDateRange,
  DATE_RANGE_PRESETS,
  isDateRange,
  isDateRangePreset,
  previousPeriod,
  rangeLengthInDays,
  resolveDateRange,
  samePeriodLastYear,
  type DateRange,
  type DateRangePreset,
  type DateRangeSelection,
  type PeriodAlignment,
} from './time/dateRange.ts'
export { fillBuckets, type FillBucketsOptions } from './time/fillBuckets.ts'
export { zeroRow, type ZeroableDataset } from './time/zeroRow.ts'
export { rollup, type Aggregation, type NumericKeys, type RollupOptions } from './time/rollup.ts'
export {
  formatBucket,
  formatInstant,
  isoWeekLabel,
  type FormatBucketOptions,
  type FormatInstantOptions,
} from './time/formatBucket.ts'
export {
  dataAsOf,
  isPartialPeriod,
  lastCompleteDay,
  msUntilNextRefresh,
  nextRefreshAt,
  type FreshnessOptions,
} from './time/freshness.ts'
export type { BucketedRow } from './internal/rowPeriod.ts'
export type { SeriesPointMeta, TransformOptions } from './internal/series.ts'

// Transforms
export {
  CONTRA_ITEMS,
  GROSS_STREAMS,
  toRevenueStreams,
  type ContraBreakdown,
  type ContraItem,
  type GrossBreakdown,
  type GrossStream,
  type RevenueStreamsPoint,
  type RevenueStreamsResult,
} from './transforms/revenueStreams.ts'
export {
  assertMrrChain,
  checkMrrChain,
  MrrChainError,
  mrrWaterfall,
  toMrrMovements,
  type MrrChainIssue,
  type MrrChainIssueKind,
  type MrrMovements,
  type MrrMovementsResult,
  type MrrPoint,
  type WaterfallStep,
  type WaterfallStepKey,
} from './transforms/mrrMovements.ts'
export {
  breakdown,
  compareByValueThenKey,
  type BreakdownItem,
  type BreakdownOptions,
  type BreakdownOther,
  type BreakdownResult,
} from './transforms/breakdown.ts'
export {
  breakdownBySubscription,
  breakdownMrrByPlan,
  breakdownRevenueByCustomer,
  breakdownRevenueByPlan,
  type MoneyBreakdown,
  type MoneyBreakdownOptions,
  type RevenueMeasure,
  type SubscriptionAmount,
} from './transforms/breakdownRevenue.ts'
export {
  pivot,
  pivotByTime,
  type Pivot,
  type PivotByTimeOptions,
  type PivotHeader,
  type PivotOptions,
  type PivotOrder,
  type TimePivot,
} from './transforms/pivot.ts'
export {
  usageByMetric,
  type MetricUsage,
  type UsageByMetricResult,
} from './transforms/usageByMetric.ts'
export {
  usageMeteredVsRecurring,
  type AmountRow,
  type MeteredRecurringPoint,
  type MeteredVsRecurringResult,
} from './transforms/usageMeteredVsRecurring.ts'
export {
  concentration,
  usageDistribution,
  type Concentration,
  type UsageDistributionResult,
} from './transforms/usageDistribution.ts'
export {
  toPrepaidCredits,
  type CreditFlows,
  type CreditQuantities,
  type PrepaidCreditsOptions,
  type PrepaidCreditsPoint,
  type PrepaidCreditsResult,
  type RunOutEstimate,
} from './transforms/prepaidCredits.ts'
export {
  toInvoiceCollection,
  type CollectionPoint,
  type InvoiceCollectionResult,
  type InvoiceTally,
} from './transforms/invoiceCollection.ts'
export {
  toOverdueBalance,
  type OverdueBalanceResult,
  type OverduePoint,
} from './transforms/overdueBalance.ts'
export {
  baselineRange,
  compareSeries,
  comparePeriods,
  compareValues,
  seriesOf,
  type BaselineKind,
  type ComparedPoint,
  type CompareSeriesOptions,
  type ComparePeriodsOptions,
  type Comparison,
  type PeriodAggregate,
  type PeriodComparison,
  type SeriesValue,
} from './transforms/comparePeriods.ts'
