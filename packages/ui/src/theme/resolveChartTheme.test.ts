import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { DARK_CHART_THEME, LIGHT_CHART_THEME } from './chartTheme.ts'
import { colorSchemeOf, resolveChartTheme } from './resolveChartTheme.ts'

const css = readFileSync(`${import.meta.dirname}/styles.css`, 'utf8')

function mount(html: string): HTMLElement {
  const style = document.createElement('style')
  style.textContent = css
  document.head.append(style)
  document.body.innerHTML = html
  return document.querySelector('.lago-analytics') as HTMLElement
}

afterEach(() => {
  document.head.innerHTML = ''
  document.body.innerHTML = ''
})

describe('resolveChartTheme', () => {
  it('reads the light variables of styles.css', () => {
    const theme = resolveChartTheme(mount('<div class="lago-analytics"></div>'))
    expect(theme.mode).toBe('light')
    expect(theme.text).toBe('#19212e')
    expect(theme.palette[0]).toBe('#0072b2')
  })

  it('picks the dark variables under a data-theme="dark" ancestor', () => {
    const theme = resolveChartTheme(
      mount('<main data-theme="dark"><section><div class="lago-analytics"></div></section></main>'),
    )
    expect(theme.mode).toBe('dark')
    expect(theme.text).toBe('#e8ebf0')
    expect(theme.background).toBe('#151a23')
    expect(theme.palette.slice(0, 2)).toEqual(['#56b4e9', '#e69f00'])
    expect(theme.total).toBe('#e8ebf0')
  })

  it('honours host overrides of single variables', () => {
    const theme = resolveChartTheme(
      mount(
        '<div class="lago-analytics" style="--lago-analytics-color-series-1: rebeccapurple"></div>',
      ),
    )
    expect(theme.palette[0]).toBe('rebeccapurple')
    expect(theme.palette[1]).toBe('#e69f00')
  })

  it('falls back to the static theme of the colour scheme without the stylesheet or a DOM', () => {
    document.body.innerHTML = '<div data-theme="dark"><span id="x"></span></div>'
    const element = document.getElementById('x')
    expect(colorSchemeOf(element)).toBe('dark')
    expect(resolveChartTheme(element)).toEqual(DARK_CHART_THEME)
    expect(resolveChartTheme(null)).toEqual(LIGHT_CHART_THEME)
  })

  it('an inner data-theme="light" wins over an outer dark one for the fallback', () => {
    document.body.innerHTML =
      '<div data-theme="dark"><div data-theme="light"><i id="x"></i></div></div>'
    expect(colorSchemeOf(document.getElementById('x'))).toBe('light')
  })
})
