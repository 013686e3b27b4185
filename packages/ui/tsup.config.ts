import { defineConfig } from 'tsup'

const charts = [
  'TimeSeriesChart',
  'RevenueStreamsChart',
  'MrrMovementsChart',
  'BreakdownChart',
  'DonutChart',
  'HeatmapChart',
  'Sparkline',
]

export default defineConfig({
  entry: ['src/index.ts', ...charts.map((chart) => `src/charts/${chart}/index.ts`)],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
  treeshake: true,
  // Keeps what the source loads with import() in chunks of its own, loaded on demand: the table
  // view (DataTable) and the popovers of the controls (FilterSelectContent, DateRangePopover,
  // ComboboxPopover, ExportMenuContent), which alone import Radix, cmdk and react-day-picker
  // (external here: the app's bundler puts them in those lazy chunks too).
  splitting: true,
  external: [
    /^react/,
    /^@tanstack\//,
    /^@lago-analytics\//,
    /^echarts/,
    /^#/,
    /^@radix-ui\//,
    'cmdk',
    'react-day-picker',
  ],
  banner: { js: '"use client";' },
})
