/** Response builders with Lago's error bodies; every JSON response is `application/json; charset=utf-8`. */
import type { WireErrorBody } from '@lago-analytics/client/wire'

export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8'

export function jsonResponse(
  status: number,
  body: string,
  headers: Record<string, string> = {},
): Response {
  return new Response(body, { status, headers: { 'content-type': JSON_CONTENT_TYPE, ...headers } })
}

export function errorResponse(
  status: number,
  error: string,
  code?: string,
  details?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Response {
  const body: WireErrorBody = { status, error }
  if (code !== undefined) body.code = code
  if (details !== undefined) body.error_details = details
  return jsonResponse(status, JSON.stringify(body), headers)
}

export const unauthorized = (): Response => errorResponse(401, 'Unauthorized')
export const forbidden = (code: string): Response => errorResponse(403, 'Forbidden', code)
export const notFound = (code: string): Response => errorResponse(404, 'Not Found', code)
export const methodNotAllowed = (): Response =>
  errorResponse(405, 'Method Not Allowed', 'method_not_allowed', undefined, { allow: 'GET' })
export const validationFailed = (details: Record<string, string[]>): Response =>
  errorResponse(422, 'Unprocessable Entity', 'validation_errors', details)
