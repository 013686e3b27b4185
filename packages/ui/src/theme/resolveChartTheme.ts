import { staticChartTheme, type ChartTheme } from './chartTheme.ts'
import { PALETTE_SIZE, SERIES_VARIABLE_PREFIX, THEME_VARIABLES } from './themeVariables.ts'

/**
 * Light or dark for an element: the closest `data-theme` ancestor (`dark` / `light`), else the
 * `prefers-color-scheme` media query, else light.
 */
export function colorSchemeOf(element: Element | null): 'light' | 'dark' {
  const marked = element?.closest('[data-theme]')?.getAttribute('data-theme')
  if (marked === 'dark') return 'dark'
  if (marked === 'light') return 'light'
  if (typeof window !== 'undefined' && typeof window.matchMedia === 'function') {
    return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'
  }
  return 'light'
}

/**
 * Resolves the chart theme of an element from its computed `--lago-analytics-*` variables
 * (`styles.css`, or a host's overrides). Every variable that is not set falls back to the static
 * theme of the element's colour scheme, so this works on the server (`element` null), in jsdom
 * and without the stylesheet.
 */
export function resolveChartTheme(element: Element | null): ChartTheme {
  const fallback = staticChartTheme(colorSchemeOf(element))
  if (element === null || typeof getComputedStyle !== 'function') return fallback
  const style = getComputedStyle(element)
  const read = (name: string, otherwise: string): string => {
    const value = style.getPropertyValue(name).trim()
    return value === '' ? otherwise : value
  }
  const palette: string[] = []
  for (let i = 0; i < PALETTE_SIZE; i++) {
    palette.push(
      read(
        `${SERIES_VARIABLE_PREFIX}${i + 1}`,
        fallback.palette[i % fallback.palette.length] ?? '',
      ),
    )
  }
  const theme: { -readonly [K in keyof ChartTheme]: ChartTheme[K] } = { ...fallback, palette }
  for (const key of Object.keys(THEME_VARIABLES) as (keyof typeof THEME_VARIABLES)[]) {
    theme[key] = read(THEME_VARIABLES[key], fallback[key])
  }
  return theme
}
