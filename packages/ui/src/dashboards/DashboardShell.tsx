import type { Table } from '@lago-analytics/core/export'
import { DEFAULT_FILTERS, type FilterState } from '@lago-analytics/core/filters'
import {
  FilterStoreProvider,
  urlSearchParamsAdapter,
  useLagoAnalytics,
  useOptionalFilters,
} from '@lago-analytics/react'
import {
  forwardRef,
  useCallback,
  useMemo,
  useRef,
  useState,
  type ComponentPropsWithoutRef,
  type ReactNode,
} from 'react'
import type { ExportFile } from '@lago-analytics/react'
import { ExportMenu } from '../controls/ExportMenu/ExportMenu.tsx'
import { FreshnessBadge } from '../controls/FreshnessBadge/FreshnessBadge.tsx'
import { cx } from '../internal/cx.ts'
import { DashboardContext, type DashboardContextValue } from './DashboardContext.ts'
import {
  DEFAULT_DASHBOARD_MESSAGES,
  type ComponentMessages,
  type DashboardMessages,
} from './DashboardMessages.ts'

export interface DashboardShellProps extends Omit<ComponentPropsWithoutRef<'div'>, 'title'> {
  title: ReactNode
  /** The filter bar (rendered under the header). */
  filters?: ReactNode
  messages?: Partial<DashboardMessages> | undefined
  /** Translations for the components inside (charts, KPI cards, export menus, freshness badge). */
  componentMessages?: ComponentMessages | undefined
  /** Initial filters of this dashboard's store. */
  initialFilters?: Partial<FilterState> | undefined
  /** Keep filters in the URL; `{ prefix }` to separate two dashboards on one page. Default off. */
  urlSync?: boolean | { prefix: string } | undefined
  /** Customer-scoped mode: this customer, whatever the URL says. */
  externalCustomerId?: string | undefined
  /** Link for "connect the Data API" / "not on this plan" explanations. */
  docsHref?: string | undefined
  /** `light`, `dark`, or follow the OS (default). */
  theme?: 'light' | 'dark' | undefined
  /** Called with every exported file (whole dashboard or one widget's is its own menu). */
  onExport?: ((file: ExportFile) => void) | undefined
  /** Save exports through a download. Default true; `false` leaves them to `onExport`. */
  download?: boolean | undefined
  children?: ReactNode
}

const EMPTY_COMPONENT_MESSAGES: ComponentMessages = {}

function CurrencyNotice({ messages }: { messages: DashboardMessages }) {
  const { defaultCurrency } = useLagoAnalytics('Dashboard')
  const filters = useOptionalFilters()
  const currency = filters?.currency ?? defaultCurrency
  return (
    <p className="lago-analytics-dashboard-notice" data-slot="dashboard-notice">
      {currency ? messages.currencyNotice(currency) : messages.noCurrencyNotice}
    </p>
  )
}

/**
 * The frame of a prebuilt dashboard, made of public parts only: its own filter store, a header
 * with the freshness badge and a whole-dashboard export (one workbook, a sheet per widget), the
 * currency notice, the filter bar, and a responsive grid of widgets.
 */
export const DashboardShell = /* @__PURE__ */ forwardRef<HTMLDivElement, DashboardShellProps>(
  function DashboardShell(
    {
      title,
      filters,
      messages: overrides,
      componentMessages = EMPTY_COMPONENT_MESSAGES,
      initialFilters,
      urlSync,
      externalCustomerId,
      docsHref,
      theme,
      onExport,
      download,
      className,
      children,
      ...rest
    },
    ref,
  ) {
    const messages = useMemo(() => ({ ...DEFAULT_DASHBOARD_MESSAGES, ...overrides }), [overrides])
    const tables = useRef(new Map<string, () => Table | null>())
    const [portalContainer, setPortalContainer] = useState<HTMLElement | null>(null)
    const registerTable = useCallback((id: string, getTable: () => Table | null) => {
      tables.current.set(id, getTable)
      return () => {
        tables.current.delete(id)
      }
    }, [])
    const context = useMemo<DashboardContextValue>(
      () => ({ messages, componentMessages, registerTable, docsHref, portalContainer }),
      [messages, componentMessages, registerTable, docsHref, portalContainer],
    )
    const prefix = urlSync ? (typeof urlSync === 'object' ? urlSync.prefix : '') : null
    // What the URL leaves out falls back to the initial filters (a customer scope included).
    const adapter = useMemo(() => {
      if (prefix === null) return undefined
      const url = urlSearchParamsAdapter({
        prefix,
        defaults: { ...DEFAULT_FILTERS, ...initialFilters },
      })
      return externalCustomerId === undefined
        ? url
        : { ...url, read: () => ({ ...url.read(), externalCustomerId }) }
    }, [prefix, initialFilters, externalCustomerId])
    const collect = useCallback(
      () =>
        [...tables.current.values()]
          .map((getTable) => getTable())
          .filter((table): table is Table => table !== null),
      [],
    )
    const setRefs = useCallback(
      (node: HTMLDivElement | null) => {
        setPortalContainer(node)
        if (typeof ref === 'function') ref(node)
        else if (ref) ref.current = node
      },
      [ref],
    )
    return (
      <FilterStoreProvider initialFilters={initialFilters} urlSync={adapter}>
        <DashboardContext.Provider value={context}>
          <div
            ref={setRefs}
            {...rest}
            className={cx('lago-analytics', 'lago-analytics-dashboard', className)}
            data-slot="dashboard"
            data-theme={theme}
          >
            <header className="lago-analytics-dashboard-header" data-slot="dashboard-header">
              <h2 className="lago-analytics-dashboard-title">{title}</h2>
              <div className="lago-analytics-dashboard-meta">
                <FreshnessBadge messages={componentMessages.freshness} />
                <ExportMenu
                  tables={collect}
                  label={messages.exportDashboard}
                  labels={componentMessages.exportMenu}
                  portalContainer={portalContainer}
                  onExported={onExport}
                  download={download}
                />
              </div>
            </header>
            <CurrencyNotice messages={messages} />
            {filters ? <div className="lago-analytics-dashboard-filters">{filters}</div> : null}
            <div className="lago-analytics-dashboard-grid" data-slot="dashboard-grid">
              {children}
            </div>
          </div>
        </DashboardContext.Provider>
      </FilterStoreProvider>
    )
  },
)
