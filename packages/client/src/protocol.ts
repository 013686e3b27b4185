/**
 * `@lago-analytics/client/protocol`: the wire-level toolkit that the server proxy, the simulator
 * and `@lago-analytics/core` share with the client — query encoding, the proxy body format,
 * ISO 4217 exponents, exact decimal conversion and rate-limit headers. Apps rarely need it: the
 * root entry is the client itself. The full response validator is apart, in
 * `@lago-analytics/client/parse`: a module that re-exported it would make a bundler load it up
 * front for every importer of a helper.
 */
export { currencyExponent } from './currencyExponent.ts'
export { decimalToMinor } from './decimalToMinor.ts'
export { DATA_API_COMMON_PARAMS, DATA_API_USAGES_PARAMS, splitDataApiPath } from './datasets.ts'
export { camelToSnake, encodeQuery, readQuery, toIsoDate, writeQuery } from './encodeQuery.ts'
export { PROXY_BODY_FORMAT, readProxyBody, toProxyBody, type ProxyBody } from './proxyBody.ts'
export { parseRetryAfter, readRateLimit } from './rateLimit.ts'
export { backoffDelay, DEFAULT_RETRY } from './transport.ts'
