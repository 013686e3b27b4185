import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  createLagoAnalyticsClient,
  DATASET_NAMES,
  DATASETS,
  type DatasetName,
} from '@lago-analytics/client'
import { exportFileName, type ExportFormat, type JsonExport } from '@lago-analytics/core/export'
import { createSimulator, type SimulatorOptions } from '@lago-analytics/simulator'
import Papa from 'papaparse'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as XLSX from 'xlsx'
import {
  DATASET_TITLES,
  exportAll,
  type DatasetResult,
  type ExportAllOptions,
  type ExportProgress,
  type ExportReport,
} from './exportAll.ts'
import { renderReport } from './report.ts'

const NOW = new Date('2026-11-24T08:00:00Z')
const FROM = '2026-01-01'
const TO = '2026-06-30'
const RANGE = { from: FROM, to: TO }
const FORMATS: ExportFormat[] = ['csv', 'xlsx', 'json']

let root: string
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'lago-node-export-'))
})
afterAll(async () => {
  await rm(root, { recursive: true, force: true })
})

function setup(options: SimulatorOptions = {}, withDataApi = true) {
  const sim = createSimulator({ now: NOW, ...options })
  return createLagoAnalyticsClient({
    apiUrl: 'http://simulator.test',
    apiKey: sim.apiKey,
    dataApi: withDataApi
      ? {
          url: 'http://simulator.test/data-api',
          token: sim.dataApiToken,
          organizationId: sim.organizationId,
        }
      : undefined,
    fetch: ((input: string | URL | Request, init?: RequestInit) =>
      sim.fetch(new Request(input, init))) as typeof fetch,
    retry: false,
  })
}

let runs = 0
async function run(
  client: ReturnType<typeof setup>,
  options: Partial<ExportAllOptions> = {},
): Promise<{ report: ExportReport; events: ExportProgress[]; outDir: string }> {
  const outDir = join(root, `run-${++runs}`)
  const events: ExportProgress[] = []
  const report = await exportAll(
    client,
    { from: FROM, to: TO, currency: 'EUR', outDir, formats: FORMATS, now: NOW, ...options },
    (event) => events.push(event),
  )
  return { report, events, outDir }
}

const fileOf = (outDir: string, dataset: DatasetName, format: ExportFormat) =>
  join(outDir, exportFileName({ dataset, currency: 'EUR', range: RANGE, format }))

function exported(report: ExportReport, dataset: DatasetName) {
  const result = report.results.find((candidate) => candidate.dataset === dataset)
  if (result?.status !== 'exported') throw new Error(`${dataset} was not exported`)
  return result
}

function expectProgressComplete(events: ExportProgress[], datasets: number) {
  expect(events.length).toBeGreaterThan(datasets)
  const ratios = events.map((event) => event.ratio)
  expect(
    ratios.every((ratio, i) => ratio >= 0 && ratio <= 1 && ratio >= (ratios[i - 1] ?? 0)),
  ).toBe(true)
  expect(ratios.at(-1)).toBe(1)
  expect(events.at(-1)?.datasetsDone).toBe(datasets)
  const finished = events.filter((event) => ['exported', 'skipped', 'failed'].includes(event.step))
  expect(finished).toHaveLength(datasets)
}

