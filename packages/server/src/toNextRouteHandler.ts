/**
 * Next.js App Router route handlers (no Next dependency: they take and return Web objects).
 *
 * ```ts
 * // app/api/lago-analytics/[...path]/route.ts
 * export const { GET, HEAD } = toNextRouteHandler(proxy) // proxy built with basePath '/api/lago-analytics'
 * export const dynamic = 'force-dynamic'
 * ```
 */
import type { AnalyticsProxy } from './types.ts'

export interface NextRouteHandlers {
  GET: (request: Request) => Promise<Response>
  HEAD: (request: Request) => Promise<Response>
}

export function toNextRouteHandler(proxy: AnalyticsProxy): NextRouteHandlers {
  const handle = (request: Request) => proxy(request)
  return { GET: handle, HEAD: handle }
}
