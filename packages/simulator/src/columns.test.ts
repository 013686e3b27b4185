import { describe, expect, it } from 'vitest'
import { FloatColumn, IntColumn } from './columns'

describe('columns', () => {
  it('grow past their initial capacity and freeze to the right size', () => {
    const ints = new IntColumn()
    const floats = new FloatColumn()
    for (let i = 0; i < 5000; i++) {
      expect(ints.push(i)).toBe(i)
      floats.push(i / 2)
    }
    ints.set(3, -1)
    floats.add(4, 10)
    expect(ints.get(3)).toBe(-1)
    expect(floats.get(4)).toBe(12)
    expect(ints.freeze()).toHaveLength(5000)
    expect(floats.freeze()[4999]).toBe(2499.5)
  })
})
