/**
 * Issue #6 §5, proven in Chromium against the demo host app (examples/vite-embed: production
 * build served behind @lago-analytics/server in front of the simulator):
 *
 * 1. filters changed like a user does change the proxied requests, the charts, and the URL (which
 *    reopens to the same filters);
 * 2. widget and dashboard exports (JSON, CSV, XLSX) hold the numbers the widgets show;
 * 3. the customer portal only ever reads the signed-in customer, whatever the URL says;
 * 4. a failing dataset leaves one widget in its error state with a Retry that recovers;
 * 5. both dashboards at 1440 and 390 px, light and dark: screenshots in
 *    test-results/dashboards/, axe-core without violations, no horizontal scrolling.
 *
 * The browser clock is pinned to the simulator's, so presets resolve to known dates.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Locator, Page, Request } from 'playwright-core'
import { PROXY_BODY_FORMAT } from '@lago-analytics/client/protocol'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  startDemoServer,
  type DemoServer,
} from '../../examples/vite-embed/server/startDemoServer.ts'
import { axeViolations } from './axeViolations.ts'
import { launchChromium } from './launchChromium.ts'

const root = join(import.meta.dirname, '..', '..')
const screenshots = join(root, 'test-results', 'dashboards')
/** The part of SheetJS used here to read exported workbooks back (a devDependency of @lago-analytics/core, for its tests; not of this folder). */
interface SheetJs {
  read(
    data: Buffer,
    options: { type: 'buffer' },
  ): {
    SheetNames: string[]
    Sheets: Record<string, unknown>
  }
  utils: {
    sheet_to_json<Row>(sheet: unknown, options: { header: 1; raw: true; defval: null }): Row[]
  }
}
const XLSX = createRequire(join(root, 'packages', 'core', 'package.json'))('xlsx') as SheetJs

const NOW = new Date('2026-11-24T09:30:00Z')
const PROXY = '/api/lago-analytics/'
/** The portal signs in as the first customer of its picker: the top EUR customer. */
const PORTAL_CUSTOMER = 'cus_00125'
const PORTAL_NAME = 'Copperfield Studio N.V.'
const OTHER_CUSTOMER = 'cus_00032'
const OTHER_NAME = 'Mar Azul Networks S.L.'
/**
 * Failed upstream calls of the faulty simulator: the browser client tries a 5xx three times
 * (two retries), so exactly the first load fails and the next attempt (Retry) succeeds.
 */
const FAILED_ATTEMPTS = 3
/** Per test: a loaded 2-core machine renders the revenue dashboard slowly. */
const SLOW = 150_000

let demo: DemoServer
let faulty: DemoServer
let publicOnly: DemoServer
let browser: Awaited<ReturnType<typeof launchChromium>>
let downloads: string
let pages: string

beforeAll(async () => {
  mkdirSync(screenshots, { recursive: true })
  downloads = mkdtempSync(join(tmpdir(), 'lago-analytics-downloads-'))
  // Its own build directory: another run building the demo meanwhile cannot pull files away.
  pages = mkdtempSync(join(tmpdir(), 'lago-analytics-demo-'))
  // The test pages all use the one staff session at once, several times over: lift the proxy's
  // per-session budget (120 requests, then 4 a second) so it does not pace the whole file.
  demo = await startDemoServer({
    app: 'build',
    outDir: pages,
    now: NOW,
    rateLimit: { capacity: 10_000, refillPerSecond: 1_000 },
  })
  // Only the proxy: its pages' proxy requests are routed to it (see `open`).
  faulty = await startDemoServer({
    app: false,
    now: NOW,
    simulator: { faults: { name: '500', datasets: ['mrrByPlan'], times: FAILED_ATTEMPTS } },
  })
  // Only the proxy, for a Lago with an API key and no Data API.
  publicOnly = await startDemoServer({ app: false, now: NOW, dataApi: false })
  browser = await launchChromium()
  await browser.context.clock.setFixedTime(NOW)
}, 240_000)

afterAll(async () => {
  await browser?.close()
  await demo?.close()
  await faulty?.close()
  await publicOnly?.close()
  for (const dir of [downloads, pages]) if (dir) rmSync(dir, { recursive: true, force: true })
})

// ---------------------------------------------------------------------------------------------
// Helpers

interface Seen {
  url: URL
  /** Bearer token the page sent (the host's session, never a Lago key). */
  auth: string
  status: number | null
  body: unknown
}

/** Records every request to the proxy, its status and JSON body, and what is still in flight. */
function track(page: Page) {
  const seen: Seen[] = []
  const byRequest = new Map<Request, Seen>()
  let pending = 0
  page.on('request', (request) => {
    if (!request.url().includes(PROXY)) return
    pending++
    const entry: Seen = {
      url: new URL(request.url()),
      auth: (request.headers()['authorization'] ?? '').replace(/^Bearer /, ''),
      status: null,
      body: undefined,
    }
    byRequest.set(request, entry)
    seen.push(entry)
  })
  page.on('requestfinished', async (request) => {
    const entry = byRequest.get(request)
    if (!entry) return
    try {
      // The page may close before a late response is read: that request stays unrecorded.
      const response = await request.response().catch(() => null)
      entry.status = response?.status() ?? null
      entry.body = await response?.json().catch(() => undefined)
    } finally {
      pending--
    }
  })
  page.on('requestfailed', (request) => {
    if (byRequest.has(request)) pending--
  })
  return {
    seen,
    get pending() {
      return pending
    },
    /** Requests to a dataset path (`data-api/revenue_streams`), from index `since` on. */
    to(path: string, since = 0) {
      return seen.slice(since).filter((entry) => entry.url.pathname === `${PROXY}${path}`)
    },
  }
}
type Net = ReturnType<typeof track>

/** Waits until no proxy request is in flight and nothing shows a loading state, for 300 ms. */
async function settle(page: Page, net: Net, timeout = 45_000) {
  const deadline = Date.now() + timeout
  let quietSince: number | null = null
  for (;;) {
    const busy =
      net.pending > 0 ||
      (await page.locator('[data-state="loading"], [aria-busy="true"]').count()) > 0
    if (busy) quietSince = null
    else if (quietSince === null) quietSince = Date.now()
    else if (Date.now() - quietSince >= 300) return
    if (Date.now() > deadline) throw new Error(`page not settled after ${timeout} ms`)
    await page.waitForTimeout(50)
  }
}

