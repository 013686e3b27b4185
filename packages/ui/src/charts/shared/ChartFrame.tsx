import type { DatasetState, UnavailableReason } from '@lago-analytics/react'
import type { EChartsCoreOption, EChartsType } from 'echarts/core'
import { dispose, getInstanceByDom, init, use as registerECharts } from 'echarts/core'
import EChartsReactCoreModule from '#echarts-react-core'
import {
  forwardRef,
  lazy,
  Suspense,
  useCallback,
  useId,
  useMemo,
  useRef,
  useState,
  type HTMLAttributes,
  type KeyboardEvent,
  type ReactNode,
} from 'react'
import { assertNever } from '../../internal/assertNever.ts'
import { cx } from '../../internal/cx.ts'
import { useControllableState } from '../../internal/useControllableState.ts'
import { useMediaQuery } from '../../internal/useMediaQuery.ts'
import { useMergedRef } from '../../internal/useMergedRef.ts'
import type { ChartTheme } from '../../theme/chartTheme.ts'
import { useChartThemeState } from '../../theme/useChartTheme.ts'
import { mainSeriesId } from './partialPeriods.ts'
import { DEFAULT_CHART_MESSAGES, type ChartMessages } from './ChartMessages.ts'
import type { ChartModel, TooltipContent } from './ChartModel.ts'

// The table view (DataTable + @tanstack/react-virtual) loads on demand, in its own chunk.
const DataTable = /* @__PURE__ */ lazy(() =>
  import('../../table/DataTable/DataTable.tsx').then((m) => ({ default: m.DataTable })),
)

// `#echarts-react-core` (package.json "imports") is echarts-for-react's ES module build for
// bundlers (tslib tree-shaken: ≈ 3 KB smaller per chart) and its CommonJS build under Node
// (SSR, tests), whose ESM files lack "type": "module". Unwrap `default` when a runtime hands
// us the CommonJS module.
const EChartsReactCore = ((EChartsReactCoreModule as unknown as { default?: unknown }).default ??
  EChartsReactCoreModule) as typeof EChartsReactCoreModule

/** The `echarts/core` functions echarts-for-react calls (never the full `echarts` entry). */
const ECHARTS_CORE = { init, getInstanceByDom, dispose }
const NO_EVENTS = {}

export type ChartView = 'chart' | 'table'

/** Props every chart accepts (besides its data). */
export interface ChartProps extends Omit<
  HTMLAttributes<HTMLDivElement>,
  'children' | 'onError' | 'title'
> {
  /**
   * What to show: react's `DatasetState`. Default: `ready` with data, `empty` without (a
   * `ready` chart whose data has no points also shows `empty`).
   */
  state?: DatasetState | undefined
  /** Why the dataset is unavailable (`plan` or `data-api`), for `state="unavailable"`. */
  unavailableReason?: UnavailableReason | null | undefined
  /** The error behind `state="error"` (its message is not shown: it can hold upstream detail). */
  error?: unknown
  /** Shows a Retry button in the error state. */
  onRetry?: (() => void) | undefined
  /** BCP 47 locale; default the provider's, else `en-US`. */
  locale?: string | undefined
  /** Accessible name of the chart. */
  label?: string | undefined
  /** Plot height in px. Default 300 (Sparkline 40). */
  height?: number | undefined
  /** Fixed plot width in px; default: the container's width, following resizes. */
  width?: number | undefined
  /** Skip CSS-variable resolution and use this theme. */
  theme?: ChartTheme | undefined
  view?: ChartView | undefined
  defaultView?: ChartView | undefined
  onViewChange?: ((view: ChartView) => void) | undefined
  /** Show the chart/table toggle. Default `true` (Sparkline `false`). */
  tableToggle?: boolean | undefined
  /** Show the HTML legend (when the chart has one). Default `true`. */
  legend?: boolean | undefined
  /**
   * `canvas` (default). `svg` needs `use([SVGRenderer])` from `echarts/renderers` first: only the
   * canvas renderer is registered by the charts, to keep bundles small.
   */
  renderer?: 'canvas' | 'svg' | undefined
  /** Animations; default on unless the user prefers reduced motion. */
  animation?: boolean | undefined
  /** Called with the raw ECharts instance (again whenever it is recreated). */
  onInit?: ((instance: EChartsType) => void) | undefined
  /** ECharts events (`{ click: (params, instance) => … }`). */
  onEvents?: Record<string, (params: unknown, instance: EChartsType) => void> | undefined
  messages?: Partial<ChartMessages> | undefined
}

