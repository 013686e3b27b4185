import { describe, expect, it } from 'vitest'
import { etagMatches } from './etagMatches.ts'

describe('etagMatches', () => {
  it('compares weakly, handles lists and *', () => {
    expect(etagMatches('"abc"', '"abc"')).toBe(true)
    expect(etagMatches('W/"abc"', '"abc"')).toBe(true)
    expect(etagMatches('"x", W/"abc"', '"abc"')).toBe(true)
    expect(etagMatches('*', '"abc"')).toBe(true)
    expect(etagMatches('"abcd"', '"abc"')).toBe(false)
    expect(etagMatches(null, '"abc"')).toBe(false)
  })
})
