export { DashboardShell, type DashboardShellProps } from './DashboardShell.tsx'
export { DashboardContext, useDashboard, type DashboardContextValue } from './DashboardContext.ts'
export { DEFAULT_DASHBOARD_MESSAGES, type DashboardMessages } from './DashboardMessages.ts'
export { DataApiOnly } from './DataApiOnly.tsx'
export {
  RevenueDashboard,
  REVENUE_WIDGETS,
  type RevenueDashboardProps,
  type RevenueWidgetId,
} from './RevenueDashboard.tsx'
export { useDataApiStatus } from './useDataApiStatus.ts'
export { useDatasetTable } from './useDatasetTable.ts'
export {
  DEFAULT_COUNTRIES,
  DEFAULT_CURRENCIES,
  useFilterOptions,
  type DashboardFilterOptions,
  type FilterOptionsDerivation,
} from './useFilterOptions.ts'
export { Widget, type WidgetProps } from './Widget.tsx'
export { WidgetBoundary } from './WidgetBoundary.tsx'
export { WidgetSlot, type WidgetSlotProps } from './WidgetSlot.tsx'
export * from './RevenueWidgets.tsx'
export {
  UsageDashboard,
  USAGE_WIDGETS,
  type UsageDashboardProps,
  type UsageWidgetId,
} from './UsageDashboard.tsx'
export * from './UsageWidgets.tsx'
export type { DashboardProps } from './DashboardProps.ts'
