export interface ChunkOptions {
  /** Rows per chunk between yields to the event loop. Default 5,000. */
  chunkSize?: number | undefined
  /** Called after each chunk with rows done and the total. */
  onProgress?: ((done: number, total: number) => void) | undefined
  /** Cancels the export between chunks (rejects with the signal's reason). */
  signal?: AbortSignal | undefined
}

/** Yields to the event loop with a macrotask, so a browser can paint and handle input. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0))
}

/**
 * Runs `work(start, end)` over `[0, total)` in chunks, awaiting a macrotask between chunks and
 * reporting progress, so large exports never block the main thread for long.
 */
export async function processInChunks(
  total: number,
  work: (start: number, end: number) => void,
  options: ChunkOptions = {},
): Promise<void> {
  const size = Math.max(1, Math.floor(options.chunkSize ?? 5000))
  options.signal?.throwIfAborted()
  if (total === 0) options.onProgress?.(0, 0)
  for (let start = 0; start < total; start += size) {
    const end = Math.min(total, start + size)
    work(start, end)
    options.onProgress?.(end, total)
    if (end < total) {
      await yieldToEventLoop()
      options.signal?.throwIfAborted()
    }
  }
}
