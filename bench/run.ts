/**
 * `npm run bench` (through scripts/bench.mjs): runs every benchmark section, prints each as
 * tables, and writes bench/results.md with the machine, each section's method, tables and goal
 * checks. Ratios are always computed within this run.
 *
 *   node --conditions=@lago-analytics/source --import tsx bench/run.ts [--only=render,export] [--runs=5]
 *
 * Sections: requests and throughput (Node, bench/node/), render, export and dashboard
 * (Chromium, bench/browser/). Build output, screenshots and partial results go to
 * $BENCH_OUT (default: <os tmpdir>/lago-analytics-bench). Only a full run (every section,
 * ≥ 5 runs) rewrites bench/results.md.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { CHROMIUM, launchChromium } from '../internal/e2e/launchChromium.ts'
import { buildPages } from './browser/buildPages.ts'
import { runDashboardBench } from './browser/dashboardBench.ts'
import type { BrowserBenchEnv } from './browser/env.ts'
import { runExportBench } from './browser/exportBench.ts'
import { runRenderBench } from './browser/renderBench.ts'
import type { BenchSection, BenchTable } from './types.ts'

const here = dirname(fileURLToPath(import.meta.url))
const root = join(here, '..')

const NODE_SECTIONS = [
  { id: 'requests', file: 'node/requests.ts', fn: 'runRequestsBench' },
  { id: 'throughput', file: 'node/throughput.ts', fn: 'runThroughputBench' },
] as const
const BROWSER_SECTIONS = [
  { id: 'render', run: runRenderBench },
  { id: 'export', run: runExportBench },
  { id: 'dashboard', run: runDashboardBench },
] as const
const ALL = [...NODE_SECTIONS.map((s) => s.id), ...BROWSER_SECTIONS.map((s) => s.id)]

type Outcome =
  | { id: string; status: 'done'; section: BenchSection; ms: number }
  | { id: string; status: 'skipped' | 'failed'; reason: string; ms: number }

function argument(name: string): string | undefined {
  const prefix = `--${name}=`
  return process.argv.find((arg) => arg.startsWith(prefix))?.slice(prefix.length)
}

const only = argument('only')?.split(',').filter(Boolean) ?? ALL
const unknown = only.filter((id) => !ALL.includes(id as (typeof ALL)[number]))
if (unknown.length > 0) {
  console.error(`unknown section(s): ${unknown.join(', ')} (known: ${ALL.join(', ')})`)
  process.exit(2)
}
const runs = Math.max(1, Math.floor(Number(argument('runs') ?? 5)))
const outDir = process.env.BENCH_OUT ?? join(os.tmpdir(), 'lago-analytics-bench')
const shotsDir = join(outDir, 'screenshots')
mkdirSync(shotsDir, { recursive: true })

const t0 = performance.now()
const log = (message: string) =>
  process.stderr.write(
    `[bench ${((performance.now() - t0) / 1000).toFixed(0).padStart(4)} s] ${message}\n`,
  )

// ---------------------------------------------------------------------------------------------
// Tables

function cellText(value: string | number): string {
  return String(value).replaceAll('|', '\\|')
}

/** A pipe table, columns padded (valid Markdown, readable in a terminal). */
function formatTable(table: BenchTable): string {
  const rows = [table.columns, ...table.rows].map((row) => row.map(cellText))
  const widths = table.columns.map((_, c) =>
    Math.max(3, ...rows.map((row) => (row[c] ?? '').length)),
  )
  const line = (row: readonly string[]) =>
    `| ${widths.map((width, c) => (row[c] ?? '').padEnd(width)).join(' | ')} |`
  const [header, ...body] = rows
  return [
    line(header ?? []),
    `| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`,
    ...body.map(line),
  ].join('\n')
}

function formatGoals(section: BenchSection): string {
  if (section.goals.length === 0) return ''
  return formatTable({
    columns: ['Goal', 'Met', 'Detail'],
    rows: section.goals.map((goal) => [goal.goal, goal.met ? 'yes' : 'NO', goal.detail]),
  })
}

function printSection(section: BenchSection, ms: number): void {
  console.log(`\n## ${section.title}  (${(ms / 1000).toFixed(1)} s)\n`)
  for (const table of section.tables) console.log(`${formatTable(table)}\n`)
  const goals = formatGoals(section)
  if (goals !== '') console.log(goals)
}

// ---------------------------------------------------------------------------------------------
// Sections

async function timed(id: string, run: () => Promise<BenchSection>): Promise<Outcome> {
  const start = performance.now()
  log(`${id}: start`)
  try {
    const section = await run()
    const ms = performance.now() - start
    printSection(section, ms)
    return { id, status: 'done', section, ms }
  } catch (error) {
    const reason = error instanceof Error ? (error.stack ?? error.message) : String(error)
    log(`${id}: FAILED\n${reason}`)
    return {
      id,
      status: 'failed',
      reason: reason.split('\n')[0] ?? reason,
      ms: performance.now() - start,
    }
  }
}

