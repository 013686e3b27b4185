import { describe, expect, it } from 'vitest'
import { hashText } from './hashText.ts'

describe('hashText', () => {
  it('is SHA-256 in base64url', async () => {
    expect(await hashText('abc')).toBe('ungWv48Bz-pBQUDeXa4iI7ADYaOWF3qctBD_YfIAFa0')
  })
})
