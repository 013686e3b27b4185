export * from './MetricCard/index.ts'
export * from './FilterBar/index.ts'
export * from './ExportMenu/index.ts'
export * from './FreshnessBadge/index.ts'
