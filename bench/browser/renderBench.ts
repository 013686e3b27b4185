import { join } from 'node:path'
import type { BenchSection, BenchTable } from '../types.ts'
import { startBenchServer } from './benchServer.ts'
import { freshPage, pageResult, type BrowserBenchEnv } from './env.ts'
import type { RenderResult } from './src/renderHarness.tsx'
import { median, ms, times } from './stats.ts'

const SIZES = [1_000, 10_000, 100_000] as const
const LIBS = [
  { id: 'ours', label: 'Ours (ECharts canvas)' },
  { id: 'recharts', label: 'Recharts 3.10 LineChart' },
  { id: 'tremor', label: 'Tremor 3.18 AreaChart' },
] as const
type LibId = (typeof LIBS)[number]['id']
/** Data updates per page: 3 at 1k points (cheap, and it steadies that goal's median), else 1. */
const updatesAt = (size: number) => (size <= 1000 ? 3 : 1)
/** The page's own per-phase timeout is 60 s; this covers load, first paint and the updates. */
const PAGE_TIMEOUT_MS = 300_000

interface Figures {
  first: number[]
  update: number[]
  firstTimedOut: boolean
  updateTimedOut: boolean
}

function points(n: number): string {
  return n >= 1000 ? `${n / 1000}k` : String(n)
}

/** A median cell: `> 60 s` when a run timed out. */
function cell(values: number[], timedOut: boolean): string {
  return timedOut ? '> 60 s (timeout)' : ms(median(values))
}

/** Peer median ÷ ours; with a timed-out peer, the 60 s bound gives a lower bound (`≥`). */
function ratio(
  peer: number[],
  peerTimedOut: boolean,
  ours: number[],
): { text: string; value: number } {
  const mine = median(ours)
  const theirs = peerTimedOut ? 60_000 : median(peer)
  if (mine === null || theirs === null || mine === 0) return { text: '–', value: Number.NaN }
  const value = theirs / mine
  return { text: `${peerTimedOut ? '≥ ' : ''}${times(value)}`, value }
}

async function runOnce(
  env: BrowserBenchEnv,
  url: string,
  lib: LibId,
  size: number,
  seed: number,
  shot?: string,
): Promise<RenderResult> {
  const { page, errors } = await freshPage(env)
  try {
    await page.goto(`${url}/render-${lib}.html?n=${size}&seed=${seed}&updates=${updatesAt(size)}`)
    const result = await pageResult<RenderResult>(page, '__benchResult', PAGE_TIMEOUT_MS)
    if (result.error !== undefined || errors.length > 0) {
      throw new Error(`${lib} ${size}: ${result.error ?? errors.join('; ')}`)
    }
    if (shot !== undefined) await page.screenshot({ path: shot })
    return result
  } finally {
    await page.close()
  }
}

/**
 * Render section: our TimeSeriesChart vs Recharts vs Tremor on 1k/10k/100k daily points in
 * Chromium; first paint and data update, median of `env.runs` fresh pages each.
 */
