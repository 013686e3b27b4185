/**
 * Synthetic usage rows for the throughput benchmarks (this folder's throughput.ts and the repo's
 * `npm run bench`): 3 years of days × 40 metrics × 5,000 customers, deterministic. The LCG runs
 * in exact 32-bit arithmetic (`Math.imul`) and draws from its high bits: a float multiply would
 * pass 2^53, lose precision and cycle after ~10k rows.
 */
import type { UsageRow } from '@lago-analytics/client'
import { fromDayNumber, toDayNumber } from '../src/index.ts'

export type SyntheticUsageRow = UsageRow & { externalCustomerId: string }

export const SYNTHETIC_ROWS = 1_000_000
export const SYNTHETIC_DAYS = 1096
const first = toDayNumber('2023-01-01')
export const syntheticDays = Array.from({ length: SYNTHETIC_DAYS }, (_, i) =>
  fromDayNumber(first + i),
)
export const syntheticMetrics = Array.from({ length: 40 }, (_, i) => `metric_${i}`)
const customers = Array.from({ length: 5000 }, (_, i) => `cust_${i}`)

export function syntheticUsage(count = SYNTHETIC_ROWS): SyntheticUsageRow[] {
  const rows: SyntheticUsageRow[] = new Array(count)
  let seed = 42
  for (let i = 0; i < count; i++) {
    seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0
    const day = syntheticDays[(i * 7) % SYNTHETIC_DAYS] as string
    rows[i] = {
      startOfPeriodDt: day,
      endOfPeriodDt: day,
      currency: 'EUR',
      billableMetricCode: syntheticMetrics[i % syntheticMetrics.length] as string,
      externalCustomerId: customers[(seed >>> 16) % customers.length] as string,
      units: (seed >>> 12) % 1000,
      amountCents: (seed >>> 8) % 100_000,
      isBillableMetricDeleted: false,
    }
  }
  return rows
}
