import type { Granularity, RevenueStreamsResult } from '@lago-analytics/core'
import { BarChart, LineChart } from 'echarts/charts'
import { GridSimpleComponent } from 'echarts/components'
import { CanvasRenderer } from 'echarts/renderers'
import { forwardRef, useMemo } from 'react'
import { useLocale } from '../../internal/useLocale.ts'
import type { ChartTheme } from '../../theme/chartTheme.ts'
import { createChartFormatters } from '../shared/chartFormatters.ts'
import { ChartFrame, type ChartBuild, type ChartProps } from '../shared/ChartFrame.tsx'
import {
  DEFAULT_TIME_SERIES_TEXT,
  timeSeriesModel,
  type TimeSeriesModelText,
} from '../TimeSeriesChart/timeSeriesModel.ts'
import { buildRevenueStreamsOption } from './buildRevenueStreamsOption.ts'
import {
  DEFAULT_REVENUE_STREAMS_LABELS,
  revenueStreamsSeries,
  type RevenueStreamsLabels,
} from './revenueStreamsSeries.ts'

/** Registered with ECharts when the chart first renders (no import-time side effect). */
const ECHARTS_MODULES = [BarChart, LineChart, GridSimpleComponent, CanvasRenderer]

export interface RevenueStreamsChartProps extends ChartProps {
  /** core's `toRevenueStreams` result. */
  data?: RevenueStreamsResult | undefined
  /** Granularity of the result's buckets. Default `month`. */
  granularity?: Granularity | undefined
  /** Default: the result's currency. */
  currency?: string | null | undefined
  labels?: RevenueStreamsLabels | undefined
  text?: Partial<TimeSeriesModelText> | undefined
}

/** Gross revenue streams (stacked), contra items below zero, and the net revenue line. */
export const RevenueStreamsChart = /* @__PURE__ */ forwardRef<
  HTMLDivElement,
  RevenueStreamsChartProps
>(function RevenueStreamsChart(
  { data, granularity = 'month', currency, labels, text, locale: localeProp, ...rest },
  ref,
) {
  const locale = useLocale(localeProp)
  const build = useMemo(() => {
    if (data === undefined) return null
    const formatters = createChartFormatters({ locale, currency: currency ?? data.currency })
    const names = labels ?? DEFAULT_REVENUE_STREAMS_LABELS
    const words = { ...DEFAULT_TIME_SERIES_TEXT, ...text }
    return (theme: ChartTheme, animation: boolean): ChartBuild => ({
      option: buildRevenueStreamsOption(data, granularity, theme, formatters, {
        animation,
        labels: names,
      }),
      model: timeSeriesModel(
        revenueStreamsSeries(data, granularity, theme, names).data,
        theme,
        formatters,
        words,
      ),
    })
  }, [data, granularity, currency, labels, text, locale])
  return (
    <ChartFrame
      echartsModules={ECHARTS_MODULES}
      ref={ref}
      kind="revenue-streams"
      defaultLabel="Revenue streams"
      build={build}
      locale={locale}
      {...rest}
    />
  )
})
