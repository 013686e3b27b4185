import { expect, it } from 'vitest'
import { mixColors, sameHue, withAlpha } from './colors.ts'

it('adds alpha to hex colours and mixes them', () => {
  expect(withAlpha('#D55E00', 0.5)).toBe('rgba(213, 94, 0, 0.5)')
  expect(withAlpha('#fff', 1)).toBe('rgba(255, 255, 255, 1)')
  expect(withAlpha('oklch(0.7 0.1 200)', 0.5)).toBe('oklch(0.7 0.1 200)')
  expect(mixColors('#000000', '#ffffff', 0.5)).toBe('#808080')
  expect(mixColors('#000000', '#ffffff', 2)).toBe('#ffffff')
})

it('tells colours of the same hue apart from the rest (greys and other syntaxes never match)', () => {
  expect(sameHue('#D55E00', '#d55e00')).toBe(true)
  // Okabe-Ito vermillion and the dark theme's decrease orange.
  expect(sameHue('#D55E00', '#ff8a4c')).toBe(true)
  expect(sameHue('#E69F00', '#D55E00')).toBe(false)
  expect(sameHue('#0072B2', '#009E73')).toBe(false)
  // Red wraps around 0°.
  expect(sameHue('#ff0010', '#ff1000')).toBe(true)
  expect(sameHue('#808080', '#D55E00')).toBe(false)
  expect(sameHue('oklch(0.7 0.1 30)', '#D55E00')).toBe(false)
})