export async function runRenderBench(env: BrowserBenchEnv): Promise<BenchSection> {
  const server = await startBenchServer(join(env.outDir, 'render'))
  const figures = new Map<string, Figures>()
  const key = (lib: LibId, size: number) => `${lib}:${size}`
  try {
    // Warm-up (discarded): the browser's first load of each bundle.
    for (const lib of LIBS) await runOnce(env, server.url, lib.id, 1000, 99)
    for (let run = 0; run < env.runs; run++) {
      for (const size of SIZES) {
        // Interleaved, so slow drift of the machine hits every library alike.
        for (const lib of LIBS) {
          // A library that timed out at this size already reads "> 60 s": not retried.
          const previous = figures.get(key(lib.id, size))
          if (previous?.firstTimedOut === true || previous?.updateTimedOut === true) continue
          const shot =
            run === 0 && size === 100_000
              ? join(env.shotsDir, `render-${lib.id}-100k.png`)
              : undefined
          const result = await runOnce(env, server.url, lib.id, size, run + 1, shot)
          const entry = figures.get(key(lib.id, size)) ?? {
            first: [],
            update: [],
            firstTimedOut: false,
            updateTimedOut: false,
          }
          if (result.firstPaintMs === null) entry.firstTimedOut = true
          else entry.first.push(result.firstPaintMs)
          if (result.updateMs === null) entry.updateTimedOut = true
          else entry.update.push(result.updateMs)
          figures.set(key(lib.id, size), entry)
        }
      }
      env.log(`render: run ${run + 1}/${env.runs} done`)
    }
  } finally {
    await server.close()
  }

  const get = (lib: LibId, size: number) => figures.get(key(lib, size)) as Figures
  const table = (phase: 'first' | 'update'): BenchTable => ({
    columns: [
      phase === 'first' ? 'First paint (median)' : 'Data update (median)',
      ...LIBS.map((lib) => lib.label),
      'Recharts ÷ ours',
      'Tremor ÷ ours',
    ],
    rows: SIZES.map((size) => {
      const timedOut = (lib: LibId) =>
        phase === 'first' ? get(lib, size).firstTimedOut : get(lib, size).updateTimedOut
      return [
        `${points(size)} points`,
        ...LIBS.map((lib) => cell(get(lib.id, size)[phase], timedOut(lib.id))),
        ratio(get('recharts', size)[phase], timedOut('recharts'), get('ours', size)[phase]).text,
        ratio(get('tremor', size)[phase], timedOut('tremor'), get('ours', size)[phase]).text,
      ]
    }),
  })
  const goals: BenchSection['goals'][number][] = []
  for (const phase of ['first', 'update'] as const) {
    const name = phase === 'first' ? 'first paint' : 'data update'
    const timedOut = (size: number) =>
      phase === 'first' ? get('recharts', size).firstTimedOut : get('recharts', size).updateTimedOut
    const big = ratio(
      get('recharts', 100_000)[phase],
      timedOut(100_000),
      get('ours', 100_000)[phase],
    )
    goals.push({
      goal: `${name}: ≥ 10× faster than Recharts at 100k points`,
      met: big.value >= 10,
      detail:
        big.value >= 10
          ? `${big.text} faster`
          : `${big.text} faster: missed by ${times(10 / big.value)} (needs ours ≤ ${ms((median(get('recharts', 100_000)[phase]) ?? 0) / 10)})`,
    })
    const small = ratio(get('recharts', 1000)[phase], timedOut(1000), get('ours', 1000)[phase])
    goals.push({
      goal: `${name}: not slower than Recharts at 1k points`,
      met: small.value >= 1,
      detail:
        small.value >= 1
          ? `${small.text} (Recharts ÷ ours)`
          : `ours is ${times(1 / small.value)} slower (${ms(median(get('ours', 1000)[phase]))} vs ${ms(median(get('recharts', 1000)[phase]))})`,
    })
  }
  return {
    title: 'Render in Chromium: TimeSeriesChart vs Recharts vs Tremor',
    method:
      `One line of N daily points (a seeded random walk), 800 × 400, in headless Chromium; ` +
      `each run is a fresh tab of a minified Vite production build. First paint: ` +
      `\`performance.now()\` before \`root.render\` → the chart is in the DOM (ours: its ` +
      `canvas, after the React commit that calls ECharts' \`setOption\`; SVG peers: the plotted ` +
      `path) → two \`requestAnimationFrame\`s (the frame that shows it has been painted). Data ` +
      `update: \`root.render\` with another series of the same size → same end condition (SVG ` +
      `peers: the path changed); at 1k points each page times 3 updates and reports their ` +
      `median. Median of ${env.runs} runs (fresh pages) per cell, libraries interleaved, ` +
      `one discarded warm-up load each; ratios from the same run. Configs: ours as the ` +
      `dashboards render it (canvas, animation off, chart/table toggle, LTTB sampling above ` +
      `2,000 points — its default); Recharts \`LineChart\` with \`isAnimationActive={false}\`, ` +
      `\`dot={false}\`, \`activeDot={false}\`, a numeric time x axis (faster than a ` +
      `category axis of date strings), y axis, horizontal grid and tooltip; Tremor ` +
      `\`AreaChart\` with its defaults (animation off, legend, tooltip, grid, gradient), sized ` +
      `by \`style\` (Tailwind replaced by a small stylesheet). A peer not done within 60 s ` +
      `counts as 60 s, making its ratio a lower bound (and is not retried at that size).`,
    tables: [table('first'), table('update')],
    goals,
  }
}
