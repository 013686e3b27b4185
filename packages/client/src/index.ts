export {
  createLagoAnalyticsClient,
  PROXY_DATA_API_PREFIX,
  PROXY_PUBLIC_PREFIX,
  type DataApiOptions,
  type LagoAnalyticsClient,
  type LagoAnalyticsClientOptions,
  type ProxyClientOptions,
  type ServerClientOptions,
} from './createLagoAnalyticsClient.ts'
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
