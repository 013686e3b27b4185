import type { WireUsageInvoicedRow, WireUsageRow } from '@lago-analytics/client/wire'
import { describe, expect, it } from 'vitest'
import { getData, simulatorFor, sum, type Params } from '../../test/helpers'

const sim = simulatorFor()
const currentMonth = `${sim.ledger.today.slice(0, 7)}-01`

describe('usages/invoiced', () => {
  it('never exceeds usage, per bucket, currency and metric', async () => {
    for (const params of [
      {},
      { time_granularity: 'weekly' },
      { customer_type: 'individual' },
      { billable_metric_code: 'seats' },
    ] as Params[]) {
      const usage = await getData<WireUsageRow[]>(sim, 'usages', params)
      const invoiced = await getData<WireUsageInvoicedRow[]>(sim, 'usages/invoiced', params)
      const used = new Map(
        usage.map((r) => [
          `${r.start_of_period_dt}|${r.amount_currency}|${r.billable_metric_code}`,
          Number(r.amount_cents),
        ]),
      )
      expect(invoiced.length).toBeGreaterThan(0)
      for (const row of invoiced) {
        const key = `${row.start_of_period_dt}|${row.amount_currency}|${row.billable_metric_code}`
        expect(Number(row.amount_cents)).toBeLessThanOrEqual(used.get(key) ?? 0)
      }
    }
  })

  it('equals usage for closed months and excludes most of the open month', async () => {
    const usage = await getData<WireUsageRow[]>(sim, 'usages', { currency: 'USD' })
    const invoiced = await getData<WireUsageInvoicedRow[]>(sim, 'usages/invoiced', {
      currency: 'USD',
    })
    const closed = (r: { start_of_period_dt: string }): boolean =>
      r.start_of_period_dt < currentMonth
    expect(sum(invoiced.filter(closed), (r) => r.amount_cents)).toBe(
      sum(usage.filter(closed), (r) => r.amount_cents),
    )
    const open = (r: { start_of_period_dt: string }): boolean => !closed(r)
    expect(sum(invoiced.filter(open), (r) => r.amount_cents)).toBeLessThan(
      sum(usage.filter(open), (r) => r.amount_cents) / 2,
    )
  })

  it('accepts filter_values and grouped_by without effect', async () => {
    const plain = await getData<WireUsageInvoicedRow[]>(sim, 'usages/invoiced', { currency: 'EUR' })
    const grouped = await getData<WireUsageInvoicedRow[]>(sim, 'usages/invoiced', {
      currency: 'EUR',
      grouped_by: 'region',
      filter_values: 'eu',
    })
    expect(grouped).toEqual(plain)
  })
})
