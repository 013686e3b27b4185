export interface ChunkOptions {
  /** At most this many rows between two yields to the event loop. Default 5,000. */
  chunkSize?: number | undefined
  /**
   * Milliseconds of work after which the export yields to the event loop, however few rows
   * that was. Default 8, so no task of an export comes near the 50 ms of a long task.
   */
  sliceMs?: number | undefined
  /** Called at every yield and at the end, with rows done and the total. */
  onProgress?: ((done: number, total: number) => void) | undefined
  /** Cancels the export between chunks (rejects with the signal's reason). */
  signal?: AbortSignal | undefined
}

/** Rows processed between two looks at the clock. */
const BLOCK_ROWS = 256

/**
 * Yields to the event loop with a macrotask, so a browser can paint and handle input: a
 * `MessageChannel` message (as React's scheduler does), since a chain of `setTimeout(0)` is
 * clamped to 4 ms a step after five steps.
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel()
    port1.onmessage = () => {
      port1.close()
      resolve()
    }
    port2.postMessage(0)
  })
}

/**
 * Runs `work(start, end)` over `[0, total)` in blocks of at most 256 rows and yields to the event
 * loop (a macrotask) once `sliceMs` of work has passed or `chunkSize` rows were done since the
 * last yield, reporting progress at each yield, so large exports never block the main thread for
 * long. `work` may return a promise (awaited before the clock is read again; its type is
 * `unknown` so that any arrow function fits). The clock only
 * decides when to yield, never what is written: equal input gives equal output.
 */
export async function processInChunks(
  total: number,
  work: (start: number, end: number) => unknown,
  options: ChunkOptions = {},
): Promise<void> {
  const maxRows = Math.max(1, Math.floor(options.chunkSize ?? 5000))
  const sliceMs = options.sliceMs ?? 8
  options.signal?.throwIfAborted()
  if (total === 0) options.onProgress?.(0, 0)
  let since = performance.now()
  let sliceStart = 0
  for (let start = 0; start < total;) {
    const end = Math.min(total, start + BLOCK_ROWS, sliceStart + maxRows)
    await work(start, end)
    start = end
    if (end === total) options.onProgress?.(total, total)
    else if (end - sliceStart >= maxRows || performance.now() - since >= sliceMs) {
      options.onProgress?.(end, total)
      await yieldToEventLoop()
      options.signal?.throwIfAborted()
      since = performance.now()
      sliceStart = end
    }
  }
}
