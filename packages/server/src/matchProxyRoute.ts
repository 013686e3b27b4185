/**
 * Maps a browser-facing path to a dataset: `<basePath>/api/v1/analytics/<endpoint>` for the
 * public REST datasets and `<basePath>/data-api/<dataset>[/<breakdown>]` for the Data API ones,
 * exactly the paths `createLagoAnalyticsClient({ proxyUrl })` builds. Matching is on the raw
 * (still percent-encoded) path, case-sensitive and exact: no decoding, no trailing-slash or
 * dot-segment leniency, so no encoded or folded variant can reach another dataset.
 */
import {
  DATASETS,
  PROXY_DATA_API_PREFIX,
  PROXY_PUBLIC_PREFIX,
  type DatasetDefinition,
} from '@lago-analytics/client'

export type ProxyRoute =
  | { kind: 'dataset'; dataset: DatasetDefinition }
  /** Under `basePath` but no such dataset. */
  | { kind: 'unknown' }
  /** Not under `basePath` at all (adapters hand these to the next handler). */
  | { kind: 'outside' }

const ROUTES = new Map<string, DatasetDefinition>(
  Object.values(DATASETS).map((dataset) => [
    `${dataset.surface === 'public' ? PROXY_PUBLIC_PREFIX : PROXY_DATA_API_PREFIX}${dataset.path}`,
    dataset,
  ]),
)

/** `''` or `/a/b` (leading slash, no trailing slash). Throws on anything else. */
export function normalizeBasePath(basePath: string | undefined): string {
  if (basePath === undefined || basePath === '' || basePath === '/') return ''
  const trimmed = basePath.replace(/\/+$/, '')
  if (!trimmed.startsWith('/') || /[?#\s]/.test(trimmed)) {
    throw new TypeError(`basePath must be a path such as "/api/lago-analytics", got "${basePath}"`)
  }
  return trimmed
}

/** Whether `pathname` is `basePath` itself or below it (segment boundary). */
export function isUnderBasePath(pathname: string, basePath: string): boolean {
  if (basePath === '') return true
  return pathname === basePath || pathname.startsWith(`${basePath}/`)
}

export function matchProxyRoute(pathname: string, basePath: string): ProxyRoute {
  if (!isUnderBasePath(pathname, basePath)) return { kind: 'outside' }
  const dataset = ROUTES.get(pathname.slice(basePath.length))
  return dataset === undefined ? { kind: 'unknown' } : { kind: 'dataset', dataset }
}