export interface ChartBuild {
  readonly option: EChartsCoreOption
  readonly model: ChartModel
}

/** What `use()` from echarts/core takes: the series, components and renderer a chart draws with. */
export type EChartsModules = Parameters<typeof registerECharts>[0]

const registered = new WeakSet<object>()

/**
 * Registers a chart's ECharts modules the first time it renders (idempotent, before the
 * instance initialises in the commit phase). Registering here rather than at import keeps the
 * chart modules free of import-time side effects, so bundlers drop every chart an app does not
 * render, even when it imports from the package root.
 */
function useEChartsModules(modules: EChartsModules) {
  if (!registered.has(modules)) {
    registerECharts(modules)
    registered.add(modules)
  }
}

interface ChartFrameProps extends ChartProps {
  /** BEM-ish modifier: `lago-analytics-chart--<kind>`. */
  kind: string
  /** The ECharts modules this chart draws with, registered on first render. */
  echartsModules: EChartsModules
  defaultLabel: string
  /** Builds option + model; `null` when there is no data. Memoise it in the chart. */
  build: ((theme: ChartTheme, animation: boolean) => ChartBuild) | null
  /** Render the plot as a non-interactive image (Sparkline). */
  decorative?: boolean | undefined
}

interface Active {
  readonly series: number
  readonly index: number
  /** Tooltip position (px in the surface); `null`: keyboard, pinned to the corner. */
  readonly at: { x: number; y: number } | null
}

type SeriesOption = { id?: unknown; data?: unknown }

function withHidden(option: EChartsCoreOption, hidden: ReadonlySet<string>): EChartsCoreOption {
  if (hidden.size === 0 || !Array.isArray(option.series)) return option
  return {
    ...option,
    series: (option.series as SeriesOption[]).map((series) =>
      // A series' dashed continuation over partial periods goes with it.
      typeof series.id === 'string' && hidden.has(mainSeriesId(series.id))
        ? { ...series, data: [] }
        : series,
    ),
  }
}

function seriesIds(option: EChartsCoreOption): (string | undefined)[] {
  if (!Array.isArray(option.series)) return []
  return (option.series as SeriesOption[]).map((series) =>
    typeof series.id === 'string' ? series.id : undefined,
  )
}

