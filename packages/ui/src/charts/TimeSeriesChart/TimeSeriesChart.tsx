import { BarChart, LineChart } from 'echarts/charts'
import { GridSimpleComponent } from 'echarts/components'
import { CanvasRenderer } from 'echarts/renderers'
import { forwardRef, useMemo } from 'react'
import { useLocale } from '../../internal/useLocale.ts'
import { createChartFormatters } from '../shared/chartFormatters.ts'
import { ChartFrame, type ChartBuild, type ChartProps } from '../shared/ChartFrame.tsx'
import type { ChartTheme } from '../../theme/chartTheme.ts'
import { buildTimeSeriesOption } from './buildTimeSeriesOption.ts'
import type { TimeSeriesData, TimeSeriesKind } from './TimeSeriesData.ts'
import {
  DEFAULT_TIME_SERIES_TEXT,
  timeSeriesModel,
  type TimeSeriesModelText,
} from './timeSeriesModel.ts'

/** Registered with ECharts when the chart first renders (no import-time side effect). */
const ECHARTS_MODULES = [LineChart, BarChart, GridSimpleComponent, CanvasRenderer]

export interface TimeSeriesChartProps extends ChartProps {
  /** `undefined` while loading (or for the other states). */
  data?: TimeSeriesData | undefined
  /** Default `line`. */
  kind?: TimeSeriesKind | undefined
  /** Stack the series. Default `false` (overlaid lines, grouped bars). */
  stacked?: boolean | undefined
  /** Values are money in minor units of this currency. */
  currency?: string | null | undefined
  text?: Partial<TimeSeriesModelText> | undefined
}

/**
 * Line, area or bar chart over time buckets: multi-series, stacked or grouped, with optional
 * dashed comparison series (previous period, same period last year).
 */
export const TimeSeriesChart = /* @__PURE__ */ forwardRef<HTMLDivElement, TimeSeriesChartProps>(
  function TimeSeriesChart(
    { data, kind = 'line', stacked = false, currency = null, text, locale: localeProp, ...rest },
    ref,
  ) {
    const locale = useLocale(localeProp)
    const build = useMemo(() => {
      if (data === undefined) return null
      const formatters = createChartFormatters({ locale, currency })
      const labels = { ...DEFAULT_TIME_SERIES_TEXT, ...text }
      return (theme: ChartTheme, animation: boolean): ChartBuild => ({
        option: buildTimeSeriesOption(data, theme, formatters, { kind, stacked, animation }),
        model: timeSeriesModel(data, theme, formatters, labels),
      })
    }, [data, kind, stacked, currency, text, locale])
    return (
      <ChartFrame
        echartsModules={ECHARTS_MODULES}
        ref={ref}
        kind="time-series"
        defaultLabel="Time series chart"
        build={build}
        locale={locale}
        {...rest}
      />
    )
  },
)
