/**
 * A module behind a dynamic `import()` (its own chunk): loaded once, on demand, then kept.
 * `peek()` reads it synchronously once it has arrived.
 */
export interface LazyModule<T> {
  /** Starts (or joins) the import. A failed import is forgotten, so the next call retries. */
  load: () => Promise<T>
  /** The module once loaded, else `undefined`. */
  peek: () => T | undefined
}

export function lazyModule<T>(importer: () => Promise<T>): LazyModule<T> {
  let loaded: T | undefined
  let pending: Promise<T> | undefined
  return {
    load() {
      if (loaded !== undefined) return Promise.resolve(loaded)
      pending ??= importer().then(
        (module) => {
          loaded = module
          return module
        },
        (error: unknown) => {
          pending = undefined
          throw error
        },
      )
      return pending
    },
    peek: () => loaded,
  }
}

/** Warms the chunk (pointer over or focus on a trigger); a failure is reported by the real load. */
export function preload(module: LazyModule<unknown>): void {
  module.load().catch(() => {})
}
