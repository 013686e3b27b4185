import { expect, it } from 'vitest'
import { mixColors, withAlpha } from './colors.ts'

it('adds alpha to hex colours and mixes them', () => {
  expect(withAlpha('#D55E00', 0.5)).toBe('rgba(213, 94, 0, 0.5)')
  expect(withAlpha('#fff', 1)).toBe('rgba(255, 255, 255, 1)')
  expect(withAlpha('oklch(0.7 0.1 200)', 0.5)).toBe('oklch(0.7 0.1 200)')
  expect(mixColors('#000000', '#ffffff', 0.5)).toBe('#808080')
  expect(mixColors('#000000', '#ffffff', 2)).toBe('#ffffff')
})
