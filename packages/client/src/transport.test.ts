import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { createLagoAnalyticsClient } from './createLagoAnalyticsClient.ts'
import {
  LagoAnalyticsHttpError,
  LagoAnalyticsNetworkError,
  LagoAnalyticsResponseError,
  LagoAnalyticsTimeoutError,
} from './errors.ts'
import { backoffDelay, DEFAULT_RETRY } from './transport.ts'
import { fakeFetch, hangingFetch, json } from '../test/fakeFetch.ts'

const API_KEY = 'lago_secret_key_7f3a9c'
const TOKEN = 'data_api_secret_token_19bd'
const OK = json({
  mrrs: [{ month: '2026-07-01T00:00:00.000Z', amount_cents: 100, currency: 'EUR' }],
})
const lagoError = (status: number, body: object, headers: Record<string, string> = {}) =>
  json({ status, ...body }, { status, headers })

function client(fetch: typeof globalThis.fetch, extra: Record<string, unknown> = {}) {
  return createLagoAnalyticsClient({
    apiUrl: 'https://lago.test',
    apiKey: API_KEY,
    dataApi: { url: 'https://data.test', token: TOKEN, organizationId: 'org-1' },
    fetch,
    ...extra,
  })
}

function settle<T>(promise: Promise<T>) {
  const outcome: { value?: T; error?: unknown; done: boolean } = { done: false }
  promise.then(
    (value) => Object.assign(outcome, { value, done: true }),
    (error: unknown) => Object.assign(outcome, { error, done: true }),
  )
  return outcome
}

// A client reading Lago's raw bodies loads its response parser on the first 2xx (a dynamic
// import, which fake timers do not advance): load it up front so the timings below are the
// transport's alone.
beforeAll(async () => {
  await import('./parseDatasetResponse.ts')
})
beforeEach(() => {
  vi.useFakeTimers()
  vi.spyOn(Math, 'random').mockReturnValue(0.5)
})
afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
})

