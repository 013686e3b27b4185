/**
 * Everything the root entry exports besides `createLagoAnalyticsClient`, shared by its two
 * builds: `index.ts` (Node and every non-browser resolver) and `index.browser.ts`.
 */
export type {
  DataApiOptions,
  LagoAnalyticsClient,
  LagoAnalyticsClientOptions,
  ProxyClientOptions,
  QueryEncoder,
  ResponseParser,
  ServerClientOptions,
} from './clientOptions.ts'
export { PROXY_DATA_API_PREFIX, PROXY_PUBLIC_PREFIX } from './proxyTarget.ts'
export {
  DATASET_NAMES,
  DATASETS,
  type DatasetDefinition,
  type DatasetName,
  type Surface,
} from './datasets.ts'
export {
  isLagoAnalyticsError,
  LagoAnalyticsError,
  LagoAnalyticsHttpError,
  LagoAnalyticsNetworkError,
  LagoAnalyticsParamError,
  LagoAnalyticsResponseError,
  LagoAnalyticsTimeoutError,
  type LagoAnalyticsErrorCode,
  type LagoErrorBody,
} from './errors.ts'
export type * from './params.ts'
export type { RateLimitInfo } from './rateLimit.ts'
export type * from './rows.ts'
export type { ProxyBody } from './proxyBody.ts'
export type { RateLimitEvent, RetryOptions } from './transport.ts'
export type * from './types.ts'
export type * from './wire.ts'
