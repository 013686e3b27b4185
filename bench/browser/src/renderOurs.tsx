import '@lago-analytics/ui/styles.css'
import { TimeSeriesChart, type TimeSeriesData } from '@lago-analytics/ui/charts/TimeSeriesChart'
import { HEIGHT, runRenderPage, WIDTH } from './renderHarness.tsx'
import { dayKeys, randomWalk } from './series.ts'

// Our chart as the prebuilt dashboards render it: canvas renderer, animation off (the
// dashboards' default under reduced motion; above 2,000 points it is always off), the
// chart/table toggle shown, fixed 800 × 400 plot.
void runRenderPage<TimeSeriesData>({
  name: 'ours',
  canvas: true,
  makeData(points, seed) {
    const values = randomWalk(points, seed)
    return {
      granularity: 'day',
      periods: dayKeys(points).map((day) => ({ bucket: { start: day, end: day } })),
      series: [{ key: 'revenue', name: 'Revenue', values }],
    }
  },
  render: (data) => (
    <TimeSeriesChart data={data} width={WIDTH} height={HEIGHT} animation={false} label="Revenue" />
  ),
  signature: (container) =>
    container.querySelector('[data-slot="chart-canvas"] canvas') === null ? null : 'canvas',
})
