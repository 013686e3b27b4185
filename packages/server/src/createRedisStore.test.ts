import { describe, expect, it } from 'vitest'
import { createMemoryStore } from './createMemoryStore.ts'
import { createRedisStore, type RedisClientLike } from './createRedisStore.ts'

/** A client whose every command fails or never answers. */
function brokenClient(mode: 'reject' | 'hang'): RedisClientLike & { commands: number } {
  const client = {
    commands: 0,
    command(): Promise<never> {
      client.commands++
      return mode === 'reject'
        ? Promise.reject(
            new Error("Stream isn't writeable and enableOfflineQueue options is false"),
          )
        : new Promise<never>(() => undefined)
    },
    get: () => client.command(),
    set: () => client.command(),
    eval: () => client.command(),
    quit: async () => 'OK',
  }
  return client as unknown as RedisClientLike & { commands: number }
}

const body = { body: '[]', etag: '"e"', storedAt: 0, freshUntil: 10, dataAsOf: 0 }

describe('createRedisStore (without a server)', () => {
  it.each(['reject', 'hang'] as const)(
    'falls back to memory when commands %s, and backs off',
    async (mode) => {
      const client = brokenClient(mode)
      const errors: Error[] = []
      const fallback = createMemoryStore()
      const store = createRedisStore({
        client,
        fallback,
        commandTimeoutMs: 20,
        retryAfterMs: 10_000,
        onError: (e) => errors.push(e),
      })
      await store.setBody('k', body, 1_000)
      expect(await store.getBody('k')).toEqual(body)
      expect(await store.acquireLease('l', 'me', 1_000)).toBe(true)
      expect((await store.take('r', { capacity: 1, refillPerSecond: 1 }, 0)).allowed).toBe(true)
      expect(store.healthy()).toBe(false)
      // One failing command, then the store stays on memory until retryAfterMs has passed.
      expect(client.commands).toBe(1)
      expect(errors).toHaveLength(1)
    },
  )

  it('needs exactly one of client or url', () => {
    expect(() => createRedisStore({})).toThrow(TypeError)
    expect(() => createRedisStore({ client: brokenClient('reject'), url: 'redis://x' })).toThrow(
      TypeError,
    )
  })
})