async function runNodeSection(section: (typeof NODE_SECTIONS)[number]): Promise<Outcome> {
  const file = join(here, section.file)
  if (!existsSync(file)) {
    const reason = `bench/${section.file} does not exist yet: section skipped`
    log(`${section.id}: ${reason}`)
    return { id: section.id, status: 'skipped', reason, ms: 0 }
  }
  return timed(section.id, async () => {
    const module = (await import(pathToFileURL(file).href)) as Record<string, unknown>
    const run = module[section.fn]
    if (typeof run !== 'function')
      throw new Error(`bench/${section.file} exports no ${section.fn}()`)
    return (run as () => Promise<BenchSection>)()
  })
}

function chromiumVersion(): string {
  try {
    return execFileSync(CHROMIUM, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim()
  } catch {
    return 'unknown'
  }
}

const startedAt = new Date()
const start = performance.now()
// The 1-min load average every 5 s: figures measured while other processes compete for the CPU
// are slower and noisier, and the report says so.
const loads: number[] = [os.loadavg()[0] ?? 0]
const sampler = setInterval(() => loads.push(os.loadavg()[0] ?? 0), 5000)
sampler.unref()
const outcomes: Outcome[] = []

for (const section of NODE_SECTIONS) {
  if (only.includes(section.id)) outcomes.push(await runNodeSection(section))
}

const browserSections = BROWSER_SECTIONS.filter((section) => only.includes(section.id))
let buildMs = 0
if (browserSections.length > 0) {
  log(`building the bench pages with Vite into ${join(outDir, 'pages')}`)
  buildMs = await buildPages(join(outDir, 'pages'))
  log(`pages built in ${(buildMs / 1000).toFixed(1)} s`)
  const browser = await launchChromium()
  const env: BrowserBenchEnv = {
    outDir: join(outDir, 'pages'),
    shotsDir,
    context: browser.context,
    runs,
    log,
  }
  try {
    for (const section of browserSections) {
      outcomes.push(await timed(section.id, () => section.run(env)))
    }
  } finally {
    await browser.close()
  }
}

const totalMs = performance.now() - start
clearInterval(sampler)
loads.push(os.loadavg()[0] ?? 0)
const meanLoad = loads.reduce((sum, load) => sum + load, 0) / loads.length

// ---------------------------------------------------------------------------------------------
// results.md

const cpus = os.cpus()
const machine: BenchTable = {
  columns: ['Machine', ''],
  rows: [
    ['CPU', cpus[0]?.model.trim() ?? 'unknown'],
    ['Cores', cpus.length],
    ['RAM', `${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB`],
    ['OS', `${os.type()} ${os.release()} ${os.arch()}`],
    ['Node', process.version],
    ['Chromium', chromiumVersion()],
    ['Date', startedAt.toISOString()],
    [
      '1-min load average during the run',
      `mean ${meanLoad.toFixed(1)}, max ${Math.max(...loads).toFixed(1)} (sampled every 5 s; ` +
        `above ${cpus.length}, the core count, other processes competed for the CPU and ` +
        `slowed every figure)`,
    ],
    ['Runs per measurement', runs],
    [
      'Total bench runtime',
      `${(totalMs / 1000).toFixed(0)} s (of which building the pages ${(buildMs / 1000).toFixed(0)} s)`,
    ],
  ],
}

const done = outcomes.filter((o): o is Extract<Outcome, { status: 'done' }> => o.status === 'done')
const goalSummary: BenchTable = {
  columns: ['Section', 'Goal', 'Met', 'Detail'],
  rows: done.flatMap((o) =>
    o.section.goals.map((goal) => [
      o.section.title,
      goal.goal,
      goal.met ? 'yes' : 'NO',
      goal.detail,
    ]),
  ),
}

const markdown = [
  '# Benchmark results',
  '',
  `Generated by \`npm run bench\` (bench/run.ts) — do not edit by hand. Every ratio compares ` +
    `figures measured in this same run on this machine.`,
  '',
  formatTable(machine),
  '',
  '## Goals',
  '',
  goalSummary.rows.length === 0 ? 'No goal checks in this run.' : formatTable(goalSummary),
  '',
  ...outcomes.flatMap((o) =>
    o.status === 'done'
      ? [
          `## ${o.section.title}`,
          '',
          o.section.method,
          '',
          ...o.section.tables.flatMap((table) => [formatTable(table), '']),
          ...(o.section.goals.length === 0 ? [] : [formatGoals(o.section), '']),
          `_Section time: ${(o.ms / 1000).toFixed(0)} s._`,
          '',
        ]
      : [`## ${o.id}`, '', `${o.status === 'skipped' ? 'Skipped' : 'Failed'}: ${o.reason}`, ''],
  ),
].join('\n')

const full = only.length === ALL.length && runs >= 5 && outcomes.every((o) => o.status === 'done')
const target = full ? join(here, 'results.md') : join(outDir, 'results.md')
writeFileSync(target, markdown)
console.log(
  `\nTotal bench runtime ${(totalMs / 1000).toFixed(1)} s. Results: ${target.startsWith(root) ? relative(root, target) : target}` +
    (full ? '' : ' (partial or failed run: bench/results.md left unchanged)') +
    `\nScreenshots: ${shotsDir}`,
)
process.exitCode = outcomes.some((o) => o.status === 'failed') ? 1 : 0
