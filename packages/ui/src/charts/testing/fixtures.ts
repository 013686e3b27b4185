import {
  breakdown,
  bucketsInRange,
  type DateKey,
  pivot,
  toMrrMovements,
  toRevenueStreams,
  type BreakdownResult,
  type MrrMovementsResult,
  type Pivot,
  type RevenueStreamsResult,
} from '@lago-analytics/core'
import type { TimeSeriesData } from '../TimeSeriesChart/TimeSeriesData.ts'

/** Test fixtures shared by the chart tests (not exported from the package). */
export const HOSTILE = '<img src=x onerror=alert(1)>'

export function monthPeriods(from: DateKey, to: DateKey) {
  return bucketsInRange({ from, to }, 'month').map((bucket) => ({ bucket, partial: false }))
}

/** Three months of revenue in EUR minor units, two series. */
export function revenueSeries(): TimeSeriesData {
  return {
    granularity: 'month',
    periods: monthPeriods('2026-01-01', '2026-03-31'),
    series: [
      { key: 'subscription', name: 'Subscription', values: [120000, 150050, 99999] },
      { key: 'usage', name: HOSTILE, values: [5000, null, 7500] },
    ],
  }
}

const NOW = new Date('2026-06-15T12:00:00Z')

/** Two months of revenue streams in EUR, with coupons and credit notes. */
export function revenueStreams(): RevenueStreamsResult {
  const row = (
    start: string,
    end: string,
    subscription: number,
    usage: number,
    coupons: number,
  ) => ({
    startOfPeriodDt: start,
    endOfPeriodDt: end,
    currency: 'EUR',
    grossRevenueAmountCents: subscription + usage,
    subscriptionFeeAmountCents: subscription,
    usageBasedFeeAmountCents: usage,
    commitmentFeeAmountCents: 0,
    oneOffFeeAmountCents: 0,
    couponsAmountCents: coupons,
    contraRevenueAmountCents: coupons + 1000,
    creditNotesCreditsAmountCents: 1000,
    freeCreditsAmountCents: 0,
    prepaidCreditsAmountCents: 0,
    progressiveBillingCreditAmountCents: 0,
    netRevenueAmountCents: subscription + usage - coupons - 1000,
  })
  return toRevenueStreams(
    [
      row('2026-01-01', '2026-01-31', 100000, 25000, 5000),
      row('2026-02-01', '2026-02-28', 120000, 30000, 2000),
    ],
    { range: { from: '2026-01-01', to: '2026-02-28' }, granularity: 'month', now: NOW },
  )
}

/** One month of MRR movements in USD: 10,000.00 → 11,500.00. */
export function mrrMovements(): MrrMovementsResult {
  return toMrrMovements(
    [
      {
        startOfPeriodDt: '2026-01-01',
        endOfPeriodDt: '2026-01-31',
        currency: 'USD',
        startingMrr: 1_000_000,
        mrrNew: 200_000,
        mrrExpansion: 50_000,
        mrrContraction: -30_000,
        mrrChurn: -70_000,
        mrrChange: 150_000,
        endingMrr: 1_150_000,
      },
    ],
    { range: { from: '2026-01-01', to: '2026-01-31' }, granularity: 'month', now: NOW },
  )
}

/** Revenue by customer, top 2 + Other, one hostile name. */
export function customerBreakdown(): BreakdownResult & { currency: string } {
  const rows = [
    { id: 'acme', name: 'Acme', cents: 500000 },
    { id: 'evil', name: HOSTILE, cents: 300000 },
    { id: 'c', name: 'Cyberdyne', cents: 150000 },
    { id: 'd', name: 'Dunder', cents: 50000 },
  ]
  return {
    currency: 'EUR',
    ...breakdown(rows, {
      key: (r) => r.id,
      label: (r) => r.name,
      value: (r) => r.cents,
      topN: 2,
    }),
  }
}

/** Plan × country, one hostile plan name. */
export function planCountryPivot(): Pivot {
  const rows = [
    { plan: 'Pro', country: 'FR', cents: 10000 },
    { plan: 'Pro', country: 'DE', cents: 5000 },
    { plan: HOSTILE, country: 'FR', cents: 2500 },
  ]
  return pivot(rows, {
    row: (r) => r.plan,
    column: (r) => r.country,
    value: (r) => r.cents,
  })
}
