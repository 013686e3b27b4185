/** A counting semaphore: at most `concurrency` tasks run at once; the rest wait in order. */
export interface Limiter {
  run<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T>
  /** Tasks running now. */
  readonly active: number
  /** Most tasks ever running at once. */
  readonly peak: number
}

export function createLimiter(concurrency: number): Limiter {
  if (!Number.isInteger(concurrency) || concurrency < 1)
    throw new RangeError('concurrency must be a positive integer')
  let active = 0
  let peak = 0
  const waiting: (() => void)[] = []
  const acquire = (signal?: AbortSignal) =>
    new Promise<void>((resolve, reject) => {
      if (active < concurrency) {
        active++
        peak = Math.max(peak, active)
        resolve()
        return
      }
      const grant = () => {
        signal?.removeEventListener('abort', onAbort)
        active++
        peak = Math.max(peak, active)
        resolve()
      }
      const onAbort = () => {
        const index = waiting.indexOf(grant)
        if (index >= 0) waiting.splice(index, 1)
        reject(signal?.reason ?? new DOMException('Aborted', 'AbortError'))
      }
      if (signal?.aborted) return onAbort()
      signal?.addEventListener('abort', onAbort, { once: true })
      waiting.push(grant)
    })
  return {
    async run(task, signal) {
      await acquire(signal)
      try {
        return await task()
      } finally {
        active--
        waiting.shift()?.()
      }
    },
    get active() {
      return active
    },
    get peak() {
      return peak
    },
  }
}