describe('retries', () => {
  it.each([429, 502, 503, 504])('retries a %i and then succeeds', async (status) => {
    const { fetch, calls } = fakeFetch(lagoError(status, { error: 'x' }), OK)
    const outcome = settle(client(fetch).mrr())
    await vi.advanceTimersByTimeAsync(0)
    expect(calls).toHaveLength(1)
    // first backoff: ceiling 250 ms, equal jitter with random 0.5 → 188 ms
    await vi.advanceTimersByTimeAsync(187)
    expect(calls).toHaveLength(1)
    await vi.advanceTimersByTimeAsync(1)
    expect(calls).toHaveLength(2)
    expect(outcome.done).toBe(true)
    expect(outcome.value?.rows).toHaveLength(1)
  })

  it('backs off exponentially with jitter, capped by maxDelayMs', () => {
    const retry = { ...DEFAULT_RETRY, baseDelayMs: 100, maxDelayMs: 1000 }
    expect([0, 1, 2, 3, 4].map((attempt) => backoffDelay(attempt, retry, () => 0))).toEqual([
      50, 100, 200, 400, 500,
    ])
    expect([0, 1, 2, 3, 4].map((attempt) => backoffDelay(attempt, retry, () => 1))).toEqual([
      100, 200, 400, 800, 1000,
    ])
  })

  it('gives up after `retries` and raises the last error', async () => {
    const { fetch, calls } = fakeFetch(lagoError(503, { error: 'Service Unavailable' }))
    const outcome = settle(client(fetch, { retry: { retries: 3, baseDelayMs: 10 } }).mrr())
    await vi.advanceTimersByTimeAsync(10_000)
    expect(calls).toHaveLength(4)
    expect(outcome.error).toBeInstanceOf(LagoAnalyticsHttpError)
    expect((outcome.error as LagoAnalyticsHttpError).status).toBe(503)
  })

  it.each([400, 401, 403, 404, 422, 500])('never retries a %i', async (status) => {
    const { fetch, calls } = fakeFetch(lagoError(status, { error: 'nope', code: 'some_code' }))
    const outcome = settle(client(fetch).mrr())
    await vi.advanceTimersByTimeAsync(60_000)
    expect(calls).toHaveLength(1)
    expect(outcome.error).toMatchObject({
      status,
      lagoCode: 'some_code',
      error: 'nope',
      retryable: false,
    })
  })

  it('retries network errors', async () => {
    const { fetch, calls } = fakeFetch(new TypeError('fetch failed'), OK)
    const outcome = settle(client(fetch).mrr())
    await vi.advanceTimersByTimeAsync(1_000)
    expect(calls).toHaveLength(2)
    expect(outcome.value?.rows).toHaveLength(1)
  })

  it('raises LagoAnalyticsNetworkError when the network keeps failing', async () => {
    const { fetch } = fakeFetch(new TypeError('fetch failed'))
    const outcome = settle(client(fetch, { retry: false }).mrr())
    await vi.advanceTimersByTimeAsync(0)
    expect(outcome.error).toBeInstanceOf(LagoAnalyticsNetworkError)
    expect((outcome.error as Error).message).toContain('fetch failed')
  })

  it('honours Retry-After in seconds', async () => {
    const { fetch, calls } = fakeFetch(
      lagoError(429, { error: 'Too Many Requests' }, { 'retry-after': '3' }),
      OK,
    )
    settle(client(fetch).mrr())
    await vi.advanceTimersByTimeAsync(2_999)
    expect(calls).toHaveLength(1)
    await vi.advanceTimersByTimeAsync(1)
    expect(calls).toHaveLength(2)
  })

  it('honours Retry-After as an HTTP date', async () => {
    vi.setSystemTime(new Date('2026-11-24T10:00:00Z'))
    const { fetch, calls } = fakeFetch(
      lagoError(
        429,
        { error: 'Too Many Requests' },
        { 'retry-after': 'Tue, 24 Nov 2026 10:00:05 GMT' },
      ),
      OK,
    )
    settle(client(fetch).mrr())
    await vi.advanceTimersByTimeAsync(4_999)
    expect(calls).toHaveLength(1)
    await vi.advanceTimersByTimeAsync(1)
    expect(calls).toHaveLength(2)
  })

  it('falls back to x-ratelimit-reset on a 429 without Retry-After', async () => {
    const { fetch, calls } = fakeFetch(
      lagoError(
        429,
        { error: 'Too Many Requests' },
        { 'x-ratelimit-limit': '100', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '2' },
      ),
      OK,
    )
    settle(client(fetch).mrr())
    await vi.advanceTimersByTimeAsync(1_999)
    expect(calls).toHaveLength(1)
    await vi.advanceTimersByTimeAsync(1)
    expect(calls).toHaveLength(2)
  })

  it('fails at once when the server asks for a wait longer than maxRetryAfterMs', async () => {
    const { fetch, calls } = fakeFetch(
      lagoError(429, { error: 'Too Many Requests' }, { 'retry-after': '3600' }),
    )
    const outcome = settle(client(fetch).mrr())
    await vi.advanceTimersByTimeAsync(0)
    expect(calls).toHaveLength(1)
    expect(outcome.error).toBeInstanceOf(LagoAnalyticsHttpError)
    expect((outcome.error as LagoAnalyticsHttpError).rateLimit?.retryAfterMs).toBe(3_600_000)
  })

  it('reports rate-limit headers to onRateLimit on every response', async () => {
    const onRateLimit = vi.fn()
    const { fetch } = fakeFetch(
      lagoError(
        429,
        { error: 'Too Many Requests' },
        {
          'retry-after': '1',
          'x-ratelimit-limit': '10',
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset': '1',
        },
      ),
      json(
        { mrrs: [] },
        {
          headers: {
            'x-ratelimit-limit': '10',
            'x-ratelimit-remaining': '9',
            'x-ratelimit-reset': '60',
          },
        },
      ),
    )
    settle(client(fetch, { onRateLimit }).mrr())
    await vi.advanceTimersByTimeAsync(2_000)
    expect(onRateLimit.mock.calls.map(([info]) => info)).toEqual([
      { dataset: 'mrr', status: 429, limit: 10, remaining: 0, resetSeconds: 1, retryAfterMs: 1000 },
      {
        dataset: 'mrr',
        status: 200,
        limit: 10,
        remaining: 9,
        resetSeconds: 60,
        retryAfterMs: undefined,
      },
    ])
  })

  it('aborting the signal cancels a pending backoff at once', async () => {
    const { fetch, calls } = fakeFetch(lagoError(503, { error: 'x' }, { 'retry-after': '30' }), OK)
    const controller = new AbortController()
    const outcome = settle(client(fetch).mrr({}, { signal: controller.signal }))
    await vi.advanceTimersByTimeAsync(100)
    expect(outcome.done).toBe(false)
    controller.abort()
    await vi.advanceTimersByTimeAsync(0)
    expect(outcome.done).toBe(true)
    expect((outcome.error as Error).name).toBe('AbortError')
    await vi.advanceTimersByTimeAsync(60_000)
    expect(calls).toHaveLength(1)
  })

  it('an already aborted signal sends nothing', async () => {
    const { fetch, calls } = fakeFetch(OK)
    const controller = new AbortController()
    controller.abort(new Error('gone'))
    await expect(client(fetch).mrr({}, { signal: controller.signal })).rejects.toThrow('gone')
    expect(calls).toHaveLength(0)
  })
})

