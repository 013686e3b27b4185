import type { BreakdownResult } from '@lago-analytics/core'
import { PieChart } from 'echarts/charts'
import { CanvasRenderer } from 'echarts/renderers'
import { forwardRef, useMemo } from 'react'
import { useLocale } from '../../internal/useLocale.ts'
import type { ChartTheme } from '../../theme/chartTheme.ts'
import { breakdownModel, type BreakdownText } from '../BreakdownChart/breakdownModel.ts'
import { createChartFormatters } from '../shared/chartFormatters.ts'
import { ChartFrame, type ChartBuild, type ChartProps } from '../shared/ChartFrame.tsx'
import { buildDonutOption } from './buildDonutOption.ts'

/** Registered with ECharts when the chart first renders (no import-time side effect). */
const ECHARTS_MODULES = [PieChart, CanvasRenderer]

export interface DonutChartProps extends ChartProps {
  /** core's `breakdown()` / `breakdownRevenueBy*()` result (top-N + Other). */
  data?: (BreakdownResult & { readonly currency?: string | null | undefined }) | undefined
  currency?: string | null | undefined
  /** Draw slice labels on the chart (names + share). Default `false`: the legend has them. */
  sliceLabels?: boolean | undefined
  text?: BreakdownText | undefined
}

/** A donut of a breakdown: top-N slices and "Other", with a legend of names and shares. */
export const DonutChart = /* @__PURE__ */ forwardRef<HTMLDivElement, DonutChartProps>(
  function DonutChart(
    { data, currency, sliceLabels = false, text, locale: localeProp, ...rest },
    ref,
  ) {
    const locale = useLocale(localeProp)
    const build = useMemo(() => {
      if (data === undefined) return null
      const formatters = createChartFormatters({
        locale,
        currency: currency === undefined ? (data.currency ?? null) : currency,
      })
      return (theme: ChartTheme, animation: boolean): ChartBuild => ({
        option: buildDonutOption(data, theme, formatters, { animation, labels: sliceLabels }),
        model: breakdownModel(data, theme, formatters, { hover: 'item', single: false, text }),
      })
    }, [data, currency, sliceLabels, text, locale])
    return (
      <ChartFrame
        echartsModules={ECHARTS_MODULES}
        ref={ref}
        kind="donut"
        defaultLabel="Donut chart"
        build={build}
        locale={locale}
        {...rest}
      />
    )
  },
)
