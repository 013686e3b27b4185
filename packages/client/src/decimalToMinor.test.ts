import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decimalToMinor } from './decimalToMinor.ts'

describe('decimalToMinor', () => {
  it.each([
    [3000, 0, 3000],
    [3000.0, 0, 3000],
    ['1000.0', 0, 1000],
    ['3333.3333333333', 0, 3333],
    ['770.5', 0, 771],
    ['-770.5', 0, -771],
    ['-770.4', 0, -770],
    ['0.5', 0, 1],
    ['0.49', 0, 0],
    ['-0.4', 0, 0],
    ['12.345', 3, 12345],
    ['12.5', 2, 1250],
    [12.5, 3, 12500],
    [0.1 + 0.2, 2, 30],
    [1.005, 2, 101], // decimal 1.005 → 100.5 → 101, no float artefact
    ['1.5e3', 0, 1500],
    ['1e-3', 3, 1],
    ['  42 ', 0, 42],
    ['007', 0, 7],
    ['0', 2, 0],
    ['-0', 0, 0],
  ])('%s shifted by %i is %i', (input, shift, expected) => {
    expect(decimalToMinor(input, shift)).toBe(expected)
  })

  it.each([
    ['abc'],
    [''],
    ['1,5'],
    ['0x10'],
    [Number.NaN],
    [Infinity],
    ['1e400'],
    ['9007199254740993'],
    [2 ** 60],
  ])('rejects %s', (input) => {
    expect(decimalToMinor(input)).toBeNull()
  })

  it('is the identity on safe integers', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (n) => {
        expect(decimalToMinor(n)).toBe(n)
        expect(decimalToMinor(String(n))).toBe(n)
      }),
    )
  })

  it('matches integer arithmetic for cents written as major units', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }),
        fc.integer({ min: 0, max: 3 }),
        (minor, exp) => {
          const scale = 10 ** exp
          const sign = minor < 0 ? '-' : ''
          const abs = Math.abs(minor)
          const text =
            exp === 0
              ? `${sign}${abs}`
              : `${sign}${Math.trunc(abs / scale)}.${String(abs % scale).padStart(exp, '0')}`
          expect(decimalToMinor(text, exp)).toBe(minor === 0 ? 0 : minor)
        },
      ),
    )
  })
})
