/**
 * Core transform throughput on synthetic data, with a naive same-run reference for the
 * breakdown, on core's synthetic usage rows (packages/core/bench/syntheticUsage.ts).
 *
 *   node --conditions=@lago-analytics/source --import tsx -e \
 *     "import('./bench/node/throughput.ts').then(m=>m.runThroughputBench()).then(s=>console.log(JSON.stringify(s,null,2)))"
 */
import {
  breakdown,
  comparePeriods,
  compareSeries,
  fillBuckets,
  fromDayNumber,
  pivot,
  toDayNumber,
  type SeriesValue,
} from '@lago-analytics/core'
import { cpus, loadavg } from 'node:os'
import {
  SYNTHETIC_DAYS,
  SYNTHETIC_ROWS,
  syntheticDays,
  syntheticMetrics,
  syntheticUsage,
  type SyntheticUsageRow,
} from '../../packages/core/bench/syntheticUsage.ts'
import type { BenchSection, BenchTable } from '../types.ts'

type Row = SyntheticUsageRow
const ROWS = SYNTHETIC_ROWS
const DAYS = SYNTHETIC_DAYS
const days = syntheticDays
const metrics = syntheticMetrics
const synthetic = () => syntheticUsage()

const SAMPLES = 3
const TOP_N = 10

const median = (times: number[]) =>
  times.sort((a, b) => a - b)[Math.floor(times.length / 2)] as number

/** Wall-clock and CPU (user + system, this process) milliseconds of one call. */
interface Timing {
  wall: number
  cpu: number
}

function time(run: () => unknown, inner: number): Timing {
  const cpu = process.cpuUsage()
  const start = performance.now()
  for (let i = 0; i < inner; i++) run()
  const wall = performance.now() - start
  const used = process.cpuUsage(cpu)
  return { wall: wall / inner, cpu: (used.user + used.system) / 1000 / inner }
}

const medians = (timings: Timing[]): Timing => ({
  wall: median(timings.map((timing) => timing.wall)),
  cpu: median(timings.map((timing) => timing.cpu)),
})

/** Median of SAMPLES timed runs after one warm-up; `inner` calls per run for sub-ms work. */
function measure(run: () => unknown, inner = 1): Timing {
  run()
  const timings: Timing[] = []
  for (let sample = 0; sample < SAMPLES; sample++) timings.push(time(run, inner))
  return medians(timings)
}

/** Like `measure` for two contenders, runs interleaved so machine noise hits both alike. */
function measurePair(a: () => unknown, b: () => unknown): [Timing, Timing] {
  a()
  b()
  const timings: [Timing[], Timing[]] = [[], []]
  for (let sample = 0; sample < SAMPLES; sample++) {
    timings[0].push(time(a, 1))
    timings[1].push(time(b, 1))
  }
  return [medians(timings[0]), medians(timings[1])]
}

/**
 * The typical hand-rolled breakdown: amounts converted to major units and summed as floats in a
 * Map, sorted, top N kept and the rest summed into "Other".
 */
function naiveBreakdown(rows: readonly Row[], topN: number) {
  const sums = rows.reduce((map, row) => {
    map.set(row.externalCustomerId, (map.get(row.externalCustomerId) ?? 0) + row.amountCents / 100)
    return map
  }, new Map<string, number>())
  const sorted = [...sums.entries()].sort((a, b) => b[1] - a[1])
  const total = sorted.reduce((sum, [, value]) => sum + value, 0)
  const other = sorted.slice(topN).reduce((sum, [, value]) => sum + value, 0)
  return { items: sorted.slice(0, topN), other, total }
}

const fmtMs = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(1))
const fmtRate = (items: number, ms: number) =>
  Math.round((items / ms) * 1000).toLocaleString('en-US')

