import { describe, expect, it } from 'vitest'
import { safeSheetName } from './sheetName.ts'

describe('safeSheetName', () => {
  it.each([
    ['Revenue: streams [EUR]', 'Revenue streams EUR'],
    ['a/b\\c?d*e', 'a b c d e'],
    ["'quoted'", 'quoted'],
    ['', 'Sheet'],
    ['History', 'History data'],
    ['A very long dataset title that goes on and on', 'A very long dataset title that'],
  ])('%j → %j', (input, expected) => {
    const name = safeSheetName(input)
    expect(name).toBe(expected)
    expect(name.length).toBeLessThanOrEqual(31)
    expect(name).not.toMatch(/[[\]:*?/\\]/)
  })

  it('makes names unique within 31 characters', () => {
    expect(safeSheetName('Usage', ['usage'])).toBe('Usage (2)')
    expect(safeSheetName('Usage', ['Usage', 'Usage (2)'])).toBe('Usage (3)')
    const long = 'x'.repeat(40)
    const first = safeSheetName(long)
    const second = safeSheetName(long, [first])
    expect(second).toBe(`${'x'.repeat(27)} (2)`)
    expect(second.length).toBe(31)
  })
})
