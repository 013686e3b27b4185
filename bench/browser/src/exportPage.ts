import type { UsageRow } from '@lago-analytics/client'
import { toCsv, toTable, toWorkbook, type Table } from '@lago-analytics/core/export'
import { numberParam } from './series.ts'

/** What the export page reports on `window.__exportResult`. */
export interface ExportResult {
  readonly format: 'csv' | 'xlsx'
  readonly rows: number
  /** From the export call to its promise resolving (XLSX: includes loading the writer chunk). */
  readonly totalMs: number
  /** Every main-thread task over 50 ms during the export (start relative to the call, ms). */
  readonly longTasks: readonly { readonly start: number; readonly duration: number }[]
  readonly bytes: number
  readonly error?: string
}

declare global {
  interface Window {
    __exportResult?: ExportResult
    /** With `?manual=1` the export waits for this call (the CPU profiler starts first). */
    __runExport?: () => void
  }
}

const DAY_MS = 86_400_000
const FIRST_DAY = Date.UTC(2024, 0, 1)

/** `rows` usage rows (days × metrics × customers), as the usage dataset returns them. */
function usageRows(rows: number): UsageRow[] {
  const out = new Array<UsageRow>(rows)
  const days = Array.from({ length: 730 }, (_, i) =>
    new Date(FIRST_DAY + i * DAY_MS).toISOString().slice(0, 10),
  )
  let seed = 42
  for (let i = 0; i < rows; i++) {
    seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0
    const day = days[i % days.length] as string
    out[i] = {
      startOfPeriodDt: day,
      endOfPeriodDt: day,
      currency: 'EUR',
      billableMetricCode: `metric_${i % 40}`,
      units: (seed % 100_000) / 100,
      amountCents: seed % 1_000_000,
      isBillableMetricDeleted: i % 97 === 0,
    }
  }
  return out
}

/**
 * Under the profiler: 5 ms of busy work right before the export starts, so the CPU profile can
 * be aligned with the long tasks' start times (its last sample marks the export's start).
 */
function benchProfileAnchor(): void {
  const until = performance.now() + 5
  while (performance.now() < until) {
    // spin
  }
}

async function run(): Promise<void> {
  const search = new URLSearchParams(window.location.search)
  const format = search.get('format') === 'xlsx' ? 'xlsx' : 'csv'
  const rows = numberParam('rows', 100_000)
  const table: Table = toTable('usage', usageRows(rows), {
    title: 'Usage',
    range: { from: '2024-01-01', to: '2025-12-30' },
    generatedAt: new Date('2026-06-15T12:00:00Z'),
  })
  // Let the page settle so the table build's own long task is not counted.
  await new Promise((resolve) => setTimeout(resolve, 300))
  const manual = search.get('manual') === '1'
  if (manual) {
    await new Promise<void>((resolve) => {
      window.__runExport = resolve
    })
  }
  await new Promise((resolve) => requestAnimationFrame(resolve))

  const tasks: PerformanceEntry[] = []
  const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries()))
  observer.observe({ type: 'longtask' })
  // As useExport calls them: progress callback (a state update there), chunked defaults.
  let progress = 0
  const onProgress = (done: number, total: number) => {
    progress = total === 0 ? 1 : done / total
  }
  if (manual) benchProfileAnchor()
  const start = performance.now()
  const data =
    format === 'csv'
      ? await toCsv(table, { bom: true, onProgress })
      : await toWorkbook([table], { onProgress })
  const totalMs = performance.now() - start
  // Long-task entries are delivered after the task: give the observer a moment.
  await new Promise((resolve) => setTimeout(resolve, 200))
  tasks.push(...observer.takeRecords())
  observer.disconnect()
  const longest = Math.max(0, ...tasks.map((task) => task.duration))
  document.body.textContent = `${format.toUpperCase()} export of ${rows} rows: ${Math.round(
    totalMs,
  )} ms, ${tasks.length} long tasks, longest ${Math.round(longest)} ms`
  window.__exportResult = {
    format,
    rows,
    totalMs,
    longTasks: tasks
      .filter((task) => task.startTime + task.duration >= start)
      .map((task) => ({ start: task.startTime - start, duration: task.duration })),
    bytes: typeof data === 'string' ? new Blob([data]).size : data.byteLength,
    ...(progress === 1 ? {} : { error: `progress ended at ${progress}` }),
  }
}

run().catch((error: unknown) => {
  window.__exportResult = {
    format: 'csv',
    rows: 0,
    totalMs: 0,
    longTasks: [],
    bytes: 0,
    error: String(error),
  }
})
