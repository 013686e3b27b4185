// The root entry as browser bundles resolve it (`browser` export condition): the same exports,
// with the proxy-only factory.
export { createLagoAnalyticsClient } from './createLagoAnalyticsClient.browser.ts'
export * from './publicApi.ts'
