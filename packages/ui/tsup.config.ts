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