/** Waits for a proxy request to `path` made since `mark` (and matching), then for quiet. */
async function settleOn(
  page: Page,
  net: Net,
  mark: number,
  path: string,
  match: (entry: Seen) => boolean = () => true,
) {
  const deadline = Date.now() + 30_000
  while (!net.to(path, mark).some(match)) {
    if (Date.now() > deadline) {
      const filters = await page
        .locator('[data-slot="filter-bar"] [data-slot$="-trigger"]')
        .allTextContents()
      throw new Error(
        `no request to ${path} since #${mark} (page ${page.url()}, filters ${filters.join(' | ')}, ` +
          `since then: ${net.seen
            .slice(mark)
            .map((entry) => entry.url.pathname + entry.url.search)
            .join(', ')})`,
      )
    }
    await page.waitForTimeout(50)
  }
  await settle(page, net)
}

/**
 * Opens a page of the demo app. With `proxy`, the app comes from the demo server but its proxy
 * requests go to that other demo server (a proxy in front of a differently configured simulator).
 */
async function open(path: string, dashboard: 'revenue' | 'usage', proxy?: DemoServer) {
  const page = await browser.context.newPage()
  await page.setViewportSize({ width: 1440, height: 900 })
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  /** Console errors (a failed resource load shows here, e.g. a missing favicon). */
  const consoleErrors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error')
      consoleErrors.push(`${message.text()} ${message.location().url}`)
  })
  if (proxy) {
    await page.route(`${demo.url}${PROXY}**`, (route) =>
      route.continue({ url: route.request().url().replace(demo.url, proxy.url) }),
    )
  }
  const net = track(page)
  await page.goto(`${demo.url}${path}`)
  const root = page.locator(`[data-dashboard="${dashboard}"]`)
  await root.waitFor({ timeout: 30_000 })
  await settle(page, net)
  return { page, net, errors, consoleErrors, root }
}

function param(entry: Seen, name: string) {
  return entry.url.searchParams.get(name)
}

/** The main (unfiltered) series request of a Data API dataset, not the fan-out cells. */
function seriesRequests(net: Net, path: string, since = 0) {
  return net
    .to(path, since)
    .filter(
      (entry) =>
        !entry.url.searchParams.has('plan_code') && !entry.url.searchParams.has('customer_type'),
    )
}

/** Picks an option of a Radix Select filter with the mouse. */
async function pick(page: Page, root: Locator, slot: string, option: string | RegExp) {
  await root.locator(`[data-slot="${slot}-trigger"]`).click()
  await page.getByRole('option', { name: option, exact: typeof option === 'string' }).click()
}

/**
 * Picks an option of a Radix Select filter with the keyboard: Space opens the list, arrow keys
 * move to `option`, Enter selects it. (Radix focuses the selected option once the list is placed,
 * so the focus is checked after every key.)
 */
async function pickWithKeyboard(page: Page, root: Locator, slot: string, option: string) {
  await root.locator(`[data-slot="${slot}-trigger"]`).focus()
  await page.keyboard.press(' ')
  const list = page.getByRole('listbox')
  const names = await list.getByRole('option').allTextContents()
  const target = names.indexOf(option)
  expect(target, `${option} in ${names.join(', ')}`).toBeGreaterThanOrEqual(0)
  const focused = () => page.evaluate(() => document.activeElement?.textContent ?? '')
  for (let step = 0; (await focused()) !== option; step++) {
    if (step > 20) throw new Error(`could not reach ${option} in ${slot}`)
    const at = names.indexOf(await focused())
    if (at >= 0) await page.keyboard.press(at > target ? 'ArrowUp' : 'ArrowDown')
    await page.waitForTimeout(50)
  }
  await page.keyboard.press('Enter')
  await list.waitFor({ state: 'detached' })
  expect(await root.locator(`[data-slot="${slot}-trigger"]`).textContent()).toBe(option)
}

/** The normalised rows of a proxy body (`{ format: 'lago-analytics/rows@1', rows, meta? }`). */
function rowsOf<Row>(body: unknown): Row[] {
  const { format, rows } = (body ?? {}) as { format?: unknown; rows?: unknown }
  expect(format).toBe(PROXY_BODY_FORMAT)
  return rows as Row[]
}

interface TableView {
  head: string[]
  rows: string[][]
  totals: string[] | null
}

/** A widget's chart as its "View as table" alternative: header, body and totals cells. */
async function tableView(widget: Locator): Promise<TableView> {
  const toggle = widget.locator('[data-slot="chart-view-toggle"]').first()
  if ((await toggle.getAttribute('aria-pressed')) !== 'true') await toggle.click()
  const table = widget.locator('table').first()
  await table.waitFor()
  return table.evaluate((node) => {
    const t = node as HTMLTableElement
    const text = (cells: HTMLCollectionOf<HTMLTableCellElement>) =>
      [...cells].map((cell) => (cell.textContent ?? '').replace(/[↕▲▼]/g, '').trim())
    return {
      head: text(t.tHead?.rows[0]?.cells ?? document.createElement('tr').cells),
      rows: [...(t.tBodies[0]?.rows ?? [])].map((row) => text(row.cells)),
      totals: t.tFoot?.rows[0] ? text(t.tFoot.rows[0].cells) : null,
    }
  })
}

/** `-€1,234.56` → -123456 (exact: digits only, no floating point). */
function toMinor(text: string, exponent = 2): number {
  const negative = /^[^\d]*-|^−/.test(text.trim())
  const [whole = '0', fraction = ''] = text.replace(/[^\d.]/g, '').split('.')
  const digits = `${whole}${fraction.padEnd(exponent, '0').slice(0, exponent)}`
  return (negative ? -1 : 1) * Number(digits)
}

