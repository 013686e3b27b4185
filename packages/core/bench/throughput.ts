/**
 * Transform throughput on synthetic data (not a test). Run from the repository root:
 *
 *   node --conditions=@lago-analytics/source --import tsx packages/core/bench/throughput.ts
 *
 * 1M usage rows (3 years of days × 40 metrics × 5,000 customers) through gap-fill, rollup,
 * breakdown and pivots; period comparison over 10 years of daily buckets; CSV and XLSX export of
 * 100k rows.
 */
import { toCsv, toTable, toXlsx } from '../src/export/index.ts'
import {
  breakdown,
  compareSeries,
  comparePeriods,
  fillBuckets,
  fromDayNumber,
  pivot,
  pivotByTime,
  rollup,
  toDayNumber,
  usageByMetric,
  type SeriesValue,
} from '../src/index.ts'
import {
  SYNTHETIC_DAYS,
  SYNTHETIC_ROWS,
  syntheticDays,
  syntheticUsage,
  type SyntheticUsageRow,
} from './syntheticUsage.ts'

type Row = SyntheticUsageRow
const ROWS = SYNTHETIC_ROWS
const DAYS = SYNTHETIC_DAYS
const days = syntheticDays
const synthetic = () => syntheticUsage()

interface Result {
  name: string
  items: number
  ms: number
}

async function measure(
  name: string,
  items: number,
  run: () => unknown,
  repeat = 1,
): Promise<Result> {
  await run() // warm-up
  const start = performance.now()
  for (let i = 0; i < repeat; i++) await run()
  return { name, items, ms: (performance.now() - start) / repeat }
}

const rows = synthetic()
const range = { from: days[0] as string, to: days[DAYS - 1] as string }
const now = new Date('2026-01-15T12:00:00Z')
const results: Result[] = []

results.push(
  await measure('fillBuckets (day, 1,096 buckets)', ROWS, () =>
    fillBuckets(rows, {
      range,
      granularity: 'day',
      zero: (bucket) => ({
        ...(rows[0] as Row),
        startOfPeriodDt: bucket.start,
        endOfPeriodDt: bucket.end,
        amountCents: 0,
        units: 0,
      }),
    }),
  ),
)
results.push(
  await measure('rollup day → month × metric', ROWS, () =>
    rollup(rows, {
      range,
      granularity: 'month',
      measures: { units: 'sum', amountCents: 'sum' },
      groupBy: ['billableMetricCode'],
    }),
  ),
)
results.push(
  await measure('breakdown by customer, top 10', ROWS, () =>
    breakdown(rows, {
      key: (row) => row.externalCustomerId,
      value: (row) => row.amountCents,
      topN: 10,
    }),
  ),
)
results.push(
  await measure('pivot customer × metric', ROWS, () =>
    pivot(rows, {
      row: (row) => row.externalCustomerId,
      column: (row) => row.billableMetricCode,
      value: (row) => row.amountCents,
    }),
  ),
)
results.push(
  await measure('pivotByTime metric × month', ROWS, () =>
    pivotByTime(rows, {
      range,
      granularity: 'month',
      now,
      row: (row) => row.billableMetricCode,
      value: (row) => row.amountCents,
    }),
  ),
)
results.push(
  await measure('usageByMetric (totals + 2 pivots, week)', ROWS, () =>
    usageByMetric(rows, { range, granularity: 'week', now, topN: 10 }),
  ),
)

const TEN_YEARS = 3653
const start10 = toDayNumber('2016-01-01')
const series: SeriesValue[] = Array.from({ length: TEN_YEARS }, (_, i) => ({
  start: fromDayNumber(start10 + i),
  value: (i * 37) % 1000,
}))
const lastFive = { from: '2021-01-01', to: '2025-12-31' }
results.push(
  await measure(
    'comparePeriods ×100 (points scanned)',
    100 * TEN_YEARS,
    () => {
      for (let i = 0; i < 50; i++) {
        comparePeriods(series, { range: lastFive, previous: 'period' })
        comparePeriods(series, { range: lastFive, previous: 'year' })
      }
    },
    3,
  ),
)
results.push(
  await measure(
    'compareSeries day, 5y vs previous year',
    TEN_YEARS,
    () => compareSeries(series, { range: lastFive, granularity: 'day', previous: 'year' }),
    5,
  ),
)
results.push(
  await measure(
    'compareSeries month, 5y vs previous period',
    TEN_YEARS,
    () => compareSeries(series, { range: lastFive, granularity: 'month', previous: 'period' }),
    5,
  ),
)

const exportRows = rows.slice(0, 100_000)
results.push(
  await measure('toTable + toCsv (100k usage rows)', exportRows.length, async () =>
    toCsv(toTable('usage', exportRows)),
  ),
)

results.push(
  await measure('toTable + toXlsx (100k usage rows)', exportRows.length, async () =>
    toXlsx(toTable('usage', exportRows)),
  ),
)

const pad = (text: string, width: number) => text.padEnd(width)
const lpad = (text: string, width: number) => text.padStart(width)
console.log(`Node ${process.version}, ${ROWS.toLocaleString('en-US')} synthetic usage rows\n`)
console.log(`${pad('operation', 44)}${lpad('items', 11)}${lpad('ms', 10)}${lpad('items/s', 14)}`)
console.log('-'.repeat(79))
for (const { name, items, ms } of results) {
  const rate = Math.round((items / ms) * 1000)
  console.log(
    `${pad(name, 44)}${lpad(items.toLocaleString('en-US'), 11)}${lpad(ms.toFixed(1), 10)}${lpad(rate.toLocaleString('en-US'), 14)}`,
  )
}
