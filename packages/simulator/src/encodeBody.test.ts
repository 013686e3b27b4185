import { describe, expect, it } from 'vitest'
import { DATASETS } from '@lago-analytics/client/datasets'
import { encodeBody, numericString } from './encodeBody'

describe('encodeBody', () => {
  it('formats numerics like Rails renders Postgres numeric', () => {
    expect(numericString(1000)).toBe('1000.0')
    expect(numericString(10000 / 3)).toBe('3333.3333333333')
    expect(numericString(770.5)).toBe('770.5')
    expect(numericString(-2)).toBe('-2.0')
  })

  it('emits integers on the public surface by default', () => {
    const body = {
      mrrs: [{ month: 'm', amount_cents: 3333.3333333, currency: 'EUR' }, { amount_cents: null }],
    }
    expect(encodeBody(body, DATASETS.mrr, 'integers')).toBe(
      '{"mrrs":[{"month":"m","amount_cents":3333,"currency":"EUR"},{"amount_cents":null}]}',
    )
  })

  it('emits numeric strings with legacy-strings', () => {
    expect(
      encodeBody(
        { gross_revenues: [{ amount_cents: 1000, invoices_count: 4 }] },
        DATASETS.grossRevenue,
        'legacy-strings',
      ),
    ).toBe('{"gross_revenues":[{"amount_cents":"1000.0","invoices_count":"4"}]}')
    expect(
      encodeBody({ usages: [{ amount_cents: 5, units: 1 }] }, DATASETS.usage, 'legacy-strings'),
    ).toBe('{"usages":[{"amount_cents":"5.0","units":"1.0"}]}')
  })

  it('leaves usage rows as computed by default', () => {
    expect(
      encodeBody({ usages: [{ amount_cents: 5, units: 1.5 }] }, DATASETS.usage, 'integers'),
    ).toBe('{"usages":[{"amount_cents":5,"units":1.5}]}')
  })

  it('leaves Data API bodies alone', () => {
    expect(
      encodeBody([{ mrr: 12.5, amount_cents: 3.5 }], DATASETS.mrrByPlan, 'legacy-strings'),
    ).toBe('[{"mrr":12.5,"amount_cents":3.5}]')
  })
})
