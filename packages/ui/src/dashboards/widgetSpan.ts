/** Prebuilt widgets that span the whole grid row (the others take half of it). */
const FULL_WIDTH: ReadonlySet<string> = new Set([
  'kpis',
  'revenueStreams',
  'revenueBreakdown',
  'planPivot',
  'segmentPivot',
  'usageOverTime',
  'credits',
  'forecast',
])

/** The grid columns (of 12) a prebuilt widget spans; 6 for any other id. */
export function widgetSpan(id: string): 6 | 12 {
  return FULL_WIDTH.has(id) ? 12 : 6
}
