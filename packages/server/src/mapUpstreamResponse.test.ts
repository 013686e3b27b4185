import { DATASETS } from '@lago-analytics/client'
import { parseDatasetResponse } from '@lago-analytics/client/parse'
import { PROXY_BODY_FORMAT, readProxyBody } from '@lago-analytics/client/protocol'
import { describe, expect, it } from 'vitest'
import { mapUpstreamResponse, safeRateLimitHeaders } from './mapUpstreamResponse.ts'

const response = (status: number, text: string, headers: Record<string, string> = {}) =>
  ({ kind: 'response', status, text, headers: new Headers(headers) }) as const

describe('mapUpstreamResponse', () => {
  it('normalises valid 2xx bodies into the proxy body format and rejects malformed ones', () => {
    const body =
      '{"mrrs":[{"month":"2026-01-01T00:00:00.000Z","amount_cents":"12.5","currency":"eur"},{"month":"2026-02-01","amount_cents":null,"currency":null}]}'
    const outcome = mapUpstreamResponse(DATASETS.mrr, response(200, body), 1)
    expect(outcome).toEqual({
      ok: true,
      body: JSON.stringify({
        format: PROXY_BODY_FORMAT,
        rows: [{ month: '2026-01-01', amountCents: 13, currency: 'EUR' }],
      }),
    })
    // What a browser client reads back without its own validator: the same result.
    const text = outcome.ok ? outcome.body : ''
    expect(readProxyBody('mrr', JSON.parse(text), false)).toEqual(
      parseDatasetResponse('mrr', JSON.parse(body)),
    )
    for (const bad of ['', '{', '{"mrrs":{}}', '[]', '{"mrrs":[{"month":1}]}']) {
      const outcome = mapUpstreamResponse(DATASETS.mrr, response(200, bad), 1)
      expect(outcome.ok ? 'ok' : outcome.failure.code, bad).toBe('upstream_invalid_response')
    }
  })

  it('rebuilds 4xx bodies from known fields only', () => {
    const outcome = mapUpstreamResponse(
      DATASETS.mrr,
      response(
        422,
        JSON.stringify({
          status: 422,
          error: 'Unprocessable Entity',
          code: 'validation_errors',
          error_details: { months: ['invalid'] },
          debug: 'stack',
        }),
        { 'retry-after': '3', 'set-cookie': 'a=b' },
      ),
      1,
    )
    expect(outcome).toEqual({
      ok: false,
      failure: {
        status: 422,
        error: 'Unprocessable Entity',
        code: 'validation_errors',
        message: 'Lago answered 422 (validation_errors)',
        details: { months: ['invalid'] },
        headers: { 'retry-after': '3' },
        staleable: false,
      },
    })
    const odd = mapUpstreamResponse(DATASETS.mrr, response(404, '<html>nope</html>'), 1)
    expect(odd.ok ? undefined : [odd.failure.code, odd.failure.error]).toEqual([
      'upstream_client_error',
      'Not Found',
    ])
  })

  it('401 → 502 upstream_unauthorized; 5xx → 502 upstream_error with a valid Retry-After', () => {
    const unauthorized = mapUpstreamResponse(
      DATASETS.mrr,
      response(401, '{"status":401,"error":"Unauthorized"}'),
      1,
    )
    expect(
      unauthorized.ok ? undefined : [unauthorized.failure.status, unauthorized.failure.code],
    ).toEqual([502, 'upstream_unauthorized'])
    const down = mapUpstreamResponse(DATASETS.mrr, response(503, 'x', { 'retry-after': '5' }), 1)
    expect(
      down.ok ? undefined : [down.failure.status, down.failure.code, down.failure.headers],
    ).toEqual([502, 'upstream_error', { 'retry-after': '5' }])
  })

  it('maps transport failures', () => {
    const timeout = mapUpstreamResponse(DATASETS.mrr, { kind: 'timeout' }, 250)
    expect(
      timeout.ok
        ? undefined
        : [timeout.failure.status, timeout.failure.code, timeout.failure.message],
    ).toEqual([504, 'upstream_timeout', 'Lago did not answer within 250 ms'])
    const network = mapUpstreamResponse(
      DATASETS.mrr,
      { kind: 'network', message: 'ECONNREFUSED 10.0.0.1:443' },
      1,
    )
    expect(network.ok ? undefined : network.failure.message).toBe('Lago could not be reached')
  })

  it('passes only well-formed rate-limit headers', () => {
    expect(
      safeRateLimitHeaders(
        new Headers({
          'retry-after': 'Wed, 21 Oct 2026 07:28:00 GMT',
          'x-ratelimit-limit': '100',
          'x-ratelimit-remaining': '<script>',
          'x-ratelimit-reset': '1.5',
        }),
      ),
    ).toEqual({
      'retry-after': 'Wed, 21 Oct 2026 07:28:00 GMT',
      'x-ratelimit-limit': '100',
      'x-ratelimit-reset': '1.5',
    })
  })
})
