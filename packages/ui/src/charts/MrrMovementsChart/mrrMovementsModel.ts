import type { WaterfallStep } from '@lago-analytics/core'
import type { Cell } from '@lago-analytics/core/export'
import type { ChartTheme } from '../../theme/chartTheme.ts'
import type { ChartFormatters } from '../shared/chartFormatters.ts'
import type { ChartModel } from '../shared/ChartModel.ts'
import { stepColor } from './buildMrrMovementsOption.ts'
import { DEFAULT_MRR_WATERFALL_TEXT, type MrrWaterfallText } from './mrrWaterfallText.ts'

/** Text, navigation and table of the MRR waterfall (series 1 holds the visible bars). */
export function mrrMovementsModel(
  steps: readonly WaterfallStep[],
  theme: ChartTheme,
  formatters: ChartFormatters,
  text: MrrWaterfallText = DEFAULT_MRR_WATERFALL_TEXT,
): ChartModel {
  const signed = (step: WaterfallStep) =>
    step.kind === 'total'
      ? formatters.value(step.value)
      : `${step.value > 0 ? '+' : ''}${formatters.value(step.value)}`
  const describe = (index: number) => {
    const step = steps[index]
    if (step === undefined) return ''
    return step.kind === 'total'
      ? `${text.steps[step.key]}: ${formatters.value(step.value)}`
      : `${text.steps[step.key]}: ${signed(step)}, ${text.mrrAfter} ${formatters.value(step.to)}`
  }
  return {
    empty: steps.length === 0 || steps.every((step) => step.value === 0),
    summary: steps.map((_, i) => describe(i)).join('. ') + '.',
    legend: [],
    legendToggles: false,
    hover: 'axis-x',
    navSeries: [1],
    length: () => steps.length,
    describe: (_series, index) => describe(index),
    tooltip(_series, index) {
      const step = steps[index]
      if (step === undefined) return { title: '', rows: [] }
      return {
        title: text.steps[step.key],
        rows: [
          {
            key: 'value',
            name: text.change,
            value: signed(step),
            color: stepColor(step, theme),
          },
          ...(step.kind === 'total'
            ? []
            : [
                {
                  key: 'after',
                  name: text.mrrAfter,
                  value: formatters.value(step.to),
                  color: theme.total,
                },
              ]),
        ],
      }
    },
    table() {
      return {
        columns: [
          { key: 'step', header: text.step, type: 'string' },
          formatters.column('value', text.change),
          formatters.column('after', text.mrrAfter),
        ],
        rows: steps.map((step): Cell[] => [text.steps[step.key], step.value, step.to]),
      }
    },
  }
}
