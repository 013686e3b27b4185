import { describe, expect, it } from 'vitest'
import { HOSTILE } from '../../test/hostile.ts'
import { neutralizeFormula } from './neutralizeFormula.ts'

describe('neutralizeFormula', () => {
  it.each(HOSTILE)('prefixes %j with a quote', (text) => {
    expect(neutralizeFormula(text)).toBe(`'${text}`)
  })

  it.each(['Acme', 'a=b', '12', 'e-mail', '', "'quoted"])('leaves %j alone', (text) => {
    expect(neutralizeFormula(text)).toBe(text)
  })
})
