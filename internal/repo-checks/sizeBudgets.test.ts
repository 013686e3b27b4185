/**
 * Bundle-size budgets (issue #8), measured from the built packages the way an app bundler sees
 * them (scripts/size.mjs: esbuild, ESM, splitting, minified, gzip). `npm test` builds the
 * packages before running Vitest, so dist/ is current here.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
// @ts-expect-error: plain .mjs scripts without declarations
import { measure } from '../../scripts/size.mjs'
// @ts-expect-error: plain .mjs scripts without declarations
import { BUDGETS, CHARTS, CHART_SERIES } from '../../scripts/size-budgets.mjs'

interface Budget {
  name: string
  code: string
  external?: string[]
  limitKb: number
  ratchetKb?: number
}
interface Measured {
  countedBytes: number
  initialBytes: number
  countedInputs: string[]
  onDemandInputs: string[]
}

const budgets = BUDGETS as Budget[]
const charts = CHARTS as string[]
const chartSeries = CHART_SERIES as Record<string, string[]>
const measure$ = measure as (budget: Budget) => Promise<Measured>

const results = new Map<string, Promise<Measured>>()
const measured = (budget: Budget) => {
  let result = results.get(budget.name)
  if (result === undefined) {
    result = measure$(budget)
    results.set(budget.name, result)
  }
  return result
}

// (echarts core itself references a few bytes of chart/custom: not a series we register)
const ECHARTS_SERIES = ['line', 'bar', 'pie', 'heatmap', 'scatter', 'radar', 'funnel', 'gauge']

describe('bundle-size budgets (gzip, React excluded)', { timeout: 120_000 }, () => {
  it.each(budgets.map((budget) => [budget.name, budget] as const))(
    '%s fits its budget (or its ratchet while the budget is missed)',
    async (_name, budget) => {
      const size = await measured(budget)
      expect(size.initialBytes).toBeGreaterThan(0)
      // An entry that still misses its budget is held to its ratchet (see size-budgets.mjs).
      const ceiling = budget.ratchetKb ?? budget.limitKb
      expect(
        Math.round((size.countedBytes / 1024) * 10) / 10,
        `${budget.name}: over ${ceiling} KB (initial + deferred chunks)`,
      ).toBeLessThanOrEqual(ceiling)
    },
  )

  it('the xlsx writer is absent from every initial chunk, and only loads on demand', async () => {
    const writer = (input: string) => /xlsxWriter/.test(input)
    for (const budget of budgets) {
      const size = await measured(budget)
      expect(size.countedInputs.filter(writer), budget.name).toEqual([])
      // No spreadsheet library anywhere, on demand or not.
      expect(
        [...size.countedInputs, ...size.onDemandInputs].filter((input) =>
          input.startsWith('xlsx/'),
        ),
        budget.name,
      ).toEqual([])
    }
    // The writer behind toXlsx/toWorkbook, in the export subpath.
    const coreExport = budgets.find((budget) =>
      budget.name.startsWith('@lago-analytics/core/export'),
    )
    expect(coreExport).toBeDefined()
    const size = await measured(coreExport as Budget)
    expect(size.onDemandInputs.some(writer)).toBe(true)
  })

  it("no browser bundle holds the client's full response validator or its server mode", async () => {
    // Behind @lago-analytics/server a browser gets normalised proxy bodies: the validator is
    // only for raw Lago bodies (server mode, or a pass-through proxy given `parseResponse`).
    // Browser bundles resolve the client's `browser` build, which has no server mode.
    const dist = new URL('../../packages/client/dist/', import.meta.url)
    const defining = (fn: string) =>
      readdirSync(dist)
        .filter((file) => file.endsWith('.js'))
        .filter((file) => readFileSync(new URL(file, dist), 'utf8').includes(`function ${fn}(`))
        .map((file) => `packages/client/dist/${file}`)
    const nodeOnly = [...defining('parseDatasetResponse'), ...defining('serverTarget')]
    expect(nodeOnly.length).toBeGreaterThanOrEqual(2)
    for (const budget of budgets) {
      const size = await measured(budget)
      const inputs = [...size.countedInputs, ...size.onDemandInputs]
      expect(
        inputs.filter((input) => nodeOnly.includes(input)),
        budget.name,
      ).toEqual([])
    }
    for (const name of ['@lago-analytics/client', 'RevenueDashboard + data layer']) {
      const size = await measured(budgets.find((budget) => budget.name === name) as Budget)
      expect(size.countedInputs, name).toContain('packages/client/dist/index.browser.js')
    }
  })

  it.each(charts)('importing %s pulls in no other chart', async (chart) => {
    const budget = budgets.find((entry) => entry.name.includes(`/${chart} `)) as Budget
    const size = await measured(budget)
    const inputs = size.countedInputs
    // None of the other chart entries' modules…
    for (const other of charts.filter((name) => name !== chart)) {
      expect(
        inputs.filter((input) => input.includes(`/charts/${other}/`)),
        `${chart} pulls ${other}`,
      ).toEqual([])
    }
    // …and only the ECharts series it draws.
    const series = new Set(
      inputs
        .map((input) => /^echarts\/lib\/chart\/([a-z]+)\//.exec(input)?.[1])
        .filter((name): name is string => name !== undefined && ECHARTS_SERIES.includes(name)),
    )
    expect([...series].sort()).toEqual([...(chartSeries[chart] ?? [])].sort())
    // One renderer: canvas.
    expect(
      inputs.some((input) => input.startsWith('echarts/lib/renderer/installCanvasRenderer')),
    ).toBe(true)
    expect(
      inputs.some((input) => input.startsWith('echarts/lib/renderer/installSVGRenderer')),
    ).toBe(false)
  })

  it('importing a non-chart component from the package root pulls in no ECharts', async () => {
    const size = await measure$({
      name: 'ui root: FreshnessBadge + DataTable',
      code: `export { FreshnessBadge, DataTable } from '@lago-analytics/ui'`,
      external: ['react', 'react-dom', 'react/jsx-runtime'],
      limitKb: 0,
    })
    expect(size.countedInputs.filter((input) => /^(echarts|zrender)\//.test(input))).toEqual([])
    expect(size.countedBytes).toBeLessThan(25 * 1024)
  })
})