/** Bench section: rows/s of gap-fill, breakdown and pivot on 1M rows; period comparison. */
export async function runThroughputBench(): Promise<BenchSection> {
  const started = performance.now()
  const rows = synthetic()
  const range = { from: days[0] as string, to: days[DAYS - 1] as string }
  const template = rows[0] as Row
  const distinctCustomers = new Set(rows.map((row) => row.externalCustomerId)).size

  const byCustomer = {
    key: (row: Row) => row.externalCustomerId,
    value: (row: Row) => row.amountCents,
    topN: TOP_N,
  }
  const operations: { name: string; run: () => unknown }[] = [
    {
      name: 'fillBuckets: gap-fill by day (1,096 buckets)',
      run: () =>
        fillBuckets(rows, {
          range,
          granularity: 'day',
          zero: (bucket) => ({
            ...template,
            startOfPeriodDt: bucket.start,
            endOfPeriodDt: bucket.end,
            amountCents: 0,
            units: 0,
          }),
        }),
    },
    { name: 'breakdown by customer, top 10 + Other', run: () => breakdown(rows, byCustomer) },
    {
      name: `pivot customer × metric (${distinctCustomers.toLocaleString('en-US')} × ${metrics.length})`,
      run: () =>
        pivot(rows, {
          row: (row) => row.externalCustomerId,
          column: (row) => row.billableMetricCode,
          value: (row) => row.amountCents,
        }),
    },
  ]
  const timings = operations.map((operation) => ({ ...operation, ...measure(operation.run) }))
  const pipeline: Timing = {
    wall: timings.reduce((sum, timing) => sum + timing.wall, 0),
    cpu: timings.reduce((sum, timing) => sum + timing.cpu, 0),
  }
  const [oursBreakdown, naiveTiming] = measurePair(
    () => breakdown(rows, byCustomer),
    () => naiveBreakdown(rows, TOP_N),
  )

  // Exactness: our sums against BigInt sums of the same minor-unit amounts.
  let exact = 0n
  const exactByCustomer = new Map<string, bigint>()
  for (const row of rows) {
    const amount = BigInt(row.amountCents)
    exact += amount
    exactByCustomer.set(
      row.externalCustomerId,
      (exactByCustomer.get(row.externalCustomerId) ?? 0n) + amount,
    )
  }
  const ours = breakdown(rows, { ...byCustomer, topN: undefined })
  const oursItemsExact = ours.items.every(
    (item) => BigInt(item.value) === exactByCustomer.get(item.key),
  )
  const oursPivot = pivot(rows, {
    row: (row) => row.externalCustomerId,
    column: (row) => row.billableMetricCode,
    value: (row) => row.amountCents,
  })
  const oursTop = breakdown(rows, byCustomer)
  const oursTopParts =
    oursTop.items.reduce((sum, item) => sum + BigInt(item.value), 0n) +
    BigInt(oursTop.other?.value ?? 0)
  const oursExact =
    Number.isSafeInteger(ours.total) &&
    BigInt(ours.total) === exact &&
    oursItemsExact &&
    oursTopParts === exact &&
    BigInt(oursPivot.grandTotal) === exact
  // The naive float sums in major units: how many per-customer sums are not exact cent values.
  const naive = naiveBreakdown(rows, Infinity)
  let naiveInexact = 0
  let naiveDrift = 0
  for (const [key, value] of naive.items) {
    const drift = Math.abs(value * 100 - Number(exactByCustomer.get(key)))
    if (drift !== 0) naiveInexact++
    naiveDrift = Math.max(naiveDrift, drift)
  }
  const naiveTotalDrift = Math.abs(naive.total * 100 - Number(exact))
  const naiveExactText =
    naiveInexact === 0 && naiveTotalDrift === 0
      ? 'yes'
      : `no: ${naiveInexact.toLocaleString('en-US')} of ${naive.items.length.toLocaleString('en-US')} ` +
        `sums off (max ${naiveDrift.toExponential(1)} cents)`

  // Period comparison over 10 years of daily buckets.
  const TEN_YEARS = 3653
  const start10 = toDayNumber('2016-01-01')
  const series: SeriesValue[] = Array.from({ length: TEN_YEARS }, (_, i) => ({
    start: fromDayNumber(start10 + i),
    value: (i * 37) % 1000,
  }))
  const lastFive = { from: '2021-01-01', to: '2025-12-31' }
  const comparisons: { name: string; run: () => unknown; inner: number }[] = [
    {
      name: 'comparePeriods sum, 5y vs previous 5y',
      run: () => comparePeriods(series, { range: lastFive, previous: 'period' }),
      inner: 200,
    },
    {
      name: 'comparePeriods sum, 5y vs same period last year',
      run: () => comparePeriods(series, { range: lastFive, previous: 'year' }),
      inner: 200,
    },
    {
      name: 'compareSeries by day, 5y vs previous year',
      run: () => compareSeries(series, { range: lastFive, granularity: 'day', previous: 'year' }),
      inner: 10,
    },
    {
      name: 'compareSeries by month, 5y vs previous period',
      run: () =>
        compareSeries(series, { range: lastFive, granularity: 'month', previous: 'period' }),
      inner: 10,
    },
  ]
  const comparisonTimings = comparisons.map((comparison) => ({
    ...comparison,
    ...measure(comparison.run, comparison.inner),
  }))

  const timingColumns = ['wall ms', 'CPU ms', 'rows/s (wall)', 'rows/s (CPU)']
  const timingCells = (timing: Timing, items = ROWS) => [
    fmtMs(timing.wall),
    fmtMs(timing.cpu),
    fmtRate(items, timing.wall),
    fmtRate(items, timing.cpu),
  ]
  const rowsTable: BenchTable = {
    columns: ['operation (1M usage rows)', ...timingColumns],
    rows: [
      ...timings.map((timing) => [timing.name, ...timingCells(timing)]),
      ['gap-fill + breakdown + pivot', ...timingCells(pipeline)],
    ],
  }
  const naiveRatio = {
    wall: naiveTiming.wall / oursBreakdown.wall,
    cpu: naiveTiming.cpu / oursBreakdown.cpu,
  }
  const naiveTable: BenchTable = {
    columns: ['breakdown by customer, top 10', ...timingColumns, 'sums exact?'],
    rows: [
      [
        'ours: breakdown() on integer minor units',
        ...timingCells(oursBreakdown),
        oursExact ? 'yes (= BigInt sums)' : 'NO',
      ],
      ['naive: reduce into a Map, float major units', ...timingCells(naiveTiming), naiveExactText],
      [
        'naive ÷ ours (time)',
        `${naiveRatio.wall.toFixed(2)}×`,
        `${naiveRatio.cpu.toFixed(2)}×`,
        '',
        '',
        '',
      ],
    ],
  }
  const comparisonTable: BenchTable = {
    columns: [
      'period comparison (10 y of daily buckets)',
      'wall ms per call',
      'CPU ms per call',
      'buckets/s (wall)',
      'buckets/s (CPU)',
    ],
    rows: comparisonTimings.map((timing) => [
      timing.name,
      timing.wall.toFixed(3),
      timing.cpu.toFixed(3),
      fmtRate(TEN_YEARS, timing.wall),
      fmtRate(TEN_YEARS, timing.cpu),
    ]),
  }

  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  return {
    title: 'Core transform throughput',
    method:
      `Node ${process.version}, 1,000,000 synthetic usage rows (3 years of days × 40 metrics × ` +
      `${distinctCustomers.toLocaleString('en-US')} customers; packages/core/bench/syntheticUsage.ts, ` +
      'an exact 32-bit LCG) and a 10-year daily ' +
      `series (3,653 points); each figure is the median of ${SAMPLES} runs after a warm-up run ` +
      '(period comparisons average 10–200 calls per run), as wall-clock time and as CPU time of ' +
      'this process (user + system, GC threads included), which a busy machine distorts less. The naive breakdown (Map + reduce over ' +
      'float major units) runs in the same process on the same rows. ' +
      'Our breakdown and the naive one are timed interleaved. Exactness, checked in the run: our ' +
      `breakdown total, every per-customer sum, top-10 items + Other and the pivot grand total ${oursExact ? 'equal' : 'DO NOT all equal'} ` +
      `the BigInt sums of the same amounts (total ${exact.toString()} cents); the naive float sums: ` +
      `${naiveInexact} of ${naive.items.length} per-customer sums and the total (drift ${naiveTotalDrift.toExponential(1)} cents) are not exact cent values. ` +
      `Load average ${loadavg()[0]?.toFixed(1)} on ${cpus().length} CPUs; section ran in ${seconds} s.`,
    tables: [rowsTable, naiveTable, comparisonTable],
    goals: [
      {
        goal: 'breakdown and pivot sums are exact integers (equal to BigInt sums)',
        met: oursExact,
        detail: `total ${ours.total} = BigInt ${exact.toString()}; ${ours.items.length} customer sums checked`,
      },
      {
        goal: 'breakdown no slower than the naive Map/reduce (CPU time)',
        met: oursBreakdown.cpu <= naiveTiming.cpu,
        detail:
          `ours ${fmtMs(oursBreakdown.cpu)} ms, naive ${fmtMs(naiveTiming.cpu)} ms CPU ` +
          `(${naiveRatio.cpu.toFixed(2)}×; wall ${naiveRatio.wall.toFixed(2)}×)`,
      },
    ],
  }
}
