import { DATASETS } from '@lago-analytics/client'
import { describe, expect, it } from 'vitest'
import { parseProxyQuery } from './parseProxyQuery.ts'

const ok = (result: ReturnType<typeof parseProxyQuery>) => {
  if (!result.ok) throw new Error(result.failure.message)
  return result.query.toString()
}
const code = (result: ReturnType<typeof parseProxyQuery>) =>
  result.ok ? 'ok' : result.failure.code

describe('parseProxyQuery', () => {
  it('canonicalises: declared order, codes upper-cased, integers normalised', () => {
    expect(ok(parseProxyQuery(DATASETS.grossRevenue, '?months=007&currency=eur', undefined))).toBe(
      'currency=EUR&months=7',
    )
    expect(
      ok(
        parseProxyQuery(
          DATASETS.revenueStreams,
          'is_customer_tin_empty=false&customer_country=fr',
          undefined,
        ),
      ),
    ).toBe('customer_country=FR&is_customer_tin_empty=false')
    expect(ok(parseProxyQuery(DATASETS.mrr, '', undefined))).toBe('')
  })

  it('rejects unknown, case-variant, duplicate and invalid parameters', () => {
    expect(code(parseProxyQuery(DATASETS.mrr, 'external_customer_id=a', undefined))).toBe(
      'unknown_parameter',
    )
    expect(code(parseProxyQuery(DATASETS.mrr, 'CURRENCY=EUR', undefined))).toBe('unknown_parameter')
    expect(code(parseProxyQuery(DATASETS.mrr, 'currency=EUR&currency=EUR', undefined))).toBe(
      'duplicate_parameter',
    )
    expect(code(parseProxyQuery(DATASETS.mrr, 'months=-1', undefined))).toBe('invalid_parameter')
    expect(code(parseProxyQuery(DATASETS.mrr, 'months=99999999999999999', undefined))).toBe(
      'invalid_parameter',
    )
    expect(code(parseProxyQuery(DATASETS.revenueByPlan, 'order_by=amount', undefined))).toBe(
      'invalid_parameter',
    )
    expect(code(parseProxyQuery(DATASETS.revenueByPlan, 'page=0', undefined))).toBe(
      'invalid_parameter',
    )
    expect(
      code(parseProxyQuery(DATASETS.usage, 'billable_metric_code=' + 'x'.repeat(1_025), undefined)),
    ).toBe('invalid_parameter')
    expect(code(parseProxyQuery(DATASETS.usage, 'x'.repeat(9_000), undefined))).toBe(
      'invalid_parameter',
    )
  })

  it('names the parameter (wire name) and the reason, never the value', () => {
    const result = parseProxyQuery(DATASETS.revenueStreams, 'from_date=2026-13-01', undefined)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.failure.details).toEqual({
      parameter: 'from_date',
      reason: 'expected a YYYY-MM-DD date or a valid Date',
    })
    expect(result.failure.message).not.toContain('2026-13-01')
  })

  it('forces the customer scope and refuses any other customer', () => {
    expect(ok(parseProxyQuery(DATASETS.grossRevenue, 'currency=EUR', 'cus_a'))).toBe(
      'currency=EUR&external_customer_id=cus_a',
    )
    expect(ok(parseProxyQuery(DATASETS.grossRevenue, 'external_customer_id=cus_a', 'cus_a'))).toBe(
      'external_customer_id=cus_a',
    )
    for (const query of [
      'external_customer_id=cus_b',
      'external_customer_id=',
      'external_customer_id=cus_a%20',
      'external_customer_id=CUS_A',
    ]) {
      const result = parseProxyQuery(DATASETS.grossRevenue, query, 'cus_a')
      expect(result.ok ? 'ok' : [result.failure.status, result.failure.code], query).toEqual([
        403,
        'customer_scope_conflict',
      ])
    }
  })
})
