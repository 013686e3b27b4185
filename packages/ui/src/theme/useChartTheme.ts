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
  return useChartThemeState(ref, override).theme
}

/**
 * `useChartTheme` plus whether the theme is final: `resolved` is false until the element's CSS
 * has been read after mount (always on the server), true at once with an `override`. A chart
 * waits for it before handing an option to ECharts, so that mounting costs one `setOption`, not
 * one with the static light theme and a second with the resolved one.
 */
export function useChartThemeState(
  ref: RefObject<Element | null>,
  override?: ChartTheme | undefined,
): { theme: ChartTheme; resolved: boolean } {
  const [theme, setTheme] = useState<ChartTheme | null>(null)
  useIsomorphicLayoutEffect(() => {
    if (override !== undefined) return
    const update = () => {
      const next = resolveChartTheme(ref.current)
      setTheme((current) => (current !== null && sameTheme(current, next) ? current : next))
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
  if (override !== undefined) return { theme: override, resolved: true }
  return { theme: theme ?? LIGHT_CHART_THEME, resolved: theme !== null }
}
