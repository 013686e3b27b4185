/** The token-bucket rule, shared by the memory store (and mirrored by the Redis script). */
import type { TakeResult, TokenBucketConfig } from './ProxyStore.ts'

export interface BucketState {
  tokens: number
  updatedAt: number
}

/** Refills `state` up to `now`, takes one token if there is one; returns the new state. */
export function takeToken(
  state: BucketState | undefined,
  config: TokenBucketConfig,
  now: number,
): { state: BucketState; result: TakeResult } {
  const { capacity, refillPerSecond } = config
  const elapsed = state === undefined ? 0 : Math.max(0, now - state.updatedAt)
  let tokens = Math.min(capacity, (state?.tokens ?? capacity) + (elapsed * refillPerSecond) / 1000)
  const allowed = tokens >= 1
  if (allowed) tokens -= 1
  return {
    state: { tokens, updatedAt: now },
    result: {
      allowed,
      remaining: Math.floor(tokens),
      retryAfterMs: allowed ? 0 : Math.ceil(((1 - tokens) * 1000) / refillPerSecond),
    },
  }
}
