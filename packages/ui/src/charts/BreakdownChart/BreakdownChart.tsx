import type { BreakdownResult } from '@lago-analytics/core'
import { BarChart } from 'echarts/charts'
import { GridSimpleComponent } from 'echarts/components'
import { CanvasRenderer } from 'echarts/renderers'
import { forwardRef, useMemo } from 'react'
import { useLocale } from '../../internal/useLocale.ts'
import type { ChartTheme } from '../../theme/chartTheme.ts'
import { createChartFormatters } from '../shared/chartFormatters.ts'
import { ChartFrame, type ChartBuild, type ChartProps } from '../shared/ChartFrame.tsx'
import { buildBreakdownOption } from './buildBreakdownOption.ts'
import { breakdownModel, type BreakdownText } from './breakdownModel.ts'

/** Registered with ECharts when the chart first renders (no import-time side effect). */
const ECHARTS_MODULES = [BarChart, GridSimpleComponent, CanvasRenderer]

export interface BreakdownChartProps extends ChartProps {
  /** core's `breakdown()` / `breakdownRevenueBy*()` result (top-N + Other). */
  data?: (BreakdownResult & { readonly currency?: string | null | undefined }) | undefined
  /** Values are money in minor units of this currency. Default: the result's currency. */
  currency?: string | null | undefined
  text?: BreakdownText | undefined
}

/** Horizontal bars of a breakdown: top-N items and "Other", with value and share labels. */
export const BreakdownChart = /* @__PURE__ */ forwardRef<HTMLDivElement, BreakdownChartProps>(
  function BreakdownChart({ data, currency, text, locale: localeProp, ...rest }, ref) {
    const locale = useLocale(localeProp)
    const build = useMemo(() => {
      if (data === undefined) return null
      const formatters = createChartFormatters({
        locale,
        currency: currency === undefined ? (data.currency ?? null) : currency,
      })
      return (theme: ChartTheme, animation: boolean): ChartBuild => ({
        option: buildBreakdownOption(data, theme, formatters, { animation }),
        model: breakdownModel(data, theme, formatters, { hover: 'axis-y', single: true, text }),
      })
    }, [data, currency, text, locale])
    return (
      <ChartFrame
        echartsModules={ECHARTS_MODULES}
        ref={ref}
        kind="breakdown"
        defaultLabel="Breakdown"
        build={build}
        locale={locale}
        {...rest}
      />
    )
  },
)