describe('exportAll against the simulator', () => {
  let full: Awaited<ReturnType<typeof run>>
  beforeAll(async () => {
    full = await run(setup())
  }, 60_000)

  it('writes one file per dataset × format, named by exportFileName', async () => {
    const { report, outDir } = full
    expect(report.results.map((result) => result.dataset)).toEqual(DATASET_NAMES)
    expect(DATASET_NAMES).toHaveLength(15)
    expect(report).toMatchObject({ exported: 15, skipped: 0, failed: 0 })
    const expected = DATASET_NAMES.flatMap((dataset) =>
      FORMATS.map((format) => exportFileName({ dataset, currency: 'EUR', range: RANGE, format })),
    )
    expect((await readdir(outDir)).sort()).toEqual([...expected].sort())
    expect(report.files).toHaveLength(45)
    for (const dataset of DATASET_NAMES) {
      expect(exported(report, dataset).rows, dataset).toBeGreaterThan(0)
    }
  })

  it('CSV files re-parse with a header and one record per row', async () => {
    for (const dataset of DATASET_NAMES) {
      const text = await readFile(fileOf(full.outDir, dataset, 'csv'), 'utf8')
      expect(text.endsWith('\r\n')).toBe(true)
      const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true })
      expect(parsed.errors, dataset).toEqual([])
      const [header, ...records] = parsed.data
      expect(records, dataset).toHaveLength(exported(full.report, dataset).rows)
      expect(header?.length).toBeGreaterThan(1)
      expect(records.every((record) => record.length === header?.length)).toBe(true)
    }
    // Money is the exact major-unit decimal: gross revenue total equals the client's cents.
    const csv = Papa.parse<Record<string, string>>(
      await readFile(fileOf(full.outDir, 'grossRevenue', 'csv'), 'utf8'),
      { header: true, skipEmptyLines: true },
    ).data
    const json = JSON.parse(
      await readFile(fileOf(full.outDir, 'grossRevenue', 'json'), 'utf8'),
    ) as JsonExport
    const cents = json.rows.reduce((sum, row) => sum + Number(row.amountCents), 0)
    const fromCsv = csv.reduce(
      (sum, row) => sum + Math.round(Number(row['Gross revenue']) * 100),
      0,
    )
    expect(fromCsv).toBe(cents)
  })

  it('XLSX files are zip packages that SheetJS reads back, with a Metadata sheet', async () => {
    for (const dataset of DATASET_NAMES) {
      const bytes = await readFile(fileOf(full.outDir, dataset, 'xlsx'))
      expect([...bytes.subarray(0, 4)], dataset).toEqual([0x50, 0x4b, 0x03, 0x04]) // PK\3\4
      const book = XLSX.read(bytes, { type: 'buffer' })
      expect(book.SheetNames).toContain('Metadata')
      const sheetName = book.SheetNames.find((name) => name !== 'Metadata') as string
      expect(sheetName).toBe(DATASET_TITLES[dataset])
      const rows = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[sheetName] as XLSX.WorkSheet, {
        header: 1,
      })
      expect(rows, dataset).toHaveLength(exported(full.report, dataset).rows + 1)
    }
  })

  it('JSON files carry the rows and the export metadata', async () => {
    for (const dataset of DATASET_NAMES) {
      const json = JSON.parse(
        await readFile(fileOf(full.outDir, dataset, 'json'), 'utf8'),
      ) as JsonExport
      expect(json.rows, dataset).toHaveLength(exported(full.report, dataset).rows)
      expect(json).toMatchObject({
        dataset,
        title: DATASET_TITLES[dataset],
        currency: 'EUR',
        exponent: 2,
        generatedAt: NOW.toISOString(),
        dataAsOf: '2026-11-24T00:00:00.000Z',
      })
      expect(json.columns.length).toBeGreaterThan(1)
      if (DATASETS[dataset].paginated) {
        expect(json.range).toBeNull()
        expect(String(json.filters.coverage)).toMatch(/no date range/)
      } else {
        expect(json.range).toEqual(RANGE)
      }
    }
    const streams = JSON.parse(
      await readFile(fileOf(full.outDir, 'revenueStreams', 'json'), 'utf8'),
    ) as JsonExport
    expect(streams.filters).toEqual({ granularity: 'monthly' })
    expect(streams.rows.map((row) => row.startOfPeriodDt)).toEqual([
      '2026-01-01',
      '2026-02-01',
      '2026-03-01',
      '2026-04-01',
      '2026-05-01',
      '2026-06-01',
    ])
  })

  it('keeps the legacy monthly endpoints to the months of the range', async () => {
    for (const dataset of ['grossRevenue', 'mrr', 'invoiceCollection'] as const) {
      const json = JSON.parse(
        await readFile(fileOf(full.outDir, dataset, 'json'), 'utf8'),
      ) as JsonExport
      const months = json.rows.map((row) => String(row.month))
      expect(months.length, dataset).toBeGreaterThan(0)
      expect(
        months.every((month) => month >= FROM && month <= TO),
        dataset,
      ).toBe(true)
    }
  })

  it('pages through the paginated breakdowns (.paginate())', async () => {
    // 200 customers, 100 per page at most: several pages for revenue by customer.
    const small = await run(setup(), { datasets: ['revenueByCustomer'], pageSize: 7 })
    expect(exported(small.report, 'revenueByCustomer').rows).toBe(
      exported(full.report, 'revenueByCustomer').rows,
    )
    expect(exported(full.report, 'revenueByCustomer').rows).toBeGreaterThan(7)
  })

  it('reports progress up to 100 %', () => {
    expectProgressComplete(full.events, 15)
    const writes = full.events.filter((event) => event.step === 'writing')
    expect(new Set(writes.map((event) => event.format))).toEqual(new Set(FORMATS))
  })

  it('summarises the run', () => {
    const text = renderReport(full.report, full.outDir)
    expect(text).toContain('15 exported, 0 skipped, 0 failed · 45 files')
    expect(text).toMatch(/✓ revenueStreams\s+6 rows {2}csv/)
  })
})

