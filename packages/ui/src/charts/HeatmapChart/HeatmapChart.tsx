import type { Granularity, Pivot, TimePivot } from '@lago-analytics/core'
import { HeatmapChart as EChartsHeatmap } from 'echarts/charts'
import { GridSimpleComponent } from 'echarts/components'
import { CanvasRenderer } from 'echarts/renderers'
import { forwardRef, useMemo } from 'react'
import { useLocale } from '../../internal/useLocale.ts'
import type { ChartTheme } from '../../theme/chartTheme.ts'
import { createChartFormatters } from '../shared/chartFormatters.ts'
import { ChartFrame, type ChartBuild, type ChartProps } from '../shared/ChartFrame.tsx'
import { buildHeatmapOption } from './buildHeatmapOption.ts'
import { CellColorsComponent } from './cellColorsComponent.ts'
import { heatmapModel } from './heatmapModel.ts'

/** Registered with ECharts when the chart first renders (no import-time side effect). */
const ECHARTS_MODULES = [EChartsHeatmap, GridSimpleComponent, CellColorsComponent, CanvasRenderer]

export interface HeatmapChartProps extends ChartProps {
  /** core's `pivot()` (dimension × dimension) or `pivotByTime()` (dimension × time). */
  data?: Pivot | TimePivot | undefined
  /** Formats the time columns of a `TimePivot`. */
  granularity?: Granularity | undefined
  /** Values are money in minor units of this currency. */
  currency?: string | null | undefined
  totalLabel?: string | undefined
}

/** A heatmap of a pivot; arrow keys move across columns (←→) and rows (↑↓). */
export const HeatmapChart = /* @__PURE__ */ forwardRef<HTMLDivElement, HeatmapChartProps>(
  function HeatmapChart(
    { data, granularity, currency = null, totalLabel, locale: localeProp, ...rest },
    ref,
  ) {
    const locale = useLocale(localeProp)
    const build = useMemo(() => {
      if (data === undefined) return null
      const formatters = createChartFormatters({ locale, currency })
      return (theme: ChartTheme, animation: boolean): ChartBuild => ({
        option: buildHeatmapOption(data, theme, formatters, { animation, granularity }),
        model: heatmapModel(data, theme, formatters, { granularity, total: totalLabel }),
      })
    }, [data, granularity, currency, totalLabel, locale])
    return (
      <ChartFrame
        echartsModules={ECHARTS_MODULES}
        ref={ref}
        kind="heatmap"
        defaultLabel="Heatmap"
        build={build}
        locale={locale}
        {...rest}
      />
    )
  },
)
