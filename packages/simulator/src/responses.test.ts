import { describe, expect, it } from 'vitest'
import {
  errorResponse,
  forbidden,
  methodNotAllowed,
  notFound,
  unauthorized,
  validationFailed,
} from './responses'

describe('responses', () => {
  it('build Lago error bodies as UTF-8 JSON', async () => {
    const cases: [Response, unknown][] = [
      [unauthorized(), { status: 401, error: 'Unauthorized' }],
      [
        forbidden('feature_unavailable'),
        { status: 403, error: 'Forbidden', code: 'feature_unavailable' },
      ],
      [
        notFound('resource_not_found'),
        { status: 404, error: 'Not Found', code: 'resource_not_found' },
      ],
      [
        methodNotAllowed(),
        { status: 405, error: 'Method Not Allowed', code: 'method_not_allowed' },
      ],
      [
        validationFailed({ page: ['value_is_invalid'] }),
        {
          status: 422,
          error: 'Unprocessable Entity',
          code: 'validation_errors',
          error_details: { page: ['value_is_invalid'] },
        },
      ],
      [
        errorResponse(500, 'Internal Server Error'),
        { status: 500, error: 'Internal Server Error' },
      ],
    ]
    for (const [response, body] of cases) {
      expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8')
      expect(await response.json()).toEqual(body)
      expect(response.status).toBe((body as { status: number }).status)
    }
  })
})
