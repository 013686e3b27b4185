import { describe, expect, it } from 'vitest'
import { paginate } from './paginate'

const rows = Array.from({ length: 45 }, (_, i) => i)

describe('paginate', () => {
  it('fills meta like the Data API (0 when there is no next/previous page)', () => {
    expect(paginate(rows, 1, 20)).toEqual({
      rows: rows.slice(0, 20),
      meta: { current_page: 1, next_page: 2, prev_page: 0, total_pages: 3, total_count: 45 },
    })
    expect(paginate(rows, 3, 20).meta).toEqual({
      current_page: 3,
      next_page: 0,
      prev_page: 2,
      total_pages: 3,
      total_count: 45,
    })
    expect(paginate(rows, 3, 20).rows).toEqual(rows.slice(40))
  })

  it('returns an empty page past the end and for no rows', () => {
    expect(paginate(rows, 9, 20)).toEqual({
      rows: [],
      meta: { current_page: 9, next_page: 0, prev_page: 3, total_pages: 3, total_count: 45 },
    })
    expect(paginate([], 1, 20).meta).toEqual({
      current_page: 1,
      next_page: 0,
      prev_page: 0,
      total_pages: 0,
      total_count: 0,
    })
  })
})
