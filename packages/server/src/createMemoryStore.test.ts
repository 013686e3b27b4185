import { describe, expect, it } from 'vitest'
import { createMemoryStore } from './createMemoryStore.ts'
import type { CachedBody } from './ProxyStore.ts'

const body = (text: string): CachedBody => ({
  body: text,
  etag: '"e"',
  storedAt: 0,
  freshUntil: 1,
  dataAsOf: 0,
})

describe('createMemoryStore', () => {
  it('evicts least recently used bodies by count and by size', async () => {
    const store = createMemoryStore({ maxEntries: 2, maxBodyChars: 10 })
    await store.setBody('a', body('aaa'), 1_000)
    await store.setBody('b', body('bbb'), 1_000)
    await store.getBody('a')
    await store.setBody('c', body('ccc'), 1_000)
    expect(await store.getBody('b')).toBeUndefined()
    expect((await store.getBody('a'))?.body).toBe('aaa')
    await store.setBody('d', body('dddddddd'), 1_000)
    expect(store.size().bodyChars).toBeLessThanOrEqual(10)
    await store.setBody('huge', body('x'.repeat(11)), 1_000)
    expect(await store.getBody('huge')).toBeUndefined()
  })

  it('expires entries, leases and failure notes with its clock', async () => {
    let now = 0
    const store = createMemoryStore({ now: () => now })
    await store.setBody('a', body('a'), 100)
    await store.setFailure(
      'f',
      {
        failure: {
          status: 502,
          error: 'Bad Gateway',
          code: 'upstream_error',
          message: 'x',
          staleable: true,
        },
        finishedAt: 0,
      },
      100,
    )
    expect(await store.acquireLease('l', 'one', 100)).toBe(true)
    expect(await store.acquireLease('l', 'two', 100)).toBe(false)
    await store.releaseLease('l', 'two')
    expect(await store.acquireLease('l', 'two', 100)).toBe(false)
    now = 100
    expect(await store.getBody('a')).toBeUndefined()
    expect(await store.getFailure('f')).toBeUndefined()
    expect(await store.acquireLease('l', 'two', 100)).toBe(true)
    await store.releaseLease('l', 'two')
    expect(await store.acquireLease('l', 'three', 100)).toBe(true)
  })

  it('keeps a bounded number of rate-limit buckets', async () => {
    const store = createMemoryStore({ maxBuckets: 3 })
    for (let i = 0; i < 10; i++) await store.take(`k${i}`, { capacity: 1, refillPerSecond: 1 }, 0)
    expect(store.size().buckets).toBe(3)
  })
})
