import type { MrrMovementsResult } from '@lago-analytics/core'
import { BarChart } from 'echarts/charts'
import { GridSimpleComponent } from 'echarts/components'
import { CanvasRenderer } from 'echarts/renderers'
import { forwardRef, useMemo } from 'react'
import { useLocale } from '../../internal/useLocale.ts'
import type { ChartTheme } from '../../theme/chartTheme.ts'
import { createChartFormatters } from '../shared/chartFormatters.ts'
import { ChartFrame, type ChartBuild, type ChartProps } from '../shared/ChartFrame.tsx'
import { buildMrrMovementsOption } from './buildMrrMovementsOption.ts'
import { mrrMovementsModel } from './mrrMovementsModel.ts'
import { DEFAULT_MRR_WATERFALL_TEXT, type MrrWaterfallText } from './mrrWaterfallText.ts'

/** Registered with ECharts when the chart first renders (no import-time side effect). */
const ECHARTS_MODULES = [BarChart, GridSimpleComponent, CanvasRenderer]

export interface MrrMovementsChartProps extends ChartProps {
  /** core's `toMrrMovements` result (its `waterfall` is drawn). */
  data?: Pick<MrrMovementsResult, 'waterfall' | 'currency'> | undefined
  /** Default: the result's currency. */
  currency?: string | null | undefined
  text?: MrrWaterfallText | undefined
}

/** Waterfall from starting to ending MRR through new, expansion, contraction and churn. */
export const MrrMovementsChart = /* @__PURE__ */ forwardRef<HTMLDivElement, MrrMovementsChartProps>(
  function MrrMovementsChart({ data, currency, text, locale: localeProp, ...rest }, ref) {
    const locale = useLocale(localeProp)
    const build = useMemo(() => {
      if (data === undefined) return null
      const formatters = createChartFormatters({ locale, currency: currency ?? data.currency })
      const words = text ?? DEFAULT_MRR_WATERFALL_TEXT
      return (theme: ChartTheme, animation: boolean): ChartBuild => ({
        option: buildMrrMovementsOption(data.waterfall, theme, formatters, {
          animation,
          text: words,
        }),
        model: mrrMovementsModel(data.waterfall, theme, formatters, words),
      })
    }, [data, currency, text, locale])
    return (
      <ChartFrame
        echartsModules={ECHARTS_MODULES}
        ref={ref}
        kind="mrr-movements"
        defaultLabel="MRR movements"
        build={build}
        locale={locale}
        {...rest}
      />
    )
  },
)
