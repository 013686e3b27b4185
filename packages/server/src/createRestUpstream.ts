/**
 * The REST upstream: Lago's public API (`<apiUrl>/api/v1/analytics/<endpoint>`, API key) and,
 * when configured, a Data API (`<url>/<dataset>/<organization_id>/[<breakdown>/]`, bearer token).
 * Only the proxy's own headers are sent: nothing from the browser request is forwarded.
 */
import type { DatasetDefinition } from '@lago-analytics/client'
import { splitDataApiPath } from '@lago-analytics/client/protocol'
import { fetchBounded } from './fetchBounded.ts'
import { mapUpstreamResponse } from './mapUpstreamResponse.ts'
import type { Upstream, UpstreamOutcome } from './Upstream.ts'

export interface RestTarget {
  /** Base URL for this dataset's request, or undefined when the proxy cannot serve it. */
  url: string
  token: string
}

export interface RestUpstreamOptions {
  fetch: typeof globalThis.fetch
  timeoutMs: number
  maxBytes: number
  apiUrl: string
  apiKey: string
  dataApi: { url: string; token: string; organizationId: string } | undefined
  onRequest: (dataset: DatasetDefinition) => void
}

const trimSlashes = (url: string) => url.replace(/\/+$/, '')

export function createRestUpstream(options: RestUpstreamOptions): Upstream {
  const apiRoot = trimSlashes(options.apiUrl).replace(/\/api\/v1$/, '')
  const dataApi = options.dataApi

  function target(dataset: DatasetDefinition): RestTarget | undefined {
    if (dataset.surface === 'public') {
      return { url: `${apiRoot}/api/v1/analytics/${dataset.path}`, token: options.apiKey }
    }
    if (dataApi === undefined) return undefined
    const [name, breakdown] = splitDataApiPath(dataset.path)
    const org = encodeURIComponent(dataApi.organizationId)
    return {
      url: `${trimSlashes(dataApi.url)}/${name}/${org}/${breakdown === undefined ? '' : `${breakdown}/`}`,
      token: dataApi.token,
    }
  }

  return {
    async fetch(dataset, query): Promise<UpstreamOutcome> {
      const where = target(dataset)
      if (where === undefined) throw new Error(`no upstream for ${dataset.name}`)
      const search = query.toString()
      options.onRequest(dataset)
      const response = await fetchBounded(
        search === '' ? where.url : `${where.url}?${search}`,
        {
          method: 'GET',
          headers: {
            accept: 'application/json',
            authorization: `Bearer ${where.token}`,
            'user-agent': '@lago-analytics/server',
          },
        },
        options,
      )
      return mapUpstreamResponse(dataset, response, options.timeoutMs)
    },
    secrets: () => [options.apiKey, ...(dataApi === undefined ? [] : [dataApi.token])],
  }
}
