import { describe, expect, it } from 'vitest'
import { fetchBounded } from './fetchBounded.ts'

const GET = { method: 'GET' as const, headers: {} }

describe('fetchBounded', () => {
  it('reads the body as text', async () => {
    const result = await fetchBounded('http://x', GET, {
      fetch: async () => new Response('{"a":1}', { status: 201 }),
      timeoutMs: 1_000,
      maxBytes: 100,
    })
    expect(result).toMatchObject({ kind: 'response', status: 201, text: '{"a":1}' })
  })

  it('refuses bodies over the limit, declared or streamed', async () => {
    const declared = await fetchBounded('http://x', GET, {
      fetch: async () => new Response('x'.repeat(10), { headers: { 'content-length': '1000' } }),
      timeoutMs: 1_000,
      maxBytes: 100,
    })
    expect(declared).toEqual({ kind: 'too_large' })
    const streamed = await fetchBounded('http://x', GET, {
      fetch: async () => new Response('y'.repeat(101)),
      timeoutMs: 1_000,
      maxBytes: 100,
    })
    expect(streamed).toEqual({ kind: 'too_large' })
  })

  it('times out even when fetch ignores its signal, and during a slow body', async () => {
    const deaf = await fetchBounded('http://x', GET, {
      fetch: () => new Promise<Response>(() => undefined),
      timeoutMs: 30,
      maxBytes: 100,
    })
    expect(deaf).toEqual({ kind: 'timeout' })
    const slowBody = await fetchBounded('http://x', GET, {
      fetch: async () =>
        new Response(
          new ReadableStream({
            start(controller) {
              controller.enqueue(new TextEncoder().encode('{'))
            },
          }),
        ),
      timeoutMs: 30,
      maxBytes: 100,
    })
    expect(slowBody).toEqual({ kind: 'timeout' })
  })

  it('reports network errors and refuses redirects', async () => {
    let redirect: RequestRedirect | undefined
    const result = await fetchBounded('http://x', GET, {
      fetch: async (_input, init) => {
        redirect = init?.redirect
        throw new TypeError('fetch failed')
      },
      timeoutMs: 1_000,
      maxBytes: 100,
    })
    expect(result).toEqual({ kind: 'network', message: 'fetch failed' })
    expect(redirect).toBe('error')
  })
})
