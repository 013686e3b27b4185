import { describe, expect, it } from 'vitest'
import { uuidFromKeys } from './uuid'

describe('uuidFromKeys', () => {
  it('makes stable, distinct version-4-shaped ids', () => {
    const ids = Array.from({ length: 500 }, (_, i) => uuidFromKeys(42, 5, i))
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(new Set(ids).size).toBe(500)
    expect(uuidFromKeys(42, 5, 0)).toBe(ids[0])
  })
})
