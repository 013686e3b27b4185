import type { ReactNode } from 'react'
import { useDashboard } from './DashboardContext.ts'
import { Widget } from './Widget.tsx'
import { WidgetBoundary } from './WidgetBoundary.tsx'
import { widgetSpan } from './widgetSpan.ts'
import { widgetTitle } from './widgetTitle.ts'

export interface WidgetSlotProps {
  /** The widget's id (`data-widget` of the error panel). */
  id: string
  /** Title of the error panel. Default: the prebuilt widget's title for `id`, else `id`. */
  title?: string | undefined
  /** Grid columns of the error panel. Default: the prebuilt widget's for `id`, else 6. */
  span?: 3 | 4 | 6 | 8 | 12 | undefined
  children?: ReactNode
}

/**
 * An error boundary around a whole widget component, hooks and transforms included. `Widget`'s
 * own boundary covers what it renders, not the component that computes its data: when that throws
 * (a transform rejecting rows, a bug), this shows a titled error panel with Retry in the widget's
 * place and the rest of the dashboard stays.
 */
export function WidgetSlot({ id, title, span, children }: WidgetSlotProps) {
  const { messages } = useDashboard('WidgetSlot')
  return (
    <WidgetBoundary
      message={messages.widgetError}
      retryLabel={messages.retry}
      frame={(panel) => (
        <Widget
          widgetId={id}
          title={title ?? widgetTitle(id, messages)}
          span={span ?? widgetSpan(id)}
        >
          {panel}
        </Widget>
      )}
    >
      {children}
    </WidgetBoundary>
  )
}
