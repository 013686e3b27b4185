import { SVGRenderer } from 'echarts/renderers'
import { use as registerECharts } from 'echarts/core'
import { render, type RenderResult } from '@testing-library/react'
import type { ReactElement } from 'react'

// jsdom has no canvas: chart tests render with the SVG renderer, registered here only.
registerECharts([SVGRenderer])

/** Renders a chart and waits for echarts-for-react's instance to be ready. */
export function renderChart(element: ReactElement): RenderResult {
  return render(element)
}

/** Props every jsdom chart test passes: SVG renderer, fixed size, no animation. */
export const TEST_CHART_PROPS = {
  renderer: 'svg',
  width: 600,
  height: 300,
  animation: false,
} as const
