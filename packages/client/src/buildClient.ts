import {
  invalidOptions,
  type CommonClientOptions,
  type LagoAnalyticsClient,
  type Target,
} from './clientOptions.ts'
import { DATASETS, DATASET_NAMES, type DatasetName } from './datasets.ts'
import type { LagoAnalyticsResult } from './rows.ts'
import { DEFAULT_RETRY, getJson, type ResolvedRetry, type RetryOptions } from './transport.ts'
import type {
  DatasetParamsMap,
  DatasetRowMap,
  LagoAnalyticsMethods,
  PaginateOptions,
  PaginatedDatasetName,
  RequestOptions,
} from './types.ts'

function resolveRetry(retry: RetryOptions | false | undefined): ResolvedRetry {
  const resolved = { ...DEFAULT_RETRY }
  for (const key of Object.keys(resolved) as (keyof ResolvedRetry)[]) {
    const value = retry === false ? (key === 'retries' ? 0 : undefined) : retry?.[key]
    if (value === undefined) continue
    if (typeof value !== 'number' || !(value >= 0 && value < Infinity)) {
      throw invalidOptions(`retry.${key} must be a non-negative number`)
    }
    resolved[key] = value
  }
  return resolved
}

/**
 * The client both modes share: one method per dataset, `request`, `url`, pagination, the
 * transport (timeout, retries, typed errors). `target` is what differs between modes: where
 * requests go, with which credential, and how a body is read.
 */
export function buildClient(options: CommonClientOptions, target: Target): LagoAnalyticsClient {
  const fetchImpl = options.fetch ?? globalThis.fetch
  if (typeof fetchImpl !== 'function')
    throw invalidOptions('no fetch implementation: pass options.fetch')
  const timeoutMs = options.timeoutMs ?? 30_000
  if (!(Number.isFinite(timeoutMs) && timeoutMs > 0))
    throw invalidOptions('timeoutMs must be a positive number')
  const transport = {
    fetch: (input: RequestInfo | URL, init?: RequestInit) => fetchImpl(input, init),
    timeoutMs,
    retry: resolveRetry(options.retry),
    onRateLimit: options.onRateLimit,
    random: Math.random,
  }
  const extraHeaders: Record<string, string> = {}
  for (const [name, value] of Object.entries(options.headers ?? {})) {
    if (name.toLowerCase() !== 'authorization') extraHeaders[name] = value
  }

  function url<Name extends DatasetName>(name: Name, params?: DatasetParamsMap[Name]): string {
    const dataset = DATASETS[name]
    const query = target.query(dataset, params).toString()
    return target.base(dataset) + (query && `?${query}`)
  }

  async function request<Name extends DatasetName>(
    name: Name,
    params?: DatasetParamsMap[Name],
    requestOptions: RequestOptions = {},
  ): Promise<LagoAnalyticsResult<DatasetRowMap[Name]>> {
    const dataset = DATASETS[name]
    if (!dataset) throw invalidOptions(`unknown dataset ${JSON.stringify(name)}`)
    const href = url(name, params)
    const headers: Record<string, string> = { accept: 'application/json', ...extraHeaders }
    const authorization = await target.authorization(dataset)
    if (authorization) headers.authorization = authorization
    let json: unknown
    try {
      json = await getJson(transport, {
        dataset: name,
        url: href,
        headers,
        signal: requestOptions.signal,
      })
    } catch (error) {
      throw target.failed ? target.failed(name, error) : error
    }
    return target.read(name, json)
  }

  async function* paginate<Name extends PaginatedDatasetName>(
    name: Name,
    params: DatasetParamsMap[Name] | undefined,
    paginateOptions: PaginateOptions = {},
  ): AsyncGenerator<DatasetRowMap[Name]> {
    let page = params?.page ?? 1
    const maxPages = paginateOptions.maxPages ?? 1_000
    for (let fetched = 0; fetched < maxPages; fetched++) {
      const { rows, meta } = await request(
        name,
        { ...params, page } as DatasetParamsMap[Name],
        paginateOptions,
      )
      yield* rows
      if (!meta || meta.nextPage === null || meta.nextPage <= page || page >= meta.totalPages)
        return
      page = meta.nextPage
    }
  }

  const methods = {} as Record<DatasetName, unknown>
  for (const name of DATASET_NAMES) {
    const method = (params?: object, requestOptions?: RequestOptions) =>
      request(name, params as DatasetParamsMap[typeof name], requestOptions)
    if (DATASETS[name].paginated) {
      Object.assign(method, {
        paginate: (params?: object, paginateOptions?: PaginateOptions) =>
          paginate(
            name as PaginatedDatasetName,
            params as DatasetParamsMap[PaginatedDatasetName],
            paginateOptions,
          ),
      })
    }
    methods[name] = method
  }

  return Object.freeze({
    ...(methods as LagoAnalyticsMethods),
    mode: target.mode,
    hasDataApi: target.hasDataApi,
    request,
    url,
  })
}
