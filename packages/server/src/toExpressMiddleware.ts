/**
 * Express / Connect middleware: `app.use(toExpressMiddleware(proxy))`. Requests outside the
 * proxy's `basePath` (read from `req.originalUrl`) go to `next()`. Same as `toNodeHandler`
 * with a `next` that is always there.
 */
import type { ServerResponse } from 'node:http'
import { toNodeHandler, type NodeNext, type NodeRequest } from './toNodeHandler.ts'
import type { AnalyticsProxy } from './types.ts'

export type ExpressMiddleware = (req: NodeRequest, res: ServerResponse, next: NodeNext) => void

export function toExpressMiddleware(proxy: AnalyticsProxy): ExpressMiddleware {
  const handler = toNodeHandler(proxy)
  return (req, res, next) => handler(req, res, next)
}
