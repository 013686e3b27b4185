import { describe, expect, it } from 'vitest'
import { createRedactor, REDACTED } from './createRedactor.ts'

describe('createRedactor', () => {
  it('replaces every occurrence of every current secret', () => {
    const secrets = ['key_123456', 'token_abcdef']
    const redact = createRedactor(() => secrets)
    expect(redact('a key_123456 b key_123456 token_abcdef')).toBe(
      `a ${REDACTED} b ${REDACTED} ${REDACTED}`,
    )
    secrets.push('renewed-jwt')
    expect(redact('Bearer renewed-jwt')).toBe(`Bearer ${REDACTED}`)
  })

  it('ignores empty and very short values', () => {
    expect(createRedactor(() => ['', 'ab', undefined])('ab cd')).toBe('ab cd')
  })
})