/** The shell shared by every chart: states, legend, tooltip, keyboard, table view. */
export const ChartFrame = /* @__PURE__ */ forwardRef<HTMLDivElement, ChartFrameProps>(
  function ChartFrame(
    {
      kind,
      echartsModules,
      defaultLabel,
      build,
      decorative = false,
      state: stateProp,
      unavailableReason,
      error: _error,
      onRetry,
      locale = 'en-US',
      label,
      height = 300,
      width,
      theme: themeProp,
      view: viewProp,
      defaultView = 'chart',
      onViewChange,
      tableToggle = true,
      legend: showLegend = true,
      renderer = 'canvas',
      animation: animationProp,
      onInit,
      onEvents,
      messages: messagesProp,
      className,
      ...rest
    },
    ref,
  ) {
    useEChartsModules(echartsModules)
    const rootRef = useRef<HTMLDivElement | null>(null)
    const mergedRef = useMergedRef(ref, rootRef)
    const messages = useMemo(() => ({ ...DEFAULT_CHART_MESSAGES, ...messagesProp }), [messagesProp])
    const { theme, resolved: themeResolved } = useChartThemeState(rootRef, themeProp)
    const reducedMotion = useMediaQuery('(prefers-reduced-motion: reduce)')
    const animation = animationProp ?? !reducedMotion
    const [view, setView] = useControllableState<ChartView>(viewProp, defaultView, onViewChange)
    const [hidden, setHidden] = useState<ReadonlySet<string>>(() => new Set())
    const [active, setActive] = useState<Active | null>(null)
    const [announcement, setAnnouncement] = useState('')
    const instanceRef = useRef<EChartsType | null>(null)
    const id = useId()
    const descriptionId = `${id}-description`

    const built = useMemo(
      () => (build === null ? null : build(theme, animation)),
      [build, theme, animation],
    )
    const model = built?.model ?? null
    const state: DatasetState =
      stateProp === undefined || stateProp === 'ready'
        ? model === null || model.empty
          ? 'empty'
          : 'ready'
        : stateProp
    const option = useMemo(
      () => (built === null ? null : withHidden(built.option, hidden)),
      [built, hidden],
    )
    const ids = useMemo(() => (built === null ? [] : seriesIds(built.option)), [built])
    const accessibleName = label ?? defaultLabel

    const visibleSeries = useMemo(
      () =>
        model === null
          ? []
          : model.navSeries.filter((s) => {
              const seriesId = ids[s]
              return seriesId === undefined || !hidden.has(seriesId)
            }),
      [model, ids, hidden],
    )

    // Latest values for the ECharts event handlers bound once per instance.
    const live = useRef({ model, visibleSeries })
    live.current = { model, visibleSeries }

    const highlight = useCallback((series: number, index: number) => {
      const instance = instanceRef.current
      if (instance === null || instance.isDisposed()) return
      instance.dispatchAction({ type: 'downplay' })
      instance.dispatchAction({ type: 'highlight', seriesIndex: series, dataIndex: index })
      // A no-op unless the host registered ECharts' TooltipComponent and set `tooltip`.
      instance.dispatchAction({ type: 'showTip', seriesIndex: series, dataIndex: index })
    }, [])

    const onChartReady = useCallback(
      (instance: EChartsType) => {
        instanceRef.current = instance
        const zr = instance.getZr()
        zr.on('mousemove', (event: { offsetX: number; offsetY: number }) => {
          const current = live.current.model
          if (current === null) return
          const point = [event.offsetX, event.offsetY]
          const axis = current.hover
          if (axis !== 'axis-x' && axis !== 'axis-y') return
          if (!instance.containPixel({ gridIndex: 0 }, point)) {
            setActive(null)
            return
          }
          const value = instance.convertFromPixel({ gridIndex: 0 }, point) as number[] | number
          const raw = Array.isArray(value) ? value[axis === 'axis-x' ? 0 : 1] : value
          const series = live.current.visibleSeries[0] ?? 0
          const length = current.length(series)
          if (raw === undefined || !Number.isFinite(raw) || length === 0) return
          const index = Math.min(length - 1, Math.max(0, Math.round(raw)))
          setActive({ series, index, at: { x: event.offsetX, y: event.offsetY } })
        })
        zr.on('globalout', () => setActive(null))
        instance.on('mouseover', (params) => {
          const current = live.current.model
          const p = params as {
            seriesIndex?: number
            dataIndex?: number
            event?: { offsetX: number; offsetY: number }
          }
          if (current?.hover !== 'item' || p.seriesIndex === undefined) return
          if (p.dataIndex === undefined) return
          setActive({
            series: p.seriesIndex,
            index: p.dataIndex,
            at: p.event === undefined ? null : { x: p.event.offsetX, y: p.event.offsetY },
          })
        })
        instance.on('mouseout', () => {
          if (live.current.model?.hover === 'item') setActive(null)
        })
        onInit?.(instance)
      },
      [onInit],
    )

    const move = (series: number, index: number) => {
      if (model === null) return
      setActive({ series, index, at: null })
      highlight(series, index)
      setAnnouncement(model.describe(series, index))
    }

    const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
      if (model === null || visibleSeries.length === 0) return
      const current = active ?? { series: visibleSeries[0] as number, index: -1, at: null }
      let position = visibleSeries.indexOf(current.series)
      if (position < 0) position = 0
      const series = visibleSeries[position] as number
      const length = model.length(series)
      switch (event.key) {
        case 'ArrowRight':
        case 'ArrowLeft': {
          const step = event.key === 'ArrowRight' ? 1 : -1
          const start = active === null ? (step === 1 ? 0 : length - 1) : current.index + step
          move(series, Math.min(length - 1, Math.max(0, start)))
          break
        }
        case 'ArrowDown':
        case 'ArrowUp': {
          const step = event.key === 'ArrowDown' ? 1 : -1
          const next = visibleSeries[
            (position + step + visibleSeries.length) % visibleSeries.length
          ] as number
          const index = Math.min(model.length(next) - 1, Math.max(0, current.index))
          move(next, index)
          break
        }
        case 'Home':
          move(series, 0)
          break
        case 'End':
          move(series, length - 1)
          break
        case 'Escape':
          setActive(null)
          instanceRef.current?.dispatchAction({ type: 'downplay' })
          return
        default:
          return
      }
      event.preventDefault()
    }

    const toggleSeries = (key: string) => {
      setHidden((current) => {
        const next = new Set(current)
        if (next.has(key)) next.delete(key)
        else next.add(key)
        return next
      })
      setActive(null)
    }

    const opts = useMemo(
      () => (width === undefined ? { renderer, height } : { renderer, height, width }),
      [renderer, height, width],
    )

    let body: ReactNode
    switch (state) {
      case 'loading':
        body = (
          <div
            className="lago-analytics-chart__message"
            data-slot="chart-skeleton"
            aria-busy="true"
            style={{ height }}
          >
            <span className="lago-analytics-skeleton lago-analytics-chart__skeleton" aria-hidden />
            <span className="lago-analytics-sr-only">{messages.loading}</span>
          </div>
        )
        break
      case 'empty':
        body = (
          <div className="lago-analytics-chart__message" data-slot="chart-empty" style={{ height }}>
            <p>{messages.empty}</p>
          </div>
        )
        break
      case 'error':
        body = (
          <div
            className="lago-analytics-chart__message"
            data-slot="chart-error"
            role="alert"
            style={{ height }}
          >
            <p>{messages.error}</p>
            {onRetry === undefined ? null : (
              <button
                type="button"
                className="lago-analytics-button"
                data-slot="chart-retry"
                onClick={onRetry}
              >
                {messages.retry}
              </button>
            )}
          </div>
        )
        break
      case 'unavailable':
        body = (
          <div
            className="lago-analytics-chart__message"
            data-slot="chart-unavailable"
            data-reason={unavailableReason ?? 'plan'}
            style={{ height }}
          >
            <p>
              {unavailableReason === 'data-api'
                ? messages.unavailableDataApi
                : messages.unavailablePlan}
            </p>
          </div>
        )
        break
      case 'ready':
        body = null
        break
      default:
        body = assertNever(state)
    }

    if (state === 'ready' && model !== null && option !== null) {
      const tooltip: TooltipContent | null =
        active === null ? null : model.tooltip(active.series, active.index)
      body = (
        <>
          {(showLegend && model.legend.length > 1) || (tableToggle && !decorative) ? (
            <div className="lago-analytics-chart__toolbar" data-slot="chart-toolbar">
              {showLegend && model.legend.length > 1 && view === 'chart' ? (
                <ul
                  className="lago-analytics-chart__legend"
                  data-slot="chart-legend"
                  aria-label={messages.legend}
                >
                  {model.legend.map((item) => {
                    const swatch = (
                      <span
                        className="lago-analytics-chart__swatch"
                        data-dashed={item.dashed === true ? '' : undefined}
                        style={{ ['--lago-analytics-swatch' as string]: item.color }}
                        aria-hidden
                      />
                    )
                    return (
                      <li key={item.key}>
                        {model.legendToggles ? (
                          <button
                            type="button"
                            className="lago-analytics-chart__legend-item"
                            data-slot="chart-legend-item"
                            aria-pressed={!hidden.has(item.key)}
                            onClick={() => toggleSeries(item.key)}
                          >
                            {swatch}
                            {item.name}
                          </button>
                        ) : (
                          <span
                            className="lago-analytics-chart__legend-item"
                            data-slot="chart-legend-item"
                          >
                            {swatch}
                            {item.name}
                          </span>
                        )}
                      </li>
                    )
                  })}
                </ul>
              ) : (
                <span />
              )}
              {tableToggle && !decorative ? (
                <button
                  type="button"
                  className="lago-analytics-button"
                  data-slot="chart-view-toggle"
                  aria-pressed={view === 'table'}
                  onClick={() => setView(view === 'table' ? 'chart' : 'table')}
                >
                  {view === 'table' ? messages.showChart : messages.showTable}
                </button>
              ) : null}
            </div>
          ) : null}
          {view === 'table' && !decorative ? (
            <Suspense fallback={<span className="lago-analytics-sr-only">{messages.loading}</span>}>
              <ChartTableView model={model} label={accessibleName} locale={locale} />
            </Suspense>
          ) : (
            <>
              <div
                className="lago-analytics-chart__surface"
                data-slot="chart-surface"
                role={decorative ? 'img' : 'application'}
                aria-roledescription={decorative ? undefined : 'chart'}
                aria-label={accessibleName}
                aria-describedby={descriptionId}
                tabIndex={decorative ? undefined : 0}
                onKeyDown={decorative ? undefined : onKeyDown}
                onBlur={() => setActive(null)}
              >
                {themeResolved ? (
                  <EChartsReactCore
                    echarts={ECHARTS_CORE}
                    option={option}
                    notMerge
                    opts={opts}
                    style={{ height }}
                    className="lago-analytics-chart__canvas"
                    onChartReady={onChartReady}
                    onEvents={onEvents ?? NO_EVENTS}
                    data-slot="chart-canvas"
                  />
                ) : (
                  // Until the theme is read from CSS (on the server, and for the commit before the
                  // layout effect): the canvas' box, so nothing moves when ECharts mounts.
                  <div
                    style={{ height }}
                    className="lago-analytics-chart__canvas"
                    data-slot="chart-canvas"
                  />
                )}
                {tooltip === null || decorative ? null : (
                  <div
                    className="lago-analytics-chart__tooltip"
                    data-slot="chart-tooltip"
                    aria-hidden="true"
                    style={
                      active?.at == null
                        ? { left: 8, top: 8 }
                        : { left: active.at.x + 12, top: active.at.y + 12 }
                    }
                  >
                    <p className="lago-analytics-chart__tooltip-title">{tooltip.title}</p>
                    {tooltip.rows.map((row) => (
                      <div
                        key={row.key}
                        className="lago-analytics-chart__tooltip-row"
                        data-slot="chart-tooltip-row"
                      >
                        <span
                          className="lago-analytics-chart__swatch"
                          data-dashed={row.dashed === true ? '' : undefined}
                          style={{ ['--lago-analytics-swatch' as string]: row.color }}
                        />
                        <span>{row.name}</span>
                        <span className="lago-analytics-chart__tooltip-value">{row.value}</span>
                      </div>
                    ))}
                    {tooltip.note === undefined ? null : <p>{tooltip.note}</p>}
                  </div>
                )}
              </div>
              <p
                id={descriptionId}
                className="lago-analytics-sr-only"
                data-slot="chart-description"
              >
                {model.summary}
                {decorative ? '' : ` ${messages.keyboardHint}`}
              </p>
            </>
          )}
          <div
            className="lago-analytics-sr-only"
            data-slot="chart-live"
            aria-live="polite"
            aria-atomic="true"
          >
            {announcement}
          </div>
        </>
      )
    }

    return (
      <div
        ref={mergedRef}
        className={cx(
          'lago-analytics',
          'lago-analytics-chart',
          `lago-analytics-chart--${kind}`,
          className,
        )}
        data-slot="chart"
        data-state={state}
        data-view={state === 'ready' ? view : undefined}
        aria-busy={state === 'loading' ? true : undefined}
        {...rest}
      >
        {body}
      </div>
    )
  },
)

function ChartTableView({
  model,
  label,
  locale,
}: {
  model: ChartModel
  label: string
  locale: string
}) {
  const table = useMemo(() => model.table(), [model])
  return (
    <DataTable
      data-slot="chart-table"
      caption={label}
      columns={table.columns}
      rows={table.rows}
      totals={table.totals}
      locale={locale}
    />
  )
}
