import { LineChart } from 'echarts/charts'
import { GridSimpleComponent } from 'echarts/components'
import { CanvasRenderer } from 'echarts/renderers'
import { forwardRef, useMemo } from 'react'
import { useLocale } from '../../internal/useLocale.ts'
import type { ChartTheme } from '../../theme/chartTheme.ts'
import { createChartFormatters } from '../shared/chartFormatters.ts'
import { ChartFrame, type ChartBuild, type ChartProps } from '../shared/ChartFrame.tsx'
import { buildSparklineOption } from './buildSparklineOption.ts'
import { sparklineModel } from './sparklineModel.ts'

/** Registered with ECharts when the chart first renders (no import-time side effect). */
const ECHARTS_MODULES = [LineChart, GridSimpleComponent, CanvasRenderer]

export interface SparklineProps extends ChartProps {
  /** Raw values in order (minor units for money); `null` is a gap. */
  values?: readonly (number | null)[] | undefined
  /** Point labels for the table view (e.g. formatted buckets). */
  pointLabels?: readonly string[] | undefined
  /**
   * Which points are partial periods (their figures can still change: core's `partial` flag of
   * transform points); the line into them is dashed.
   */
  partial?: readonly boolean[] | undefined
  currency?: string | null | undefined
  /** Fill under the line. Default `true`. */
  area?: boolean | undefined
  color?: string | undefined
}

/**
 * A tiny trend line for KPI cards: an image with a summary (first, last, low, high) as its
 * accessible description; no toggle or keyboard stops unless `tableToggle` is set.
 */
export const Sparkline = /* @__PURE__ */ forwardRef<HTMLDivElement, SparklineProps>(
  function Sparkline(
    {
      values,
      pointLabels,
      partial,
      currency = null,
      area = true,
      color,
      locale: localeProp,
      height = 40,
      tableToggle = false,
      ...rest
    },
    ref,
  ) {
    const locale = useLocale(localeProp)
    const build = useMemo(() => {
      if (values === undefined) return null
      const formatters = createChartFormatters({ locale, currency })
      return (theme: ChartTheme, animation: boolean): ChartBuild => ({
        option: buildSparklineOption(values, theme, formatters, {
          animation,
          area,
          color,
          partial,
        }),
        model: sparklineModel(values, formatters, pointLabels),
      })
    }, [values, pointLabels, partial, currency, area, color, locale])
    return (
      <ChartFrame
        echartsModules={ECHARTS_MODULES}
        ref={ref}
        kind="sparkline"
        defaultLabel="Trend"
        build={build}
        locale={locale}
        height={height}
        tableToggle={tableToggle}
        decorative={!tableToggle}
        legend={false}
        {...rest}
      />
    )
  },
)