describe('exportAll on a Lago that cannot serve everything', () => {
  it('without a premium licence, premium datasets are skipped with a message', async () => {
    const { report, events, outDir } = await run(setup({ premium: false }))
    const premium = DATASET_NAMES.filter((name) => DATASETS[name].premium)
    expect(premium.length).toBeGreaterThan(5)
    for (const dataset of DATASET_NAMES) {
      const result = report.results.find((candidate) => candidate.dataset === dataset)
      if (dataset === 'usage') {
        // Lago answers "last 30 days, daily, every currency" here: detected, not exported.
        expect(result).toEqual({
          dataset,
          status: 'skipped',
          reason: expect.stringMatching(/ignores the usage filters/),
        })
      } else if (DATASETS[dataset].premium) {
        expect(result).toEqual({
          dataset,
          status: 'skipped',
          reason: expect.stringMatching(/premium licence \(403 feature_unavailable\)/),
        })
      } else {
        expect(result?.status, dataset).toBe('exported')
      }
    }
    expect(report.failed).toBe(0)
    expect(await readdir(outDir)).toHaveLength((15 - premium.length - 1) * 3)
    expectProgressComplete(events, 15)
    expect(renderReport(report, outDir)).toContain(
      '– mrr                    skipped: not available on this Lago: needs a premium licence',
    )
  })

  it('without the Data API, Data API datasets are skipped and say what they need', async () => {
    const { report, events } = await run(setup({}, false), { formats: ['json'] })
    for (const dataset of DATASET_NAMES) {
      const result = report.results.find((candidate) => candidate.dataset === dataset)
      expect(result?.status, dataset).toBe(
        DATASETS[dataset].surface === 'dataApi' ? 'skipped' : 'exported',
      )
    }
    const skipped = report.results.find((result) => result.dataset === 'revenueStreams')
    expect(skipped).toMatchObject({ reason: expect.stringMatching(/needs the Data API/) })
    expectProgressComplete(events, 15)
  })

  it('a dataset that fails is reported and the others still export', async () => {
    const { report, events } = await run(
      setup({ faults: { name: '500', datasets: ['mrrMovements'] } }),
      { formats: ['csv'] },
    )
    const failed = report.results.find((result) => result.dataset === 'mrrMovements')
    expect(failed).toMatchObject({ status: 'failed', reason: expect.any(String) })
    expect(report).toMatchObject({ exported: 14, failed: 1, skipped: 0 })
    expectProgressComplete(events, 15)
  })

  it('neutralises formula-like customer names in CSV and XLSX', async () => {
    const { outDir } = await run(setup({ hostileNames: true }), {
      currency: 'USD',
      datasets: ['revenueByCustomer'],
      formats: ['csv', 'xlsx'],
    })
    const file = (format: ExportFormat) =>
      join(
        outDir,
        exportFileName({ dataset: 'revenueByCustomer', currency: 'USD', range: RANGE, format }),
      )
    const csv = Papa.parse<string[]>(await readFile(file('csv'), 'utf8'), {
      skipEmptyLines: true,
    }).data
    const names = csv.slice(1).map((record) => record[1] ?? '')
    expect(names).toContain("'+SUM(1+1)*cmd|' /C calc'!A0")
    expect(names).toContain("'@import url(javascript:alert(1))")
    expect(names.some((name) => /^[=+\-@]/.test(name))).toBe(false)
    const book = XLSX.read(await readFile(file('xlsx')), {
      type: 'buffer',
      cellFormula: true,
    })
    const sheet = book.Sheets[DATASET_TITLES.revenueByCustomer] as XLSX.WorkSheet
    expect(Object.values(sheet).some((cell) => typeof cell === 'object' && 'f' in cell)).toBe(false)
  })

  it('daily granularity and a format subset', async () => {
    const { report, outDir } = await run(setup(), {
      datasets: ['revenueStreams'],
      formats: ['json'],
      from: '2026-03-01',
      to: '2026-03-31',
      granularity: 'daily',
    })
    const result = report.results[0] as Extract<DatasetResult, { status: 'exported' }>
    expect(result.files.map((file) => file.format)).toEqual(['json'])
    expect(await readdir(outDir)).toEqual(['lago-revenue-streams-EUR-2026-03-01_2026-03-31.json'])
    const json = JSON.parse(
      await readFile(join(outDir, 'lago-revenue-streams-EUR-2026-03-01_2026-03-31.json'), 'utf8'),
    ) as JsonExport
    expect(json.filters).toEqual({ granularity: 'daily' })
    expect(json.rows.every((row) => row.startOfPeriodDt === row.endOfPeriodDt)).toBe(true)
  })

  it('an abort stops the run', async () => {
    const controller = new AbortController()
    controller.abort(new Error('stop'))
    await expect(run(setup(), { signal: controller.signal })).rejects.toThrow('stop')
  })
})
