import { ComponentModel, ComponentView, type use } from 'echarts/core'

type Installer = Extract<Parameters<typeof use>[0], (...args: never[]) => unknown>

/**
 * ECharts insists that a heatmap series be the target of a `visualMap` component (a development
 * build throws without one), yet on a cartesian grid it never reads it: our cells carry their
 * own colours (`heatColor`). Instead of the piecewise visualMap (≈ 6 KB gzipped of mapping code
 * that would set no colour here), this registers the smallest `visualMap` that satisfies the
 * check: subtype `cellColors`, targeting every heatmap series, with an empty view.
 */
class CellColorsModel extends ComponentModel {
  static type = 'visualMap.cellColors'
  override type = CellColorsModel.type
  eachTargetSeries(callback: (series: unknown) => void, context?: unknown) {
    this.ecModel.eachSeriesByType('heatmap', (series) => callback.call(context, series))
  }
}

class CellColorsView extends ComponentView {
  static type = 'visualMap.cellColors'
  type = CellColorsView.type
}

/** `use(CellColorsComponent)` beside `HeatmapChart` from echarts/charts. */
export const CellColorsComponent: Installer = (registers) => {
  registers.registerComponentModel(CellColorsModel)
  registers.registerComponentView(CellColorsView)
}
