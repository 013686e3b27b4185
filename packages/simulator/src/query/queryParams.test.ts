import { describe, expect, it } from 'vitest'
import { readParams } from './queryParams'

describe('readParams', () => {
  it('keeps allowed, non-empty parameters; the last repeated value wins', () => {
    const search = new URLSearchParams('currency=EUR&currency=USD&months=&plan_code=x&unknown=1')
    expect([...readParams(search, ['currency', 'months', 'unknown_to_dataset'])]).toEqual([
      ['currency', 'USD'],
    ])
  })
})
