import {
  DEFAULT_FILTERS,
  fromSearchParams,
  mergeSearchParams,
  type FilterState,
} from '@lago-analytics/core/filters'

/** Syncs a filter store with some URL-like storage. */
export interface FilterUrlAdapter {
  /** Filters found in the URL (defaults where absent or invalid). */
  read(): FilterState
  /** Writes the filters, keeping every parameter the adapter does not own. */
  write(state: FilterState): void
  /** Calls back when the URL changes from outside (back/forward); returns an unsubscribe. */
  subscribe(onChange: () => void): () => void
}

export interface UrlSearchParamsAdapterOptions {
  /** Key prefix, so two dashboards on one page keep separate parameters. */
  prefix?: string | undefined
  /** Values left out of the URL. Default: the library defaults. */
  defaults?: FilterState | undefined
  /** `replace` (default) keeps history clean; `push` makes each change a history entry. */
  mode?: 'replace' | 'push' | undefined
  /** Defaults to the browser's `window`; pass another for tests or embedded frames. */
  window?:
    Pick<Window, 'location' | 'history' | 'addEventListener' | 'removeEventListener'> | undefined
}

/**
 * Keeps filters in `location.search` under a prefix (`?rev.currency=EUR&rev.range=last30Days`).
 * Safe to create during SSR: it touches `window` only when used.
 */
export function urlSearchParamsAdapter(
  options: UrlSearchParamsAdapterOptions = {},
): FilterUrlAdapter {
  const settings = { prefix: options.prefix, defaults: options.defaults ?? DEFAULT_FILTERS }
  const win = () => options.window ?? (typeof window === 'undefined' ? undefined : window)
  return {
    read() {
      const w = win()
      return w ? fromSearchParams(w.location.search, settings) : settings.defaults
    },
    write(state) {
      const w = win()
      if (!w) return
      const params = mergeSearchParams(w.location.search, state, settings).toString()
      const url = `${w.location.pathname}${params ? `?${params}` : ''}${w.location.hash}`
      if (url === `${w.location.pathname}${w.location.search}${w.location.hash}`) return
      if (options.mode === 'push') w.history.pushState(w.history.state, '', url)
      else w.history.replaceState(w.history.state, '', url)
    },
    subscribe(onChange) {
      const w = win()
      if (!w) return () => {}
      w.addEventListener('popstate', onChange)
      return () => w.removeEventListener('popstate', onChange)
    },
  }
}
