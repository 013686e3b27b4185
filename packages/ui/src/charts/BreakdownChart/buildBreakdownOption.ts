import type { BreakdownResult } from '@lago-analytics/core'
import type { EChartsCoreOption } from 'echarts/core'
import type { ChartTheme } from '../../theme/chartTheme.ts'
import { categoryAxis, textStyle, valueAxis } from '../shared/axes.ts'
import type { ChartFormatters } from '../shared/chartFormatters.ts'
import { breakdownColor, breakdownItems } from './breakdownModel.ts'

/**
 * Horizontal bars of a breakdown, largest on top, "Other" last and muted; each bar is labelled
 * with its compact value and share. Names are axis labels drawn as text (never HTML).
 */
export function buildBreakdownOption(
  result: BreakdownResult,
  theme: ChartTheme,
  formatters: ChartFormatters,
  options: { animation: boolean },
): EChartsCoreOption {
  const items = breakdownItems(result)
  return {
    animation: options.animation,
    textStyle: textStyle(theme),
    grid: { left: 8, right: 96, top: 8, bottom: 8 },
    xAxis: valueAxis(theme, formatters),
    yAxis: categoryAxis(
      theme,
      items.map((item) => item.key),
      (_value, index) => items[index]?.label ?? '',
      {
        inverse: true,
        axisLabel: {
          color: theme.text,
          width: 160,
          overflow: 'truncate',
          formatter: (_value: string, index: number) => items[index]?.label ?? '',
        },
      },
    ),
    series: [
      {
        id: 'breakdown',
        type: 'bar',
        barMaxWidth: 24,
        data: items.map((item, index) => ({
          value: formatters.toChart(item.value),
          itemStyle: { color: breakdownColor(item, index, theme, true) },
        })),
        label: {
          show: true,
          position: 'right',
          color: theme.textMuted,
          formatter: (params: { dataIndex: number }) => {
            const item = items[params.dataIndex]
            return item === undefined
              ? ''
              : `${formatters.axis(formatters.toChart(item.value))} · ${formatters.percent(item.share)}`
          },
        },
      },
    ],
  }
}
