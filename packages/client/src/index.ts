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
export { currencyExponent } from './currencyExponent.ts'
export { decimalToMinor } from './decimalToMinor.ts'
export {
  DATA_API_COMMON_PARAMS,
  DATA_API_USAGES_PARAMS,
  DATASET_NAMES,
  DATASETS,
  splitDataApiPath,
  type DatasetDefinition,
  type DatasetName,
  type Surface,
} from './datasets.ts'
export { camelToSnake, encodeQuery, toIsoDate } from './encodeQuery.ts'
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
export { parseRetryAfter, readRateLimit, type RateLimitInfo } from './rateLimit.ts'
export type * from './rows.ts'
export { parseDatasetResponse } from './parseDatasetResponse.ts'
export { backoffDelay, DEFAULT_RETRY, type RateLimitEvent, type RetryOptions } from './transport.ts'
export type * from './types.ts'
export type * from './wire.ts'