/** `2025-12-01` → `December 2025`, as the table view labels monthly periods. */
function monthLabel(dateKey: string) {
  return new Intl.DateTimeFormat('en-US', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${dateKey}T00:00:00Z`))
}

/** Row label without the partial-period marker. */
const label = (cell: string | undefined) => (cell ?? '').replace(/\s*\*$/, '')

function column(view: TableView, header: string) {
  const index = view.head.indexOf(header)
  expect(index, `column "${header}" in ${view.head.join(' | ')}`).toBeGreaterThanOrEqual(0)
  return index
}

/** RFC 4180 CSV (quotes, doubled quotes, CRLF), BOM stripped. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  const input = text.replace(/^\uFEFF/, '')
  for (let i = 0; i < input.length; i++) {
    const char = input[i]
    if (quoted) {
      if (char === '"' && input[i + 1] === '"') {
        field += '"'
        i++
      } else if (char === '"') quoted = false
      else field += char
    } else if (char === '"') quoted = true
    else if (char === ',') {
      row.push(field)
      field = ''
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && input[i + 1] === '\n') i++
      row.push(field)
      rows.push(row)
      row = []
      field = ''
    } else field += char
  }
  if (field !== '' || row.length > 0) rows.push([...row, field])
  return rows
}

interface JsonExport {
  dataset: string
  title: string
  currency: string | null
  exponent: number | null
  range: { from: string; to: string } | null
  columns: { key: string; header: string; type: string; currency: string | null }[]
  rows: Record<string, string | number | boolean | null>[]
}

interface Exported {
  json: JsonExport
  csv: string[][]
  /** Sheets of the workbook as rows of raw cells (numbers stay numbers, dates are serials). */
  xlsx: Record<string, unknown[][]>
  names: Record<'json' | 'csv' | 'xlsx', string>
}

/** Chooses a format in an export menu and returns the saved download's path and name. */
async function download(page: Page, menu: Locator, format: 'json' | 'csv' | 'xlsx') {
  await menu.locator('[data-slot="export-menu-trigger"]').click()
  const event = page.waitForEvent('download')
  await page.locator(`[data-slot="export-menu-item"][data-format="${format}"]`).click()
  const file = await event
  const path = join(downloads, `${Date.now()}-${Math.random()}-${file.suggestedFilename()}`)
  await file.saveAs(path)
  return { path, name: file.suggestedFilename() }
}

function readWorkbook(path: string): Record<string, unknown[][]> {
  const book = XLSX.read(readFileSync(path), { type: 'buffer' })
  return Object.fromEntries(
    book.SheetNames.map((name) => [
      name,
      XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[name], {
        header: 1,
        raw: true,
        defval: null,
      }),
    ]),
  )
}

/** Downloads a widget's export in the three formats and reads them back. */
async function exportWidget(page: Page, widget: Locator): Promise<Exported> {
  const menu = widget.locator('[data-slot="export-menu"]')
  const json = await download(page, menu, 'json')
  const csv = await download(page, menu, 'csv')
  const xlsx = await download(page, menu, 'xlsx')
  return {
    json: JSON.parse(readFileSync(json.path, 'utf8')) as JsonExport,
    csv: parseCsv(readFileSync(csv.path, 'utf8')),
    xlsx: readWorkbook(xlsx.path),
    names: { json: json.name, csv: csv.name, xlsx: xlsx.name },
  }
}

/** Excel date serial → `YYYY-MM-DD`. */
function serialDate(serial: number) {
  return new Date(Date.UTC(1899, 11, 30) + Math.round(serial * 86_400_000))
    .toISOString()
    .slice(0, 10)
}

/**
 * The three formats of one export hold the same table: same headers and rows; money as exact
 * minor units in JSON, the exact major-unit decimal in CSV, a major-unit number in XLSX.
 */
function expectSameTable(file: Exported, what: string) {
  const { json, csv } = file
  expect(Object.keys(file.xlsx), `${what}: sheets`).toEqual([expect.any(String), 'Metadata'])
  const sheets = Object.values(file.xlsx)
  const sheet = sheets[0] as unknown[][]
  const headers = json.columns.map((c) => c.header)
  expect(csv[0], `${what}: CSV header`).toEqual(headers)
  const xlsxHeader = sheet.findIndex((row) => JSON.stringify(row) === JSON.stringify(headers))
  expect(xlsxHeader, `${what}: XLSX header row`).toBeGreaterThanOrEqual(0)
  const xlsxRows = sheet.slice(xlsxHeader + 1, xlsxHeader + 1 + json.rows.length)
  expect(csv.length - 1, `${what}: CSV rows`).toBe(json.rows.length)
  expect(xlsxRows.length, `${what}: XLSX rows`).toBe(json.rows.length)
  json.rows.forEach((record, r) => {
    json.columns.forEach((c, i) => {
      const value = record[c.key] ?? null
      const csvCell = csv[r + 1]?.[i] ?? ''
      const xlsxCell = xlsxRows[r]?.[i] ?? null
      const where = `${what} row ${r} ${c.key}`
      if (value === null) {
        expect(csvCell, where).toBe('')
        return
      }
      switch (c.type) {
        case 'money': {
          const exponent = json.exponent ?? 2
          expect(toMinor(csvCell, exponent), `${where} (CSV)`).toBe(value)
          expect(Math.round((xlsxCell as number) * 10 ** exponent), `${where} (XLSX)`).toBe(value)
          break
        }
        case 'date':
          expect(csvCell, `${where} (CSV)`).toBe(value)
          expect(
            typeof xlsxCell === 'number' ? serialDate(xlsxCell) : xlsxCell,
            `${where} (XLSX)`,
          ).toBe(value)
          break
        case 'integer':
        case 'number':
        case 'percent':
          expect(Number(csvCell), `${where} (CSV)`).toBe(value)
          expect(xlsxCell as number, `${where} (XLSX)`).toBeCloseTo(value as number, 9)
          break
        default:
          expect(csvCell, `${where} (CSV)`).toBe(String(value))
          expect(String(xlsxCell), `${where} (XLSX)`).toBe(String(value))
      }
    })
  })
}

/** The document height once it stops changing (charts resize on the frames after a resize). */
async function stableHeight(page: Page) {
  let last = -1
  for (let attempt = 0; attempt < 40; attempt++) {
    const height = await page.evaluate(() => document.documentElement.scrollHeight)
    if (height === last) return height
    last = height
    await page.waitForTimeout(200)
  }
  return last
}

/** The accessible summaries of every chart of a widget (changes whenever its data does). */
async function descriptions(widget: Locator) {
  // A chart keeps the view a user chose across filter changes: back to the chart to read it.
  for (const toggle of await widget
    .locator('[data-slot="chart-view-toggle"][aria-pressed="true"]')
    .all()) {
    await toggle.click()
  }
  return widget.locator('[data-slot="chart-description"]').allTextContents()
}

// ---------------------------------------------------------------------------------------------

describe.concurrent('the dashboards of the demo app (issue #6 §5)', () => {
  it(
    'revenue page: currency, granularity, date range and breakdown change the requests, the charts and the URL, which reopens to the same filters',
    async () => {
      const { page, net, errors, root } = await open('/#/revenue', 'revenue')
      const streams = root.locator('[data-widget="revenueStreams"]')
      const kpiNet = root.locator('[data-kpi="net"] [data-slot="metric-card-value"]')
      const notice = root.locator('[data-slot="dashboard-notice"]')

      // The defaults: EUR, monthly, the last 12 months (Dec 2025 – Nov 2026 on 24 Nov 2026).
      const initial = seriesRequests(net, 'data-api/revenue_streams')
      expect(initial.map((entry) => entry.url.search)).toContain(
        '?currency=EUR&from_date=2025-12-01&time_granularity=monthly&to_date=2026-11-30',
      )
      const before = {
        kpi: await kpiNet.textContent(),
        streams: await descriptions(streams),
        view: await tableView(streams),
      }
      expect(before.kpi).toMatch(/^€/)
      expect(before.view.rows.map((row) => label(row[0]))).toEqual(
        ['2025-12-01', '2026-01-01', '2026-02-01', '2026-03-01', '2026-04-01', '2026-05-01']
          .concat(['2026-06-01', '2026-07-01', '2026-08-01', '2026-09-01', '2026-10-01'])
          .concat(['2026-11-01'])
          .map(monthLabel),
      )

      // Currency → USD (mouse).
      let mark = net.seen.length
      await pick(page, root, 'filter-currency', 'USD · US Dollar')
      await settleOn(
        page,
        net,
        mark,
        'data-api/revenue_streams',
        (e) => param(e, 'currency') === 'USD',
      )
      const usd = net.seen.slice(mark)
      for (const path of [
        'data-api/revenue_streams',
        'data-api/mrrs',
        'data-api/mrrs/plans',
        'api/v1/analytics/invoice_collection',
        'api/v1/analytics/overdue_balance',
      ]) {
        expect(
          net.to(path, mark).map((entry) => param(entry, 'currency')),
          path,
        ).toContain('USD')
      }
      expect(usd.filter((entry) => param(entry, 'currency') !== 'USD')).toEqual([])
      await expect.poll(() => notice.textContent()).toMatch(/^Amounts in USD\./)
      const afterUsd = { kpi: await kpiNet.textContent(), view: await tableView(streams) }
      expect(afterUsd.kpi).toMatch(/^\$/)
      expect(afterUsd.view.totals).not.toEqual(before.view.totals)
      expect(afterUsd.view.totals?.at(-1)).toMatch(/^-?\$/)

      // Granularity → week (keyboard).
      mark = net.seen.length
      await pickWithKeyboard(page, root, 'filter-granularity', 'Week')
      await settleOn(
        page,
        net,
        mark,
        'data-api/revenue_streams',
        (e) => param(e, 'time_granularity') === 'weekly',
      )
      const weekly = seriesRequests(net, 'data-api/revenue_streams', mark)
      expect(weekly.length).toBeGreaterThan(0)
      for (const entry of weekly) {
        expect(param(entry, 'time_granularity')).toBe('weekly')
        expect(param(entry, 'currency')).toBe('USD')
      }
      const afterWeek = await tableView(streams)
      // About 52 weeks instead of 12 months, labelled by week.
      expect(afterWeek.rows.length).toBeGreaterThan(50)
      expect(afterWeek.rows[0]?.[0]).not.toBe(afterUsd.view.rows[0]?.[0])

      // Date range → a custom range picked in the calendar: Monday 2 to Sunday 15 November 2026.
      mark = net.seen.length
      await root.locator('[data-slot="filter-date-range-trigger"]').click()
      const calendar = page.locator('[data-slot="filter-date-range-content"]')
      await calendar.getByRole('button', { name: 'Monday, November 2, 2026' }).click()
      await calendar.getByRole('button', { name: 'Sunday, November 15, 2026' }).click()
      await calendar.locator('[data-slot="filter-date-range-apply"]').click()
      await settleOn(
        page,
        net,
        mark,
        'data-api/revenue_streams',
        (e) => param(e, 'from_date') === '2026-11-02',
      )
      const ranged = seriesRequests(net, 'data-api/revenue_streams', mark)
      expect(ranged.map((entry) => entry.url.search)).toContain(
        '?currency=USD&from_date=2026-11-02&time_granularity=weekly&to_date=2026-11-15',
      )
      // The KPI deltas compare with the two weeks before; nothing reads the old range any more.
      expect(ranged.map((entry) => entry.url.search)).toContain(
        '?currency=USD&from_date=2026-10-19&time_granularity=weekly&to_date=2026-11-01',
      )
      expect(ranged.filter((entry) => param(entry, 'from_date') === '2025-12-01')).toEqual([])
      const trigger = root.locator('[data-slot="filter-date-range-trigger"]')
      expect(await trigger.getAttribute('data-preset')).toBe('custom')
      expect(await trigger.locator('[data-slot="filter-date-range-dates"]').textContent()).toBe(
        ' · Nov 2 – 15, 2026',
      )
      const afterRange = await tableView(streams)
      expect(afterRange.rows).toHaveLength(2)
      expect(afterRange.totals?.at(-1)).not.toBe(afterWeek.totals?.at(-1))
      const finalKpi = await kpiNet.textContent()
      expect(finalKpi).not.toBe(afterUsd.kpi)

      // Breakdown dimension → plan (the widget's own control): the plans of the USD breakdown.
      const breakdown = root.locator('[data-widget="revenueBreakdown"]')
      const byCustomer = await tableView(breakdown)
      const customers = net
        .to('data-api/revenue_streams/customers')
        .filter((entry) => param(entry, 'currency') === 'USD' && entry.status === 200)
      expect(customers.length).toBeGreaterThan(0)
      const customerNames = rowsOf<{ customerName: string | null; externalCustomerId: string }>(
        customers[0]?.body,
      )
        .slice(0, 10)
        .map((row) => row.customerName ?? row.externalCustomerId)
      expect(byCustomer.rows.slice(0, 10).map((row) => row[0])).toEqual(customerNames)
      await breakdown.getByRole('radio', { name: 'By plan' }).click()
      await settle(page, net)
      expect(
        await breakdown.getByRole('radio', { name: 'By plan' }).getAttribute('aria-checked'),
      ).toBe('true')
      const plans = net
        .to('data-api/revenue_streams/plans')
        .filter((entry) => param(entry, 'currency') === 'USD' && entry.status === 200)
      expect(plans.length).toBeGreaterThan(0)
      const planRows = rowsOf<{ planName: string; netRevenueAmountCents: number }>(
        plans[0]?.body,
      ).sort((a, b) => b.netRevenueAmountCents - a.netRevenueAmountCents)
      const byPlan = await tableView(breakdown)
      expect(byPlan.rows.map((row) => row[0])).toEqual(planRows.map((row) => row.planName))
      expect(byPlan.rows.map((row) => toMinor(row[1] ?? ''))).toEqual(
        planRows.map((row) => row.netRevenueAmountCents),
      )

      // The URL carries the filters; a new page opened on it shows and requests the same.
      const url = new URL(page.url())
      expect(Object.fromEntries(url.searchParams)).toEqual({
        'rev.currency': 'USD',
        'rev.granularity': 'week',
        'rev.from': '2026-11-02',
        'rev.to': '2026-11-15',
      })
      expect(url.hash).toBe('#/revenue')
      const again = await open(`${url.pathname}${url.search}${url.hash}`, 'revenue')
      expect(await again.root.locator('[data-slot="filter-currency-trigger"]').textContent()).toBe(
        'USD · US Dollar',
      )
      expect(
        await again.root.locator('[data-slot="filter-granularity-trigger"]').textContent(),
      ).toBe('Week')
      const againTrigger = again.root.locator('[data-slot="filter-date-range-trigger"]')
      expect(await againTrigger.getAttribute('data-preset')).toBe('custom')
      expect(
        await againTrigger.locator('[data-slot="filter-date-range-dates"]').textContent(),
      ).toBe(' · Nov 2 – 15, 2026')
      const reopened = seriesRequests(again.net, 'data-api/revenue_streams')
      expect(reopened.map((entry) => entry.url.search)).toContain(
        '?currency=USD&from_date=2026-11-02&time_granularity=weekly&to_date=2026-11-15',
      )
      expect(again.net.seen.filter((entry) => param(entry, 'currency') !== 'USD')).toEqual([])
      expect(
        await again.root.locator('[data-kpi="net"] [data-slot="metric-card-value"]').textContent(),
      ).toBe(finalKpi)
      expect(await tableView(again.root.locator('[data-widget="revenueStreams"]'))).toEqual(
        afterRange,
      )
      expect(errors).toEqual([])
      expect(again.errors).toEqual([])
      await again.page.close()
      await page.close()
    },
    SLOW,
  )

  it(
    'usage page (customer portal): currency, metric type, granularity and date range change the requests, the charts and the URL, which reopens to the same filters',
    async () => {
      const { page, net, errors, root } = await open('/#/portal', 'usage')
      const overTime = root.locator('[data-widget="usageOverTime"]')
      const byMetric = root.locator('[data-widget="usageByMetric"]')
      const usage = (since = 0) => net.to('api/v1/analytics/usage', since)
      expect(usage().map((entry) => entry.url.search)).toEqual([
        `?time_granularity=monthly&currency=EUR&from_date=2025-12-01&to_date=2026-11-30&external_customer_id=${PORTAL_CUSTOMER}`,
      ])
      const before = { overTime: await descriptions(overTime), view: await tableView(overTime) }
      expect(before.overTime[0]).toMatch(/^December 2025 – November 2026\./)
      expect(before.view.rows).toHaveLength(12)
      const metricsBefore = (await tableView(byMetric)).rows.map((row) => row[0])

      // Currency → USD: this customer is billed in EUR, so there is nothing to show in USD.
      let mark = net.seen.length
      await pick(page, root, 'filter-currency', 'USD · US Dollar')
      await settleOn(
        page,
        net,
        mark,
        'api/v1/analytics/usage',
        (e) => param(e, 'currency') === 'USD',
      )
      const usd = net.seen.slice(mark)
      expect(usage(mark).length).toBe(1)
      expect(usd.filter((entry) => param(entry, 'currency') !== 'USD')).toEqual([])
      expect(await overTime.locator('[data-slot="chart"]').getAttribute('data-state')).toBe('empty')
      expect(await root.locator('[data-slot="dashboard-notice"]').textContent()).toMatch(
        /^Amounts in USD\./,
      )
      // And back to EUR: the same figures as before.
      await pick(page, root, 'filter-currency', 'EUR · Euro')
      await settle(page, net)
      await expect.poll(() => descriptions(overTime)).toEqual(before.overTime)

      // Metric type → recurring: only the recurring billable metrics are left.
      mark = net.seen.length
      await pick(page, root, 'filter-billable-metric-kind', 'Recurring')
      await settleOn(page, net, mark, 'api/v1/analytics/usage')
      expect(usage(mark).map((entry) => param(entry, 'is_billable_metric_recurring'))).toEqual([
        'true',
      ])
      const recurring = new Set(
        (demo.simulator?.ledger.metrics ?? []).filter((m) => m.recurring).map((m) => m.code),
      )
      const metricsAfter = (await tableView(byMetric)).rows.map((row) => row[0])
      expect(metricsBefore.some((code) => !recurring.has(code ?? ''))).toBe(true)
      expect(metricsAfter.length).toBeGreaterThan(0)
      expect(metricsAfter.filter((code) => !recurring.has(code ?? ''))).toEqual([])
      const afterKind = await descriptions(overTime)
      expect(afterKind).not.toEqual(before.overTime)

      // Granularity → week (keyboard).
      mark = net.seen.length
      await pickWithKeyboard(page, root, 'filter-granularity', 'Week')
      await settleOn(page, net, mark, 'api/v1/analytics/usage')
      const timed = net.seen
        .slice(mark)
        .filter((entry) => entry.url.searchParams.has('time_granularity'))
      expect(timed.length).toBeGreaterThan(0)
      expect(timed.filter((entry) => param(entry, 'time_granularity') !== 'weekly')).toEqual([])
      expect(usage(mark)).toHaveLength(1)
      const weekView = await tableView(overTime)
      expect(weekView.rows.length).toBeGreaterThan(50)

      // Date range → the "Previous quarter" preset: July – September 2026.
      mark = net.seen.length
      await root.locator('[data-slot="filter-date-range-trigger"]').click()
      await page.getByRole('button', { name: 'Previous quarter', exact: true }).click()
      await settleOn(page, net, mark, 'api/v1/analytics/usage')
      const quarter = usage(mark)
      expect(quarter).toHaveLength(1)
      // Whole weeks covering July – September 2026 (Monday 29 June to Sunday 4 October).
      expect([
        param(quarter[0] as Seen, 'from_date'),
        param(quarter[0] as Seen, 'to_date'),
      ]).toEqual(['2026-06-29', '2026-10-04'])
      const quarterView = await tableView(overTime)
      expect(quarterView.rows.length).toBeGreaterThanOrEqual(13)
      expect(quarterView.rows.length).toBeLessThanOrEqual(14)
      expect(quarterView.totals).not.toEqual(weekView.totals)
      // Every request read the signed-in customer, with that customer's own session.
      for (const entry of net.seen) {
        if (!entry.auth.startsWith('demo-session-customer:')) continue
        expect(entry.auth).toBe(`demo-session-customer:${PORTAL_CUSTOMER}`)
        expect(param(entry, 'external_customer_id')).toBe(PORTAL_CUSTOMER)
      }

      // The URL carries the filters (never the customer scope); a new page reopens them.
      const url = new URL(page.url())
      expect(Object.fromEntries(url.searchParams)).toEqual({
        'usage.currency': 'EUR',
        'usage.granularity': 'week',
        'usage.range': 'previousQuarter',
        'usage.metricKind': 'recurring',
      })
      const again = await open(`${url.pathname}${url.search}${url.hash}`, 'usage')
      expect(await again.root.locator('[data-slot="filter-currency-trigger"]').textContent()).toBe(
        'EUR · Euro',
      )
      expect(
        await again.root.locator('[data-slot="filter-granularity-trigger"]').textContent(),
      ).toBe('Week')
      expect(
        await again.root.locator('[data-slot="filter-billable-metric-kind-trigger"]').textContent(),
      ).toBe('Recurring')
      expect(
        await again.root
          .locator('[data-slot="filter-date-range-trigger"]')
          .getAttribute('data-preset'),
      ).toBe('previousQuarter')
      expect(again.net.to('api/v1/analytics/usage').map((entry) => entry.url.search)).toEqual(
        quarter.map((entry) => entry.url.search),
      )
      expect(await tableView(again.root.locator('[data-widget="usageOverTime"]'))).toEqual(
        quarterView,
      )
      expect(errors).toEqual([])
      expect(again.errors).toEqual([])
      await again.page.close()
      await page.close()
    },
    SLOW,
  )

  it(
    'exports: JSON, CSV and XLSX of every widget agree with each other and with what the widgets show; the dashboard workbook has a sheet per widget',
    async () => {
      const { page, errors, root } = await open('/#/revenue', 'revenue')
      const widgets = root.locator('[data-slot="widget"]:has([data-slot="export-menu"])')
      const ids = await widgets.evaluateAll((nodes) =>
        nodes.map((n) => n.getAttribute('data-widget')),
      )
      expect(ids).toEqual([
        'revenueStreams',
        'mrrMovements',
        'mrrByPlan',
        'revenueBreakdown',
        'planPivot',
        'segmentPivot',
        'invoiceCollection',
        'overdueBalance',
      ])
      const files: Record<string, Exported> = {}
      for (const id of ids) {
        const file = await exportWidget(page, root.locator(`[data-widget="${id}"]`))
        expectSameTable(file, id ?? '')
        files[id ?? ''] = file
      }

      // Revenue streams: every month's fees and net revenue as the table view shows them.
      const streams = files.revenueStreams as Exported
      expect(streams.names.csv).toBe('lago-revenue-streams-EUR-2025-12-01_2026-11-24.csv')
      expect([streams.json.currency, streams.json.range?.from]).toEqual(['EUR', '2025-12-01'])
      const view = await tableView(root.locator('[data-widget="revenueStreams"]'))
      const net = column(view, 'Net revenue')
      const fees = column(view, 'Subscription fees')
      const onScreen = view.rows.map((row) => [
        label(row[0]),
        toMinor(row[fees] ?? ''),
        toMinor(row[net] ?? ''),
      ])
      expect(onScreen).toHaveLength(12)
      expect(
        streams.json.rows.map((row) => [
          monthLabel(row.startOfPeriodDt as string),
          row.subscriptionFeeAmountCents,
          row.netRevenueAmountCents,
        ]),
      ).toEqual(onScreen)
      const header = streams.csv[0] as string[]
      expect(
        streams.csv
          .slice(1)
          .map((row) => [
            monthLabel(row[header.indexOf('Start of period')] ?? ''),
            toMinor(row[header.indexOf('Subscription fees')] ?? ''),
            toMinor(row[header.indexOf('Net revenue')] ?? ''),
          ]),
      ).toEqual(onScreen)
      const sheet = Object.values(streams.xlsx)[0] as unknown[][]
      const start = sheet.findIndex((row) => row[0] === 'Start of period')
      const xlsxHeader = sheet[start] as string[]
      expect(
        sheet
          .slice(start + 1)
          .map((row) => [
            monthLabel(serialDate(row[0] as number)),
            Math.round((row[xlsxHeader.indexOf('Subscription fees')] as number) * 100),
            Math.round((row[xlsxHeader.indexOf('Net revenue')] as number) * 100),
          ]),
      ).toEqual(onScreen)
      // The table's total and the KPI card are that export's sum.
      const total = streams.json.rows.reduce(
        (sum, row) => sum + (row.netRevenueAmountCents as number),
        0,
      )
      expect(toMinor(view.totals?.[net] ?? '')).toBe(total)
      expect(
        await root.locator('[data-kpi="net"] [data-slot="metric-card-value"]').textContent(),
      ).toBe(
        new Intl.NumberFormat('en-US', {
          style: 'currency',
          currency: 'EUR',
          notation: 'compact',
        }).format(total / 100),
      )

      // Breakdowns: names, amounts and shares as their table views show them.
      for (const id of ['revenueBreakdown', 'mrrByPlan'] as const) {
        const shown = await tableView(root.locator(`[data-widget="${id}"]`))
        const file = files[id] as Exported
        const exported = file.json.rows.map((row) => [row.label, row.value])
        expect(exported.length, id).toBeGreaterThan(1)
        expect(exported, id).toEqual(shown.rows.map((row) => [row[0], toMinor(row[1] ?? '')]))
        expect(
          file.csv.slice(1).map((row) => [row[1], toMinor(row[2] ?? '')]),
          id,
        ).toEqual(exported)
        expect(
          file.json.rows.map((row) => `${Math.round((row.share as number) * 1000) / 10}%`),
          id,
        ).toEqual(shown.rows.map((row) => row[2]))
      }

      // The whole dashboard: one workbook, one sheet per widget table, the same cells.
      const book = await download(
        page,
        root.locator('[data-slot="dashboard-header"] [data-slot="export-menu"]'),
        'xlsx',
      )
      const sheets = readWorkbook(book.path)
      // One sheet per widget, plus the metadata sheet.
      expect(Object.keys(sheets)).toHaveLength(ids.length + 1)
      expect(Object.keys(sheets).at(-1)).toBe('Metadata')
      for (const [id, file] of Object.entries(files)) {
        const own = Object.values(file.xlsx)[0]
        expect(
          Object.values(sheets).some(
            (candidate) => JSON.stringify(candidate) === JSON.stringify(own),
          ),
          `${id} sheet in the dashboard workbook`,
        ).toBe(true)
      }

      // And the usage page: its widgets' exports match their table views too.
      const portal = await open('/#/portal', 'usage')
      const metric = portal.root.locator('[data-widget="usageByMetric"]')
      const metricFile = await exportWidget(portal.page, metric)
      expectSameTable(metricFile, 'usageByMetric')
      const metricView = await tableView(metric)
      expect(metricFile.json.rows.map((row) => [row.label, row.value])).toEqual(
        metricView.rows.map((row) => [row[0], toMinor(row[1] ?? '')]),
      )
      const overTime = portal.root.locator('[data-widget="usageOverTime"]')
      const usageFile = await exportWidget(portal.page, overTime)
      expectSameTable(usageFile, 'usageOverTime')
      const usageView = await tableView(overTime)
      // The export holds the raw rows (metric × month); the view has a column per metric.
      const metrics = usageView.head.slice(1)
      const exported = new Map<string, number>()
      for (const row of usageFile.json.rows) {
        exported.set(
          `${monthLabel(String(row.startOfPeriodDt))}|${String(row.billableMetricCode)}`,
          Number(row.amountCents),
        )
      }
      for (const row of usageView.rows) {
        metrics.forEach((metric, index) => {
          expect(toMinor(row[index + 1] ?? ''), `${row[0]} ${metric}`).toBe(
            exported.get(`${label(row[0])}|${metric}`) ?? 0,
          )
        })
      }
      expect(usageView.rows).toHaveLength(12)
      expect(errors).toEqual([])
      expect(portal.errors).toEqual([])
      await portal.page.close()
      await page.close()
    },
    SLOW,
  )

  it(
    'customer portal: only the signed-in customer, whatever the URL asks for',
    async () => {
      const tampered = `?usage.customer=${OTHER_CUSTOMER}&customer=${OTHER_CUSTOMER}&externalCustomerId=${OTHER_CUSTOMER}#/portal?externalCustomerId=${OTHER_CUSTOMER}&customer=${OTHER_CUSTOMER}`
      const honest = await open('/#/portal', 'usage')
      const hostile = await open(`/${tampered}`, 'usage')
      const names = await honest.page
        .locator('.portal-picker option')
        .evaluateAll((nodes) => nodes.map((n) => [n.getAttribute('value'), n.textContent]))
      expect(names[0]).toEqual([PORTAL_CUSTOMER, PORTAL_NAME])
      const others = names.filter(([id]) => id !== PORTAL_CUSTOMER).map(([, name]) => name ?? '')
      expect(others.length).toBeGreaterThan(10)
      const figures = async (root: Locator) =>
        root
          .locator('[data-slot="chart-description"], [data-slot="metric-card-value"]')
          .allTextContents()

      for (const { page, net, root, errors } of [honest, hostile]) {
        expect(await root.locator('.lago-analytics-dashboard-title').textContent()).toBe(
          `Your usage — ${PORTAL_NAME}`,
        )
        const customerRequests = net.seen.filter((entry) => entry.auth !== 'demo-session-staff')
        expect(customerRequests.length).toBeGreaterThan(3)
        for (const entry of customerRequests) {
          expect(entry.auth).toBe(`demo-session-customer:${PORTAL_CUSTOMER}`)
          // Sent for the session's customer, or refused by the proxy — never answered for another.
          if (param(entry, 'external_customer_id') !== PORTAL_CUSTOMER) {
            expect(entry.status, entry.url.search).toBe(403)
          }
        }
        // The staff session only lists the picker's customers (the demo's "sign in as").
        for (const entry of net.seen.filter((entry) => entry.auth === 'demo-session-staff')) {
          expect(entry.url.pathname).toBe(`${PROXY}data-api/revenue_streams/customers`)
        }
        const text = (await root.innerText()).toLowerCase()
        for (const name of others) expect(text, name).not.toContain(name.toLowerCase())
        expect(text).not.toContain(OTHER_CUSTOMER)
        expect(errors).toEqual([])
        void page
      }
      // The tampered page shows the signed-in customer's figures, exactly.
      const mine = await figures(honest.root)
      expect(mine.length).toBeGreaterThan(3)
      expect(await figures(hostile.root)).toEqual(mine)

      // Another customer's figures differ (so the comparison above means something).
      await honest.page.locator('.portal-picker select').selectOption(OTHER_CUSTOMER)
      await honest.page
        .locator('.lago-analytics-dashboard-title', { hasText: OTHER_NAME })
        .waitFor()
      const root2 = honest.page.locator('[data-dashboard="usage"]')
      await settle(honest.page, honest.net)
      expect(await figures(root2)).not.toEqual(mine)

      // Forged requests with the customer's session: another customer, a staff-only dataset, no
      // session at all — all refused.
      const forged = await hostile.page.evaluate(
        async ({ proxy, me, other }) => {
          const get = async (path: string, token: string | null) =>
            (
              await fetch(`${proxy}${path}`, {
                headers: token ? { authorization: `Bearer ${token}` } : {},
              })
            ).status
          const session = `demo-session-customer:${me}`
          return [
            await get(`api/v1/analytics/usage?currency=EUR&external_customer_id=${other}`, session),
            await get(
              `data-api/usages/aggregated_amounts?currency=EUR&external_customer_id=${other}`,
              session,
            ),
            await get('data-api/revenue_streams/customers?currency=EUR', session),
            await get('api/v1/analytics/usage?currency=EUR', null),
            await get(`api/v1/analytics/usage?currency=EUR&external_customer_id=${me}`, session),
          ]
        },
        { proxy: PROXY, me: PORTAL_CUSTOMER, other: OTHER_CUSTOMER },
      )
      expect(forged).toEqual([403, 403, 403, 401, 200])
      await honest.page.close()
      await hostile.page.close()
    },
    SLOW,
  )

  it(
    'fault mode: the failing dataset leaves its widget in the error state with a Retry that recovers, while the others render',
    async () => {
      const { page, net, errors, root } = await open('/#/revenue', 'revenue', faulty)
      const failing = root.locator('[data-widget="mrrByPlan"]')
      const chart = failing.locator('[data-slot="chart"]')
      expect(await chart.getAttribute('data-state')).toBe('error')
      expect(await failing.getByRole('alert').textContent()).toContain('could not be loaded')
      const retry = failing.getByRole('button', { name: 'Retry' })
      expect(await retry.isVisible()).toBe(true)
      const failed = net.to('data-api/mrrs/plans')
      expect(failed.map((entry) => entry.status)).toEqual(
        Array.from({ length: FAILED_ATTEMPTS }, () => 502),
      )
      // Every other widget shows its data.
      const states = await root
        .locator('[data-slot="widget"]')
        .evaluateAll((nodes) =>
          nodes.map((node) => [
            node.getAttribute('data-widget'),
            [...node.querySelectorAll('[data-slot="chart"], [data-slot="metric-card"]')].map((n) =>
              n.getAttribute('data-state'),
            ),
          ]),
        )
      for (const [id, widgetStates] of states as [string, string[]][]) {
        if (id === 'mrrByPlan') continue
        expect(widgetStates.length, id).toBeGreaterThan(0)
        expect(
          widgetStates.filter((state) => state !== 'ready'),
          id,
        ).toEqual([])
      }
      expect(await root.locator('[data-state="error"]').count()).toBe(1)

      const mark = net.seen.length
      await retry.click()
      await settle(page, net)
      expect(net.to('data-api/mrrs/plans', mark).map((entry) => entry.status)).toEqual([200])
      expect(await chart.getAttribute('data-state')).toBe('ready')
      expect(await root.locator('[data-state="error"]').count()).toBe(0)
      // MRR by plan adds up to the ending MRR of the movements chart.
      const [byPlan] = await descriptions(failing)
      const [movements] = await descriptions(root.locator('[data-widget="mrrMovements"]'))
      const ending = /Ending MRR: ([^.]+\.\d+)/.exec(movements ?? '')?.[1]
      expect(ending).toBeTruthy()
      expect(byPlan).toMatch(new RegExp(`^Total: ${(ending ?? '').replace(/[$.]/g, '\\$&')}\\.`))
      expect(errors).toEqual([])
      await page.close()
    },
    SLOW,
  )

  it(
    'a Lago without the Data API: the public-REST widgets render, the others say what they need, and no fan-out is sent',
    async () => {
      const { page, net, errors, root } = await open('/#/revenue', 'revenue', publicOnly)
      const needs = await root
        .locator('[data-slot="widget-unavailable"][data-reason="data-api"]')
        .evaluateAll((nodes) =>
          nodes.map((node) => node.closest('[data-widget]')?.getAttribute('data-widget')),
        )
      expect(needs).toEqual(['mrrByPlan', 'revenueBreakdown', 'planPivot', 'segmentPivot'])
      for (const id of ['revenueStreams', 'mrrMovements', 'invoiceCollection', 'overdueBalance']) {
        const states = await root
          .locator(`[data-widget="${id}"] [data-slot="chart"]`)
          .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-state')))
        expect(states, id).toEqual(['ready'])
      }
      // Each Data API dataset is asked once (that is how the dashboard learns it is missing);
      // the per-cell fan-outs of the pivots never start.
      const dataApi = net.seen.filter((entry) => entry.url.pathname.includes('/data-api/'))
      // (A request the page aborted, its widget having switched to the notice, has no status.)
      expect(dataApi.filter((entry) => entry.status !== null && entry.status !== 501)).toEqual([])
      expect(dataApi.filter((entry) => entry.url.searchParams.has('customer_country'))).toEqual([])
      expect(dataApi.filter((entry) => entry.url.searchParams.has('plan_code'))).toEqual([])
      expect(dataApi.length).toBeLessThanOrEqual(8)
      expect(await root.locator('[data-state="error"]').count()).toBe(0)
      expect(errors).toEqual([])
      await page.close()
    },
    SLOW,
  )

  it.each([
    ['revenue', 'light', '/#/revenue'],
    ['revenue', 'dark', '/#/revenue'],
    ['usage', 'light', '/#/portal'],
    ['usage', 'dark', '/#/portal'],
  ] as const)(
    '%s dashboard, %s theme: screenshots at 1440 and 390 px, axe-core clean, no horizontal scrolling',
    async (dashboard, theme, path) => {
      const { page, net, errors, consoleErrors, root } = await open(path, dashboard)
      if (theme === 'dark') await page.getByRole('button', { name: 'Dark theme' }).click()
      await page.locator(`[data-dashboard="${dashboard}"][data-theme="${theme}"]`).waitFor()
      for (const [width, height] of [
        [1440, 900],
        [390, 844],
      ] as const) {
        await page.setViewportSize({ width, height })
        await settle(page, net)
        const full = await stableHeight(page)
        expect(await axeViolations(page), `${dashboard} ${theme} ${width}`).toEqual([])
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - window.innerWidth,
        )
        expect(overflow, `${dashboard} ${theme} ${width}`).toBeLessThanOrEqual(0)
        // The whole page in one viewport: headless Chromium's capture beyond the viewport can
        // repeat the first screenful instead of painting the rest.
        await page.setViewportSize({ width, height: full })
        await stableHeight(page)
        await page.screenshot({
          path: join(screenshots, `${dashboard}--${theme}--${width}.png`),
          fullPage: true,
        })
      }
      expect(await root.locator('[data-state="error"]').count()).toBe(0)
      expect(errors).toEqual([])
      expect(consoleErrors).toEqual([])
      await page.close()
    },
    SLOW,
  )
})
