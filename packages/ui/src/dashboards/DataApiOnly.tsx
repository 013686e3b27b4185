import { useDashboard } from './DashboardContext.ts'
import type { DashboardMessages } from './DashboardMessages.ts'
import { Widget } from './Widget.tsx'

const TITLES: Record<string, keyof DashboardMessages> = {
  mrrByPlan: 'mrrByPlan',
  revenueBreakdown: 'revenueBreakdown',
  planPivot: 'planOverTime',
  segmentPivot: 'segmentPivot',
  usageAcrossCustomers: 'usageAcrossCustomers',
  usageAcrossSubscriptions: 'usageAcrossSubscriptions',
  credits: 'creditConsumption',
  forecast: 'usageForecast',
  meteredVsRecurring: 'meteredVsRecurring',
  invoicedUsage: 'invoicedUsage',
}

/** A widget that needs Lago's Data API, on a Lago without it: says so, with a docs link. */
export function DataApiOnly({ id, title }: { id: string; title?: string | undefined }) {
  const { messages, docsHref } = useDashboard('DataApiOnly')
  const key = TITLES[id]
  const name = title ?? (key ? String(messages[key]) : id)
  return (
    <Widget widgetId={id} title={name}>
      <div
        className="lago-analytics-widget-note"
        data-slot="widget-unavailable"
        data-state="unavailable"
        data-reason="data-api"
      >
        <p>{messages.dataApiHint}</p>
        {docsHref ? (
          <a className="lago-analytics-link" href={docsHref}>
            {messages.connectDataApi}
          </a>
        ) : null}
      </div>
    </Widget>
  )
}
