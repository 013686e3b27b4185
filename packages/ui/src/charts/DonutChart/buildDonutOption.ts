import type { BreakdownResult } from '@lago-analytics/core'
import type { EChartsCoreOption } from 'echarts/core'
import type { ChartTheme } from '../../theme/chartTheme.ts'
import { breakdownColor, breakdownItems } from '../BreakdownChart/breakdownModel.ts'
import { textStyle } from '../shared/axes.ts'
import type { ChartFormatters } from '../shared/chartFormatters.ts'

/**
 * A donut of a breakdown (top-N + Other). Slice names stay out of the canvas: the HTML legend
 * shows them with their shares; labels, when enabled, are drawn as text (never HTML).
 */
export function buildDonutOption(
  result: BreakdownResult,
  theme: ChartTheme,
  formatters: ChartFormatters,
  options: { animation: boolean; labels?: boolean | undefined },
): EChartsCoreOption {
  const items = breakdownItems(result)
  return {
    animation: options.animation,
    textStyle: textStyle(theme),
    series: [
      {
        id: 'donut',
        type: 'pie',
        radius: ['52%', '78%'],
        avoidLabelOverlap: true,
        itemStyle: { borderColor: theme.background, borderWidth: 2 },
        label: {
          show: options.labels === true,
          color: theme.textMuted,
          formatter: (params: { dataIndex: number }) => {
            const item = items[params.dataIndex]
            return item === undefined ? '' : `${item.label} · ${formatters.percent(item.share)}`
          },
        },
        data: items.map((item, index) => ({
          name: item.key,
          value: formatters.toChart(item.value),
          itemStyle: { color: breakdownColor(item, index, theme, false) },
        })),
      },
    ],
  }
}
