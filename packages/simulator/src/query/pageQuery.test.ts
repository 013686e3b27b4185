import { describe, expect, it } from 'vitest'
import { parsePageQuery } from './pageQuery'

const parse = (entries: Record<string, string>) => parsePageQuery(new Map(Object.entries(entries)))

describe('parsePageQuery', () => {
  it('defaults to page 1, 20 rows, by gross revenue', () => {
    expect(parse({})).toEqual({
      ok: true,
      value: { page: 1, limit: 20, orderBy: 'gross_revenue_amount_cents' },
    })
  })

  it('caps the limit at 100 and reads order_by and currency', () => {
    expect(
      parse({ page: '3', limit: '500', order_by: 'net_revenue_amount_cents', currency: 'USD' }),
    ).toEqual({
      ok: true,
      value: { page: 3, limit: 100, orderBy: 'net_revenue_amount_cents', currency: 'USD' },
    })
  })

  it('rejects non-positive or non-integer pages and unknown orders', () => {
    expect(parse({ page: '0', limit: '-1', order_by: 'mrr' })).toEqual({
      ok: false,
      errors: {
        page: ['value_is_invalid'],
        limit: ['value_is_invalid'],
        order_by: ['value_is_invalid'],
      },
    })
    expect(parse({ page: '1.5' }).ok).toBe(false)
  })
})
