import type { Table } from '@lago-analytics/core/export'
import { createContext, useContext } from 'react'
import type { ComponentMessages, DashboardMessages } from './DashboardMessages.ts'

export interface DashboardContextValue {
  messages: DashboardMessages
  /** Translations handed down to the charts, KPI cards, export menus and freshness badge. */
  componentMessages: ComponentMessages
  /** A widget offers its data to the whole-dashboard export; returns an unregister function. */
  registerTable(id: string, getTable: () => Table | null): () => void
  /** Where "connect the Data API" and "not on this plan" states link to. */
  docsHref: string | undefined
  /** Portal target for menus, so they inherit the dashboard's theme. */
  portalContainer: HTMLElement | null
}

export const DashboardContext = /* @__PURE__ */ createContext<DashboardContextValue | null>(null)
DashboardContext.displayName = 'LagoAnalyticsDashboardContext'

export function useDashboard(part: string): DashboardContextValue {
  const value = useContext(DashboardContext)
  if (!value) throw new Error(`${part} must be used inside a Lago analytics dashboard`)
  return value
}
