import type { WaterfallStep } from '@lago-analytics/core'
import type { EChartsCoreOption } from 'echarts/core'
import { assertNever } from '../../internal/assertNever.ts'
import type { ChartTheme } from '../../theme/chartTheme.ts'
import { categoryAxis, textStyle, valueAxis } from '../shared/axes.ts'
import type { ChartFormatters } from '../shared/chartFormatters.ts'
import { DEFAULT_MRR_WATERFALL_TEXT, type MrrWaterfallText } from './mrrWaterfallText.ts'

/** The bar colour of a waterfall step: totals, increases, decreases. */
export function stepColor(step: WaterfallStep, theme: ChartTheme): string {
  switch (step.kind) {
    case 'total':
      return theme.total
    case 'increase':
      return theme.positive
    case 'decrease':
      return theme.negative
    default:
      return assertNever(step.kind)
  }
}

/**
 * The MRR waterfall (core's `mrrWaterfall`): starting MRR, new, expansion, contraction, churn,
 * ending MRR. Movements float on an invisible base from the running MRR before to after the
 * step (series 0 is the base, series 1 the visible bars).
 */
export function buildMrrMovementsOption(
  steps: readonly WaterfallStep[],
  theme: ChartTheme,
  formatters: ChartFormatters,
  options: { animation: boolean; text?: MrrWaterfallText | undefined },
): EChartsCoreOption {
  const text = options.text ?? DEFAULT_MRR_WATERFALL_TEXT
  return {
    animation: options.animation,
    textStyle: textStyle(theme),
    grid: { left: 8, right: 16, top: 24, bottom: 14 },
    xAxis: categoryAxis(
      theme,
      steps.map((step) => step.key),
      (_value, index) => {
        const step = steps[index]
        return step === undefined ? '' : text.steps[step.key]
      },
      // Every step is named where there is room (long names wrap); on a narrow chart labels that
      // would still collide are hidden rather than drawn over each other.
      {
        axisLabel: {
          color: theme.textMuted,
          interval: 0,
          hideOverlap: true,
          width: 72,
          overflow: 'break',
          lineHeight: 14,
          formatter: (_value: string, index: number) => {
            const step = steps[index]
            return step === undefined ? '' : text.steps[step.key]
          },
        },
      },
    ),
    yAxis: valueAxis(theme, formatters),
    series: [
      {
        id: 'base',
        type: 'bar',
        stack: 'waterfall',
        silent: true,
        itemStyle: { color: 'transparent' },
        emphasis: { disabled: true },
        data: steps.map((step) =>
          formatters.toChart(step.kind === 'total' ? 0 : Math.min(step.from, step.to)),
        ),
      },
      {
        id: 'movement',
        type: 'bar',
        stack: 'waterfall',
        barMaxWidth: 56,
        label: {
          show: true,
          position: 'top',
          color: theme.textMuted,
          formatter: (params: { dataIndex: number }) => {
            const step = steps[params.dataIndex]
            return step === undefined ? '' : formatters.axis(formatters.toChart(step.value))
          },
        },
        data: steps.map((step) => ({
          value: formatters.toChart(Math.abs(step.kind === 'total' ? step.to : step.value)),
          itemStyle: { color: stepColor(step, theme) },
        })),
      },
    ],
  }
}
