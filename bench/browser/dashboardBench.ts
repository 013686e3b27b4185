import { join } from 'node:path'
import type { BenchSection } from '../types.ts'
import { startBenchServer } from './benchServer.ts'
import { dashboardProbe, type DashboardReady } from './dashboardProbe.ts'
import { freshPage, type BrowserBenchEnv } from './env.ts'
import { median, ms, spread } from './stats.ts'

/** The simulator's clock and the pages' (shifted) clock: fixed, so every run sees the same data. */
const NOW = new Date('2026-06-15T12:00:00Z')
const TIMEOUT_MS = 90_000

const VARIANTS = [
  {
    id: 'revenue',
    label: 'RevenueDashboard (all widgets)',
    path: 'dashboard-ours/dashboard-ours.html?dashboard=revenue',
    widgets: 9,
  },
  {
    id: 'revenue-3',
    label: 'RevenueDashboard (KPIs, revenue streams, breakdown)',
    path: 'dashboard-ours/dashboard-ours.html?dashboard=revenue&widgets=kpis,revenueStreams,revenueBreakdown',
    widgets: 3,
  },
  {
    id: 'tremor',
    label: 'Tremor reference (MRR card, revenue streams area, revenue by plan bars)',
    path: 'dashboard-tremor/dashboard-tremor.html',
    widgets: 3,
  },
  {
    id: 'usage',
    label: 'UsageDashboard (all widgets)',
    path: 'dashboard-ours/dashboard-ours.html?dashboard=usage',
    widgets: 7,
  },
] as const
type VariantId = (typeof VARIANTS)[number]['id']

interface Load extends DashboardReady {
  /** Requests to the proxy seen by the browser. */
  readonly browserRequests: number
  /** Widgets left in an error state. */
  readonly errors: number
}

async function loadOnce(
  env: BrowserBenchEnv,
  variant: (typeof VARIANTS)[number],
  shot?: string,
): Promise<Load> {
  // A fresh host server per load: the proxy's cache and its per-user rate limit (60 requests,
  // then 2/s) start empty, as for the day's first visitor; the simulator answers every request.
  const server = await startBenchServer(env.outDir, NOW)
  const { page, errors } = await freshPage(env)
  try {
    const cdp = await env.context.newCDPSession(page)
    await cdp.send('Network.enable')
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
    await page.addInitScript({ content: dashboardProbe({ expected: variant.widgets, now: NOW }) })
    let browserRequests = 0
    page.on('request', (request) => {
      if (request.url().includes('/api/lago-analytics/')) browserRequests++
    })
    await page.goto(`${server.url}/${variant.path}`)
    const handle = await page.waitForFunction(
      () => (window as unknown as { __dashboardReady?: unknown }).__dashboardReady,
      undefined,
      { timeout: TIMEOUT_MS, polling: 100 },
    )
    const ready = (await handle.jsonValue()) as DashboardReady
    if (errors.length > 0) throw new Error(`${variant.id}: ${errors.join('; ')}`)
    const failed = await page.locator('[data-slot="widget"] [data-state="error"]').count()
    if (shot !== undefined) await page.screenshot({ path: shot, fullPage: true })
    await cdp.detach()
    return { ...ready, browserRequests, errors: failed }
  } finally {
    await page.close()
    await server.close()
  }
}

/**
 * Dashboard section: navigation → every widget rendered, for the prebuilt dashboards and a
 * Tremor reference page, against the demo host's proxy in front of the simulator.
 */
export async function runDashboardBench(env: BrowserBenchEnv): Promise<BenchSection> {
  const loads = new Map<VariantId, Load[]>(VARIANTS.map((variant) => [variant.id, []]))
  // Warm-up (discarded): the browser's first page load pays one-time costs.
  await loadOnce(env, VARIANTS[2])
  for (let run = 0; run < env.runs; run++) {
    for (const variant of VARIANTS) {
      const shot = run === 0 ? join(env.shotsDir, `dashboard-${variant.id}.png`) : undefined
      loads.get(variant.id)?.push(await loadOnce(env, variant, shot))
    }
    env.log(`dashboard: run ${run + 1}/${env.runs} done`)
  }
  const readyOf = (id: VariantId) => (loads.get(id) ?? []).map((load) => load.readyMs)
  const tremor = median(readyOf('tremor')) ?? Number.NaN
  const rows = VARIANTS.map((variant) => {
    const runs = loads.get(variant.id) ?? []
    const ready = readyOf(variant.id)
    const last = median(runs.map((load) => load.lastResponseMs ?? 0))
    const afterData = median(runs.map((load) => load.readyMs - (load.lastResponseMs ?? 0)))
    const readyMedian = median(ready) ?? Number.NaN
    return [
      variant.label,
      variant.widgets,
      ms(readyMedian),
      spread(ready),
      variant.id === 'tremor' ? '1×' : `${(readyMedian / tremor).toFixed(2)}×`,
      median(runs.map((load) => load.browserRequests)) ?? 0,
      ms(last),
      ms(afterData),
      Math.max(0, ...runs.map((load) => load.errors)),
    ]
  })
  return {
    title: 'Dashboards in Chromium: navigation to every widget rendered',
    method:
      `Each load is a fresh tab (HTTP cache disabled through CDP) on a fresh demo host ` +
      `server: \`startDemoServer({ app: false, now })\` from examples/vite-embed — ` +
      `@lago-analytics/server's proxy with the demo's staff session in front of the simulator ` +
      `(fixed \`now\` ${NOW.toISOString()}; the page's \`Date\` is shifted to the same instant) — ` +
      `serving a minified Vite production build of the page on the same origin. So every load ` +
      `starts with a cold proxy cache and a full rate-limit bucket, like the day's first ` +
      `visitor. Ready: \`performance.now()\` (from navigation start) of the first painted ` +
      `frame after which every \`[data-slot="widget"]\` has no \`[data-state="loading"]\` ` +
      `inside, every ECharts surface has its canvas and every Tremor chart its drawn shapes, ` +
      `for 500 ms. Median of ${env.runs} loads per page, pages interleaved, one discarded ` +
      `warm-up load. Our pages embed the dashboards as a host does (\`LagoAnalyticsProvider\` ` +
      `with the proxy client, default filters: last 12 months, monthly, EUR). The Tremor ` +
      `reference builds three equivalent widgets by hand (Card + Metric for MRR, stacked ` +
      `AreaChart of revenue streams, BarChart of revenue by plan) with the same client, ` +
      `fetching in \`useEffect\` (no cache library); Tailwind is replaced by a small ` +
      `stylesheet. Our 3-widget row is the revenue dashboard limited to its equivalent ` +
      `widgets (its KPI widget shows 7 cards with sparklines, not one). "Requests" counts the ` +
      `data requests the browser sent; "after last response" is ready minus the last data ` +
      `response's end (rendering and layout work after the data is in).`,
    tables: [
      {
        columns: [
          'Page',
          'Widgets',
          'Ready (median)',
          'Min–max',
          '÷ Tremor',
          'Requests',
          'Last data response (median)',
          'Ready after last response (median)',
          'Widgets in error',
        ],
        rows,
      },
    ],
    goals: [],
  }
}
