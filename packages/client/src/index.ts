export { createLagoAnalyticsClient } from './createLagoAnalyticsClient.ts'
export * from './publicApi.ts'
