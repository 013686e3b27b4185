import type { WireUsageResponse, WireUsageRow } from '@lago-analytics/client/wire'
import { describe, expect, it } from 'vitest'
import { getData, getPublic, simulatorFor, sum } from '../../test/helpers'

const sim = simulatorFor()

describe('usages', () => {
  it('the public endpoint is daily by default and adds is_billable_metric_deleted', async () => {
    const { usages } = await getPublic<WireUsageResponse>(sim, 'usage', { from_date: '2026-11-01' })
    expect(usages.length).toBeGreaterThan(0)
    for (const row of usages) {
      expect(row.start_of_period_dt).toBe(row.end_of_period_dt)
      expect(typeof row.units).toBe('number')
      expect(typeof row.is_billable_metric_deleted).toBe('boolean')
      expect(row.organization_id).toBe(sim.organizationId)
    }
    expect(usages.every((r) => r.start_of_period_dt < sim.ledger.today)).toBe(true)
  })

  it('the Data API dataset is monthly by default, without the lago-api flag', async () => {
    const rows = await getData<WireUsageRow[]>(sim, 'usages', { currency: 'EUR' })
    expect(rows[0]!.start_of_period_dt.endsWith('-01')).toBe(true)
    expect(rows.every((r) => !('is_billable_metric_deleted' in r))).toBe(true)
    const { usages } = await getPublic<WireUsageResponse>(sim, 'usage', {
      currency: 'EUR',
      time_granularity: 'monthly',
    })
    expect(usages.map(({ is_billable_metric_deleted: _flag, ...rest }) => rest)).toEqual(rows)
  })

  it('passes currency through as given (no upper-casing)', async () => {
    const { usages } = await getPublic<WireUsageResponse>(sim, 'usage', {
      currency: 'eur',
      time_granularity: 'monthly',
    })
    expect(usages).toEqual([])
  })

  it('has metered and recurring metrics, and reports the soft-deleted one', async () => {
    const all = await getPublic<WireUsageResponse>(sim, 'usage', { time_granularity: 'monthly' })
    const recurring = await getPublic<WireUsageResponse>(sim, 'usage', {
      time_granularity: 'monthly',
      is_billable_metric_recurring: true,
    })
    const metered = await getPublic<WireUsageResponse>(sim, 'usage', {
      time_granularity: 'monthly',
      is_billable_metric_recurring: false,
    })
    expect(new Set(recurring.usages.map((r) => r.billable_metric_code))).toEqual(
      new Set(['seats', 'storage_gb']),
    )
    expect(recurring.usages.length + metered.usages.length).toBe(all.usages.length)
    const sms = all.usages.filter((r) => r.billable_metric_code === 'sms_sent')
    expect(sms.length).toBeGreaterThan(0)
    expect(sms.every((r) => r.is_billable_metric_deleted === true)).toBe(true)
    expect(sms[sms.length - 1]!.start_of_period_dt < sim.ledger.today.slice(0, 7)).toBe(true)
    const seats = await getPublic<WireUsageResponse>(sim, 'usage', {
      time_granularity: 'monthly',
      billable_metric_code: 'seats',
    })
    expect(seats.usages.every((r) => r.billable_metric_code === 'seats')).toBe(true)
  })

  it('daily units add up to weekly and monthly units', async () => {
    const window = {
      from_date: '2026-03-01',
      to_date: '2026-04-30',
      currency: 'USD',
      billable_metric_code: 'api_calls',
    }
    const daily = await getData<WireUsageRow[]>(sim, 'usages', {
      ...window,
      time_granularity: 'daily',
    })
    const weekly = await getData<WireUsageRow[]>(sim, 'usages', {
      ...window,
      time_granularity: 'weekly',
    })
    const monthly = await getData<WireUsageRow[]>(sim, 'usages', window)
    expect(sum(daily, (r) => r.units)).toBe(sum(monthly, (r) => r.units))
    expect(sum(weekly, (r) => r.amount_cents)).toBe(sum(monthly, (r) => r.amount_cents))
    expect(daily.length).toBe(61)
  })

  it('a customer filter returns only that customer’s usage', async () => {
    const customer = sim.ledger.customers.find(
      (c) => c.currency === 'KWD' && c.subscriptionExternalIds.length > 0,
    )!
    const rows = await getData<WireUsageRow[]>(sim, 'usages', {
      external_customer_id: customer.externalId,
    })
    expect(rows.length).toBeGreaterThan(0)
    expect(new Set(rows.map((r) => r.amount_currency))).toEqual(new Set(['KWD']))
    const all = await getData<WireUsageRow[]>(sim, 'usages', { currency: 'KWD' })
    expect(sum(rows, (r) => r.amount_cents)).toBeLessThan(sum(all, (r) => r.amount_cents))
  })
})
