import { nonEmpty, trimSlashes, type ProxyClientOptions, type Target } from './clientOptions.ts'
import { DATASETS, type DatasetName } from './datasets.ts'
import { snakeToCamel, writeQuery } from './encodeQuery.ts'
import {
  LagoAnalyticsHttpError,
  LagoAnalyticsParamError,
  LagoAnalyticsResponseError,
} from './errors.ts'
import { PROXY_BODY_FORMAT, readProxyBody } from './proxyBody.ts'
import type { LagoAnalyticsResult } from './rows.ts'
import type { DatasetRowMap } from './types.ts'

/**
 * Paths under a proxy: `<proxyUrl>/api/v1/analytics/<endpoint>` for the public REST datasets
 * and `<proxyUrl>/data-api/<dataset>[/<breakdown>]` for the Data API ones (the proxy adds the
 * organisation id and the secrets).
 */
export const PROXY_PUBLIC_PREFIX = '/api/v1/analytics/'
export const PROXY_DATA_API_PREFIX = '/data-api/'

/** A 2xx body that is not a proxy body, without `parseResponse` to read it. */
function notProxyBody(name: DatasetName): never {
  throw new LagoAnalyticsResponseError(
    name,
    `expected a ${PROXY_BODY_FORMAT} body (pass parseResponse to read raw Lago bodies)`,
    { field: 'format' },
  )
}

/**
 * Proxy mode: the host's proxy URL, the host app's own session token, parameters and bodies
 * validated by the proxy (raw Lago bodies only through `parseResponse`).
 */
export function proxyTarget(options: ProxyClientOptions): Target {
  const root = trimSlashes(nonEmpty(options.proxyUrl, 'proxyUrl'))
  const { getAccessToken, parseResponse } = options
  return {
    mode: 'proxy',
    hasDataApi: true,
    base: (dataset) =>
      `${root}${dataset.surface === 'public' ? PROXY_PUBLIC_PREFIX : PROXY_DATA_API_PREFIX}${dataset.path}`,
    // The proxy validates every value with `encodeQuery`, so the browser does not ship it.
    query: options.encodeQuery ?? writeQuery,
    authorization: async () => {
      const token = await getAccessToken?.()
      return token && `Bearer ${token}`
    },
    read: (name, json) =>
      readProxyBody(name, json, DATASETS[name].paginated) ??
      ((parseResponse
        ? parseResponse(name, json)
        : notProxyBody(name)) as unknown as LagoAnalyticsResult<DatasetRowMap[typeof name]>),
    failed: (name, error) => {
      // The proxy's `400 invalid_parameter` names the wire parameter and the reason. Only a
      // parameter of this dataset with a string reason is taken, bounded: the rest stays HTTP.
      const { parameter, reason } =
        (error instanceof LagoAnalyticsHttpError &&
          error.status === 400 &&
          error.lagoCode === 'invalid_parameter' &&
          error.errorDetails) ||
        {}
      return typeof reason === 'string' && DATASETS[name].params.includes(parameter as string)
        ? new LagoAnalyticsParamError(
            name,
            snakeToCamel(parameter as string),
            reason.slice(0, 200),
            error,
          )
        : error
    },
  }
}