describe('timeouts', () => {
  it('raises LagoAnalyticsTimeoutError after timeoutMs, retrying first', async () => {
    let attempts = 0
    const hang = hangingFetch()
    const fetch = ((input: string, init?: RequestInit) => {
      attempts++
      return hang(input, init)
    }) as typeof globalThis.fetch
    const outcome = settle(
      client(fetch, { timeoutMs: 1_000, retry: { retries: 1, baseDelayMs: 100 } }).mrr(),
    )
    await vi.advanceTimersByTimeAsync(999)
    expect(outcome.done).toBe(false)
    await vi.advanceTimersByTimeAsync(1_200)
    expect(attempts).toBe(2)
    expect(outcome.error).toBeInstanceOf(LagoAnalyticsTimeoutError)
    expect((outcome.error as LagoAnalyticsTimeoutError).timeoutMs).toBe(1_000)
  })

  it('the caller aborting during a request is an abort, not a timeout', async () => {
    const controller = new AbortController()
    const outcome = settle(client(hangingFetch()).mrr({}, { signal: controller.signal }))
    await vi.advanceTimersByTimeAsync(10)
    controller.abort()
    await vi.advanceTimersByTimeAsync(0)
    expect((outcome.error as Error).name).toBe('AbortError')
  })
})

describe('bodies', () => {
  it('a 2xx with invalid JSON is a LagoAnalyticsResponseError', async () => {
    const { fetch } = fakeFetch(new Response('{"mrrs": [', { status: 200 }))
    const error = await client(fetch)
      .mrr()
      .catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(LagoAnalyticsResponseError)
    expect((error as Error).message).toContain('not valid JSON')
  })

  it('a 2xx with an empty body is a LagoAnalyticsResponseError', async () => {
    const { fetch } = fakeFetch(new Response('', { status: 200 }))
    await expect(client(fetch).mrr()).rejects.toThrow('the body is empty')
  })

  it('an HTML error page still gives a typed HTTP error', async () => {
    const { fetch } = fakeFetch(new Response('<html>Bad gateway</html>', { status: 500 }))
    const error = (await client(fetch)
      .mrr()
      .catch((caught: unknown) => caught)) as LagoAnalyticsHttpError
    expect(error).toBeInstanceOf(LagoAnalyticsHttpError)
    expect(error.status).toBe(500)
    expect(error.error).toBe('HTTP 500')
  })

  it('reads Lago error bodies: error, code and error_details', async () => {
    const { fetch } = fakeFetch(
      lagoError(422, {
        error: 'Unprocessable Entity',
        code: 'validation_errors',
        error_details: { months: ['invalid'] },
      }),
    )
    const error = (await client(fetch)
      .mrr()
      .catch((caught: unknown) => caught)) as LagoAnalyticsHttpError
    expect(error.errorDetails).toEqual({ months: ['invalid'] })
    expect(error.lagoCode).toBe('validation_errors')
    expect(error.message).toBe(
      'Lago analytics mrr request failed: 422 Unprocessable Entity (validation_errors)',
    )
  })

  it('flags 403 feature_unavailable', async () => {
    const { fetch } = fakeFetch(lagoError(403, { error: 'Forbidden', code: 'feature_unavailable' }))
    const error = (await client(fetch)
      .mrr()
      .catch((caught: unknown) => caught)) as LagoAnalyticsHttpError
    expect(error.isFeatureUnavailable).toBe(true)
  })
})

describe('secrets', () => {
  it('no error, message, stack or property ever contains the API key or the Data API token', async () => {
    const failures = [
      lagoError(401, { error: 'Unauthorized' }),
      lagoError(429, { error: 'Too Many Requests' }, { 'retry-after': '99999' }),
      new Response('{bad', { status: 200 }),
      new TypeError(`connect ECONNREFUSED`),
    ]
    for (const reply of failures) {
      for (const method of ['mrr', 'revenueStreams'] as const) {
        const { fetch } = fakeFetch(reply)
        const lago = client(fetch, { retry: false })
        const error = await lago[method]().catch((caught: unknown) => caught)
        const dump = [
          String(error),
          (error as Error).stack,
          JSON.stringify(error),
          JSON.stringify(Object.getOwnPropertyDescriptors(error)),
          String((error as Error).cause),
        ].join('\n')
        expect(dump).not.toContain(API_KEY)
        expect(dump).not.toContain(TOKEN)
      }
    }
  })

  it('the client object does not expose the key', () => {
    const lago = client(fakeFetch(OK).fetch)
    expect(JSON.stringify(lago)).not.toContain(API_KEY)
    expect(Object.values(lago).map(String).join()).not.toContain(API_KEY)
  })
})
