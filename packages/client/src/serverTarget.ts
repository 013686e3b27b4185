import {
  invalidOptions,
  nonEmpty,
  trimSlashes,
  type DataApiOptions,
  type ServerClientOptions,
  type Target,
} from './clientOptions.ts'
import { splitDataApiPath } from './datasets.ts'
import { encodeQuery } from './encodeQuery.ts'
import { LagoAnalyticsError } from './errors.ts'
import { parseDatasetResponse } from './parseDatasetResponse.ts'
import { PROXY_PUBLIC_PREFIX } from './proxyTarget.ts'

/**
 * Server mode: Lago's own URLs with the secret API key (public REST) or the Data API token,
 * and Lago's own bodies, validated in full by `parseDatasetResponse`. Refused where a DOM is present unless `dangerouslyAllowBrowser`.
 */
export function serverTarget(options: ServerClientOptions): Target {
  if (
    typeof window !== 'undefined' &&
    typeof (window as { document?: unknown }).document !== 'undefined' &&
    !options.dangerouslyAllowBrowser
  ) {
    throw invalidOptions(
      'refusing to use a Lago API key in a browser: use proxyUrl with @lago-analytics/server, ' +
        'or set dangerouslyAllowBrowser for a local tool',
    )
  }
  const apiKey = nonEmpty(options.apiKey, 'apiKey')
  const apiRoot = trimSlashes(nonEmpty(options.apiUrl, 'apiUrl')).replace(/\/api\/v1$/, '')
  const dataApi = options.dataApi
  if (dataApi)
    for (const key of ['url', 'token', 'organizationId'] as const)
      nonEmpty(dataApi[key], `dataApi.${key}`)
  return {
    mode: 'server',
    hasDataApi: Boolean(dataApi),
    base: (dataset) => {
      if (dataset.surface === 'public') return `${apiRoot}${PROXY_PUBLIC_PREFIX}${dataset.path}`
      if (!dataApi) {
        throw new LagoAnalyticsError(
          'data_api_not_configured',
          `${dataset.name} is served by Lago's Data API; pass dataApi: { url, token, organizationId } to use it`,
          { dataset: dataset.name },
        )
      }
      const [name, breakdown] = splitDataApiPath(dataset.path)
      const org = encodeURIComponent(dataApi.organizationId)
      return `${trimSlashes(dataApi.url)}/${name}/${org}/${breakdown ? `${breakdown}/` : ''}`
    },
    // Every value is checked before Lago sees it.
    query: encodeQuery,
    authorization: async (dataset) =>
      `Bearer ${dataset.surface === 'public' ? apiKey : (dataApi as DataApiOptions).token}`,
    // Lago's own bodies, validated and normalised in full.
    read: parseDatasetResponse,
  }
}
