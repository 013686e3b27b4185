import { useState, type RefObject } from 'react'
import { useIsomorphicLayoutEffect } from '../internal/useIsomorphicLayoutEffect.ts'
import { LIGHT_CHART_THEME, type ChartTheme } from './chartTheme.ts'
import { resolveChartTheme } from './resolveChartTheme.ts'

function sameTheme(a: ChartTheme, b: ChartTheme): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

/**
 * The chart theme of an element, resolved after mount from its CSS variables and kept up to date
 * when the OS colour scheme or any `data-theme` or `class` attribute changes. `override`
 * skips resolution. Before mount (and on the server) it is the static light theme.
 */
export function useChartTheme(
  ref: RefObject<Element | null>,
  override?: ChartTheme | undefined,
): ChartTheme {
  const [theme, setTheme] = useState<ChartTheme>(LIGHT_CHART_THEME)
  useIsomorphicLayoutEffect(() => {
    if (override !== undefined) return
    const update = () => {
      const next = resolveChartTheme(ref.current)
      setTheme((current) => (sameTheme(current, next) ? current : next))
    }
    update()
    const media =
      typeof window.matchMedia === 'function'
        ? window.matchMedia('(prefers-color-scheme: dark)')
        : null
    media?.addEventListener('change', update)
    const observer = typeof MutationObserver === 'function' ? new MutationObserver(update) : null
    observer?.observe(document.documentElement, {
      attributes: true,
      subtree: true,
      attributeFilter: ['data-theme', 'class'],
    })
    return () => {
      media?.removeEventListener('change', update)
      observer?.disconnect()
    }
  }, [ref, override])
  return override ?? theme
}
