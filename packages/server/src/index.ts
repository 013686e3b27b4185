export { createAnalyticsProxy, DEFAULT_RATE_LIMIT } from './createAnalyticsProxy.ts'
export {
  createMemoryStore,
  type MemoryStore,
  type MemoryStoreOptions,
} from './createMemoryStore.ts'
export type { GraphqlUpstreamConfig } from './createGraphqlUpstream.ts'
export type { ProxyErrorCode, ProxyFailure } from './proxyError.ts'
export type {
  CachedBody,
  FailureNote,
  ProxyStore,
  TakeResult,
  TokenBucketConfig,
} from './ProxyStore.ts'
export { toExpressMiddleware, type ExpressMiddleware } from './toExpressMiddleware.ts'
export { toNextRouteHandler, type NextRouteHandlers } from './toNextRouteHandler.ts'
export {
  toNodeHandler,
  type NodeHandler,
  type NodeNext,
  type NodeRequest,
} from './toNodeHandler.ts'
export type * from './types.ts'
export type { DatasetName } from '@lago-analytics/client'
