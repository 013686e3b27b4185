/**
 * @lago-analytics/ui — every component from one entry. For the smallest bundles, import charts
 * from their own subpath (`@lago-analytics/ui/charts/TimeSeriesChart`), so unused charts and
 * their ECharts modules are never loaded. Styles: `import '@lago-analytics/ui/styles.css'`.
 */
export * from './charts/index.ts'
export * from './table/index.ts'
export * from './theme/index.ts'
export * from './controls/index.ts'
export * from './dashboards/index.ts'
