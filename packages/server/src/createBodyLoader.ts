/**
 * Cache, coalescing and stale-if-error around an upstream fetch.
 *
 * - a fresh cached body (fresh until the next daily refresh) is served without any upstream call;
 * - concurrent identical requests in one process share one in-flight fetch;
 * - across processes sharing a store, a lease elects one filler; the others poll the store for
 *   the body (or the filler's failure note) and take over if the lease lapses;
 * - when the upstream fails with a 5xx, timeout, network error, malformed body or 429, a stale
 *   body still in the store is served instead, marked as such.
 */
import { freshness } from './freshness.ts'
import { hashText } from './hashText.ts'
import type { ProxyFailure } from './proxyError.ts'
import type { CachedBody, ProxyStore } from './ProxyStore.ts'
import type { UpstreamOutcome } from './Upstream.ts'
import type { CacheOutcome } from './types.ts'

export type LoadResult =
  | { ok: true; entry: CachedBody; outcome: CacheOutcome; staleReason?: ProxyFailure }
  | { ok: false; failure: ProxyFailure }

export interface BodyLoaderOptions {
  store: ProxyStore
  enabled: boolean
  now: () => number
  marginMinutes: number
  staleIfErrorMs: number
  /** How long a filler may hold the lease; waiters take over after it. */
  leaseMs: number
  /** How long a failure note stays readable by waiters. */
  failureNoteMs: number
  /** Scrubs secrets from bodies before they are cached. */
  redact: (text: string) => string
}

export interface BodyLoader {
  load(key: string, fetcher: () => Promise<UpstreamOutcome>): Promise<LoadResult>
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

export function createBodyLoader(options: BodyLoaderOptions): BodyLoader {
  const { store, now } = options
  const inflight = new Map<string, Promise<LoadResult>>()

  async function entryOf(body: string): Promise<CachedBody> {
    const clean = options.redact(body)
    const storedAt = now()
    const { nextRefreshAt, dataAsOf } = freshness(storedAt, options.marginMinutes)
    return {
      body: clean,
      etag: `"${await hashText(clean)}"`,
      storedAt,
      freshUntil: nextRefreshAt,
      dataAsOf,
    }
  }

  const fresh = (entry: CachedBody | undefined): entry is CachedBody =>
    entry !== undefined && entry.freshUntil > now()

  function failureOrStale(failure: ProxyFailure, stale: CachedBody | undefined): LoadResult {
    if (failure.staleable && stale !== undefined) {
      return { ok: true, entry: stale, outcome: 'stale', staleReason: failure }
    }
    return { ok: false, failure }
  }

  async function fill(
    key: string,
    stale: CachedBody | undefined,
    fetcher: () => Promise<UpstreamOutcome>,
  ): Promise<LoadResult> {
    if (!options.enabled) {
      const outcome = await fetcher()
      return outcome.ok
        ? { ok: true, entry: await entryOf(outcome.body), outcome: 'bypass' }
        : { ok: false, failure: outcome.failure }
    }
    const bodyKey = `body:${key}`
    const leaseKey = `lease:${key}`
    const failKey = `fail:${key}`
    const owner = crypto.randomUUID()
    const waitStart = now()
    const deadline = Date.now() + options.leaseMs
    let delay = 15
    let leased = false
    let latest = stale
    for (;;) {
      leased = await store.acquireLease(leaseKey, owner, options.leaseMs)
      if (leased || Date.now() >= deadline) break
      await sleep(delay)
      delay = Math.min(Math.round(delay * 1.5), 150)
      const body = await store.getBody(bodyKey)
      if (fresh(body)) return { ok: true, entry: body, outcome: 'coalesced' }
      latest = body ?? latest
      const note = await store.getFailure(failKey)
      if (note !== undefined && note.finishedAt >= waitStart) {
        return failureOrStale(note.failure, latest)
      }
    }
    try {
      const again = await store.getBody(bodyKey)
      if (fresh(again)) return { ok: true, entry: again, outcome: 'coalesced' }
      latest = again ?? latest
      const outcome = await fetcher()
      if (outcome.ok) {
        const entry = await entryOf(outcome.body)
        await store.setBody(bodyKey, entry, entry.freshUntil - now() + options.staleIfErrorMs)
        return { ok: true, entry, outcome: 'miss' }
      }
      await store.setFailure(
        failKey,
        { failure: outcome.failure, finishedAt: now() },
        options.failureNoteMs,
      )
      return failureOrStale(outcome.failure, latest)
    } finally {
      if (leased) await store.releaseLease(leaseKey, owner)
    }
  }

  return {
    async load(key, fetcher) {
      let stale: CachedBody | undefined
      if (options.enabled) {
        const cached = await store.getBody(`body:${key}`)
        if (fresh(cached)) return { ok: true, entry: cached, outcome: 'hit' }
        stale = cached
      }
      const running = inflight.get(key)
      if (running !== undefined) {
        const shared = await running
        return shared.ok && shared.outcome !== 'stale'
          ? { ...shared, outcome: 'coalesced' }
          : shared
      }
      const filling = fill(key, stale, fetcher).finally(() => inflight.delete(key))
      inflight.set(key, filling)
      return filling
    },
  }
}
