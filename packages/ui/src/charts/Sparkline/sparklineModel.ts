import type { Cell } from '@lago-analytics/core/export'
import type { ChartFormatters } from '../shared/chartFormatters.ts'
import type { ChartModel } from '../shared/ChartModel.ts'

/** The accessible summary (first, last, low, high) and table of a sparkline. */
export function sparklineModel(
  values: readonly (number | null)[],
  formatters: ChartFormatters,
  labels: readonly string[] = [],
): ChartModel {
  const present = values.filter((v): v is number => v !== null)
  const first = present[0]
  const last = present[present.length - 1]
  const summary =
    first === undefined || last === undefined
      ? ''
      : `Trend from ${formatters.value(first)} to ${formatters.value(last)}; low ${formatters.value(
          Math.min(...present),
        )}, high ${formatters.value(Math.max(...present))}.`
  const label = (i: number) => labels[i] ?? String(i + 1)
  return {
    empty: present.length === 0,
    summary,
    legend: [],
    legendToggles: false,
    hover: 'none',
    navSeries: [0],
    length: () => values.length,
    describe: (_s, i) => `${label(i)}: ${formatters.value(values[i] ?? 0)}`,
    tooltip: (_s, i) => ({ title: label(i), rows: [] }),
    table: () => ({
      columns: [
        { key: 'point', header: 'Point', type: 'string' },
        formatters.column('value', 'Value'),
      ],
      rows: values.map((v, i): Cell[] => [label(i), v]),
    }),
  }
}
