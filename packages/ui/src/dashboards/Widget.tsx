import type { Table } from '@lago-analytics/core/export'
import {
  forwardRef,
  useEffect,
  useId,
  useRef,
  type ComponentPropsWithoutRef,
  type ReactNode,
} from 'react'
import { ExportMenu } from '../controls/ExportMenu/ExportMenu.tsx'
import { cx } from '../internal/cx.ts'
import { useDashboard } from './DashboardContext.ts'
import { WidgetBoundary } from './WidgetBoundary.tsx'

export interface WidgetProps extends Omit<ComponentPropsWithoutRef<'section'>, 'title'> {
  /** Stable id (export sheet, `data-widget`). */
  widgetId: string
  title: ReactNode
  /** Plain title for the export sheet and menu. Default: `title` when it is a string. */
  exportTitle?: string | undefined
  /** The widget's data as a table, for its export menu and the dashboard export; `null` while none. */
  getTable?: (() => Table | null) | undefined
  /** Grid columns to span (of 12). Default 6; 12 is the full width. */
  span?: 3 | 4 | 6 | 8 | 12 | undefined
  /** Extra controls in the header (tabs, toggles). */
  actions?: ReactNode
  children?: ReactNode
}

/** A dashboard card: titled section, export menu, its own error boundary. */
export const Widget = /* @__PURE__ */ forwardRef<HTMLElement, WidgetProps>(function Widget(
  { widgetId, title, exportTitle, getTable, span = 6, actions, className, children, ...rest },
  ref,
) {
  const { messages, componentMessages, registerTable, portalContainer } = useDashboard('Widget')
  const titleId = useId()
  const latest = useRef(getTable)
  latest.current = getTable
  useEffect(
    () => registerTable(widgetId, () => latest.current?.() ?? null),
    [registerTable, widgetId],
  )
  const label = exportTitle ?? (typeof title === 'string' ? title : widgetId)
  return (
    <section
      ref={ref}
      aria-labelledby={titleId}
      {...rest}
      className={cx('lago-analytics-widget', className)}
      data-slot="widget"
      data-widget={widgetId}
      data-span={span}
    >
      <header className="lago-analytics-widget-header" data-slot="widget-header">
        <h3 id={titleId} className="lago-analytics-widget-title">
          {title}
        </h3>
        <div className="lago-analytics-widget-actions">
          {actions}
          {getTable ? (
            <ExportMenu
              getTable={() => {
                const table = latest.current?.()
                if (!table) throw new Error('No data to export yet')
                return table
              }}
              label={<span aria-label={`Export ${label}`}>Export</span>}
              portalContainer={portalContainer}
              labels={componentMessages.exportMenu}
            />
          ) : null}
        </div>
      </header>
      <WidgetBoundary message={messages.widgetError} retryLabel={messages.retry}>
        {children}
      </WidgetBoundary>
    </section>
  )
})
