import { useDashboard } from './DashboardContext.ts'
import { Widget } from './Widget.tsx'
import { widgetTitle } from './widgetTitle.ts'

/** A widget that needs Lago's Data API, on a Lago without it: says so, with a docs link. */
export function DataApiOnly({ id, title }: { id: string; title?: string | undefined }) {
  const { messages, docsHref } = useDashboard('DataApiOnly')
  const name = title ?? widgetTitle(id, messages)
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
