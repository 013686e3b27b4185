import type { BreakdownItem, BreakdownResult } from '@lago-analytics/core'
import type { Cell } from '@lago-analytics/core/export'
import type { ChartTheme } from '../../theme/chartTheme.ts'
import type { ChartFormatters } from '../shared/chartFormatters.ts'
import type { ChartHover, ChartModel } from '../shared/ChartModel.ts'

export interface BreakdownText {
  name: string
  value: string
  share: string
  total: string
}

export const DEFAULT_BREAKDOWN_TEXT: BreakdownText = {
  name: 'Name',
  value: 'Amount',
  share: 'Share',
  total: 'Total',
}

/** The items of a breakdown in display order: top-N, then "Other" when something was folded. */
export function breakdownItems(result: BreakdownResult): BreakdownItem[] {
  return result.other === null ? result.items : [...result.items, result.other]
}

/** The colour of item `index`: the palette, and the muted "Other" colour for the folded item. */
export function breakdownColor(
  item: BreakdownItem,
  index: number,
  theme: ChartTheme,
  single: boolean,
): string {
  if (item.key === '__other__') return theme.other
  if (single) return theme.palette[0] ?? theme.text
  return theme.palette[index % theme.palette.length] ?? theme.text
}

/**
 * Text, legend, navigation and table of a breakdown (top-N + Other, shares) for the horizontal
 * bar chart (`hover: 'axis-y'`, one colour) and the donut (`item`, palette colours).
 */
export function breakdownModel(
  result: BreakdownResult,
  theme: ChartTheme,
  formatters: ChartFormatters,
  options: { hover: ChartHover; single: boolean; text?: BreakdownText | undefined },
): ChartModel {
  const text = options.text ?? DEFAULT_BREAKDOWN_TEXT
  const items = breakdownItems(result)
  const describe = (index: number) => {
    const item = items[index]
    return item === undefined
      ? ''
      : `${item.label}: ${formatters.value(item.value)} (${formatters.percent(item.share)})`
  }
  return {
    empty: items.length === 0 || items.every((item) => item.value === 0),
    summary: `${text.total}: ${formatters.value(result.total)}. ${items
      .slice(0, 10)
      .map((_, i) => describe(i))
      .join('; ')}.`,
    legend: options.single
      ? []
      : items.map((item, i) => ({
          key: item.key,
          name: `${item.label} · ${formatters.percent(item.share)}`,
          color: breakdownColor(item, i, theme, false),
        })),
    legendToggles: false,
    hover: options.hover,
    navSeries: [0],
    length: () => items.length,
    describe: (_series, index) => describe(index),
    tooltip(_series, index) {
      const item = items[index]
      if (item === undefined) return { title: '', rows: [] }
      return {
        title: item.label,
        rows: [
          {
            key: 'value',
            name: text.value,
            value: formatters.value(item.value),
            color: breakdownColor(item, index, theme, options.single),
          },
          {
            key: 'share',
            name: text.share,
            value: formatters.percent(item.share),
            color: 'transparent',
          },
        ],
      }
    },
    table() {
      return {
        columns: [
          { key: 'name', header: text.name, type: 'string' },
          formatters.column('value', text.value),
          { key: 'share', header: text.share, type: 'percent' },
        ],
        rows: items.map((item): Cell[] => [item.label, item.value, item.share]),
        totals: [text.total, result.total, result.total === 0 ? null : 1],
      }
    },
  }
}
