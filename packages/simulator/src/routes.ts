/**
 * Routing: the public surface is recognised by the `/api/v1/analytics/` path segment and the
 * Data API by `/data-api/`, whatever origin or prefix comes before, so the simulator can be
 * mounted anywhere. The client's dataset registry is the routing table.
 */
import {
  DATA_API_USAGES_PARAMS,
  DATASETS,
  type DatasetDefinition,
} from '@lago-analytics/client/datasets'

export const PUBLIC_SEGMENT = '/api/v1/analytics/'
export const DATA_API_SEGMENT = '/data-api/'

/**
 * The plain Data API `usages/<org>/` dataset. The client reads usage through the public
 * endpoint, so the registry has no entry for it; it is served with the same rows minus
 * `is_billable_metric_deleted` (which lago-api adds).
 */
export const DATA_API_USAGES: DatasetDefinition = {
  name: 'usage',
  surface: 'dataApi',
  path: 'usages',
  params: DATA_API_USAGES_PARAMS,
  envelope: null,
  paginated: false,
  premium: false,
  customerScopable: true,
}

const all = Object.values(DATASETS)
const PUBLIC_ROUTES = new Map(all.filter((d) => d.surface === 'public').map((d) => [d.path, d]))
const DATA_API_ROUTES = new Map<string, DatasetDefinition>([
  ...all
    .filter((d) => d.surface === 'dataApi')
    .map((d): [string, DatasetDefinition] => [d.path, d]),
  ['usages', DATA_API_USAGES],
])

export type RouteMatch =
  | {
      readonly kind: 'dataset'
      readonly definition: DatasetDefinition
      /** Organisation id from a Data API path. */
      readonly organizationId?: string
      readonly statsKey: string
    }
  /** Under one of the two surfaces, but no such dataset. */
  | { readonly kind: 'unknown'; readonly surface: 'public' | 'dataApi'; readonly statsKey: string }
  /** Neither surface. */
  | { readonly kind: 'outside'; readonly statsKey: string }

export function matchRoute(pathname: string): RouteMatch {
  const publicAt = pathname.indexOf(PUBLIC_SEGMENT)
  const dataAt = pathname.indexOf(DATA_API_SEGMENT)
  if (publicAt >= 0 && (dataAt < 0 || publicAt < dataAt)) {
    const rest = pathname.slice(publicAt + PUBLIC_SEGMENT.length).replace(/\/+$/, '')
    const statsKey = `${PUBLIC_SEGMENT}${rest}`
    const definition = PUBLIC_ROUTES.get(rest)
    return definition === undefined
      ? { kind: 'unknown', surface: 'public', statsKey }
      : { kind: 'dataset', definition, statsKey }
  }
  if (dataAt >= 0) {
    const segments = pathname
      .slice(dataAt + DATA_API_SEGMENT.length)
      .split('/')
      .filter((segment) => segment !== '')
    const statsKey = `${DATA_API_SEGMENT}${segments.join('/')}`
    const [dataset, organizationId, breakdown, ...extra] = segments
    if (dataset === undefined || organizationId === undefined || extra.length > 0)
      return { kind: 'unknown', surface: 'dataApi', statsKey }
    const definition = DATA_API_ROUTES.get(
      breakdown === undefined ? dataset : `${dataset}/${breakdown}`,
    )
    return definition === undefined
      ? { kind: 'unknown', surface: 'dataApi', statsKey }
      : { kind: 'dataset', definition, organizationId, statsKey }
  }
  return { kind: 'outside', statsKey: pathname }
}
