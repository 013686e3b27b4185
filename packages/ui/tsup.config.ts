import { readFileSync } from 'node:fs'
import { defineConfig } from 'tsup'

// One entry per chart subpath the package exports (package.json is the single list).
const charts = Object.keys(
  (JSON.parse(readFileSync('package.json', 'utf8')) as { exports: Record<string, unknown> })
    .exports,
)
  .filter((key) => key.startsWith('./charts/'))
  .map((key) => key.slice('./charts/'.length))

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
