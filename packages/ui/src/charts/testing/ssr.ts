import { BarChart, HeatmapChart, LineChart, PieChart } from 'echarts/charts'
import { GridSimpleComponent } from 'echarts/components'
import { init, use as registerECharts, type EChartsCoreOption } from 'echarts/core'
import { SVGRenderer } from 'echarts/renderers'
import { CellColorsComponent } from '../HeatmapChart/cellColorsComponent.ts'

registerECharts([
  LineChart,
  BarChart,
  PieChart,
  HeatmapChart,
  GridSimpleComponent,
  CellColorsComponent,
  SVGRenderer,
])

/** Renders an option with ECharts' server-side SVG renderer (Node, no DOM). */
export function ssr(option: EChartsCoreOption, width = 640, height = 320): string {
  const chart = init(null, null, { renderer: 'svg', ssr: true, width, height })
  chart.setOption(option)
  const svg = chart.renderToSVGString()
  chart.dispose()
  return svg
}

/** Normalises the narrow and regular no-break spaces of `Intl` output. */
export const spaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ')
