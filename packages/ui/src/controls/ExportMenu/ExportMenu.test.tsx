import { dataAsOf } from '@lago-analytics/core'
import { createTable, toTable, type Table } from '@lago-analytics/core/export'
import type { ExportFile } from '@lago-analytics/react'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createRef } from 'react'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { harness, NOW } from '../../../test/controlsHarness.tsx'
import { ExportMenu } from './ExportMenu.tsx'

// The menu loads on first use (its own chunk): imported once up front, so the tests time the
// menu, not the module loader.
beforeAll(async () => {
  await import('./ExportMenuContent.tsx')
}, 60_000)

async function simulatorTables() {
  const h = harness()
  const meta = { dataAsOf: dataAsOf(NOW), generatedAt: NOW }
  const gross = await h.client.grossRevenue({ currency: 'EUR' })
  const mrr = await h.client.mrr({ currency: 'EUR' })
  return {
    gross: toTable('grossRevenue', gross.rows, { ...meta, title: 'Gross revenue' }),
    mrr: toTable('mrr', mrr.rows, { ...meta, title: 'MRR' }),
  }
}

/** A big table, so the chunked export reports progress and can be cancelled. */
function bigTable(rows: number): Table {
  return createTable({
    columns: [
      { key: 'id', header: 'Id', type: 'integer' },
      { key: 'name', header: 'Name', type: 'string' },
    ],
    rows: Array.from({ length: rows }, (_, index) => [index, `row ${index}`]),
    meta: { dataset: 'big' },
  })
}

/** A minimal RFC 4180 parser (quoted fields, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let index = 0; index < text.length; index++) {
    const char = text[index]
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"'
        index++
      } else if (char === '"') quoted = false
      else field += char
    } else if (char === '"') quoted = true
    else if (char === ',') {
      row.push(field)
      field = ''
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index++
      row.push(field)
      rows.push(row)
      row = []
      field = ''
    } else field += char
  }
  if (field !== '' || row.length > 0) rows.push([...row, field])
  return rows
}

const created: Blob[] = []
beforeEach(() => {
  created.length = 0
  URL.createObjectURL = vi.fn((blob: Blob) => {
    created.push(blob)
    return `blob:test/${created.length}`
  })
  URL.revokeObjectURL = vi.fn()
})
afterEach(() => vi.restoreAllMocks())

function menu() {
  const element = document.querySelector('[data-slot="export-menu"]')
  if (!(element instanceof HTMLElement)) throw new Error('no menu')
  return element
}

describe('ExportMenu', () => {
  it('keyboard: opens, exports CSV that parses back to the table, downloads it', async () => {
    const { gross } = await simulatorTables()
    const files: ExportFile[] = []
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      expect(this.download).toBe(files[0]?.fileName)
      expect(this.href).toBe('blob:test/1')
    })
    const user = userEvent.setup()
    render(<ExportMenu getTable={() => gross} onExported={(file) => files.push(file)} />)
    const trigger = screen.getByRole('button', { name: 'Export' })
    trigger.focus()
    await user.keyboard('{Enter}')
    const items = within(await screen.findByRole('menu')).getAllByRole('menuitem')
    expect(items.map((item) => item.textContent)).toEqual(['JSON', 'CSV', 'Excel (.xlsx)'])
    await waitFor(() => expect(document.activeElement).toBe(items[0]))
    await user.keyboard('{ArrowDown}{Enter}')
    await waitFor(() => expect(files).toHaveLength(1))
    const file = files[0] as ExportFile
    expect(file.fileName).toMatch(/^lago-gross-revenue-EUR.*\.csv$/)
    expect(file.mimeType).toBe('text/csv;charset=utf-8')
    const text = file.data as string
    expect(text.startsWith('\uFEFF')).toBe(true)
    const parsed = parseCsv(text.slice(1)).filter((row) => row.some((cell) => cell !== ''))
    expect(parsed[0]).toEqual(gross.columns.map((column) => column.header))
    expect(parsed).toHaveLength(gross.rows.length + 1)
    expect(click).toHaveBeenCalledTimes(1)
    expect(created).toHaveLength(1)
    const bytes = new Uint8Array((await created[0]?.arrayBuffer()) ?? new ArrayBuffer(0))
    expect(Array.from(bytes)).toEqual(Array.from(new TextEncoder().encode(text))) // BOM included
    await waitFor(() => expect(menu().getAttribute('data-state')).toBe('done'))
    expect(screen.getByRole('status').textContent).toBe(`${file.fileName} is ready`)
    await waitFor(() => expect(document.activeElement).toBe(trigger))
  })

  it('JSON parses, with metadata and one object per row; download={false} only calls back', async () => {
    const { gross } = await simulatorTables()
    const onExported = vi.fn()
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {})
    const user = userEvent.setup()
    render(<ExportMenu getTable={async () => gross} onExported={onExported} download={false} />)
    await user.click(screen.getByRole('button', { name: 'Export' }))
    await user.click(await screen.findByRole('menuitem', { name: 'JSON' }))
    await waitFor(() => expect(onExported).toHaveBeenCalledTimes(1))
    const file = onExported.mock.calls[0]?.[0] as ExportFile
    const json = JSON.parse(file.data as string) as {
      dataset: string
      currency: string
      rows: Record<string, unknown>[]
    }
    expect(json.dataset).toBe('grossRevenue')
    expect(json.currency).toBe('EUR')
    expect(json.rows).toHaveLength(gross.rows.length)
    expect(Object.keys(json.rows[0] ?? {})).toEqual(gross.columns.map((column) => column.key))
    expect(click).not.toHaveBeenCalled()
    expect(URL.createObjectURL).not.toHaveBeenCalled()
  })

  it('a whole dashboard is one workbook (PK zip bytes); CSV is offered for one table only', async () => {
    const { gross, mrr } = await simulatorTables()
    const onExported = vi.fn()
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {})
    const user = userEvent.setup()
    render(<ExportMenu tables={[gross, mrr]} onExported={onExported} />)
    await user.click(screen.getByRole('button', { name: 'Export' }))
    const csv = await screen.findByRole('menuitem', { name: /^CSV/ })
    expect(csv.getAttribute('aria-disabled')).toBe('true')
    expect(csv.textContent).toContain('one table only')
    await user.click(screen.getByRole('menuitem', { name: 'Excel (.xlsx)' }))
    await waitFor(() => expect(onExported).toHaveBeenCalledTimes(1), { timeout: 10_000 })
    const file = onExported.mock.calls[0]?.[0] as ExportFile
    expect(file.fileName).toMatch(/^lago-dashboard-EUR.*\.xlsx$/)
    const bytes = file.data as Uint8Array
    expect(bytes.byteLength).toBeGreaterThan(1000)
    expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]) // "PK"
    expect(created[0]?.type).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    )
  })

  it('reports progress of a long export', async () => {
    const table = bigTable(60_000)
    const onExported = vi.fn()
    const user = userEvent.setup()
    render(<ExportMenu getTable={() => table} onExported={onExported} download={false} />)
    const seen = new Set<string>()
    const observer = new MutationObserver(() => {
      const value = document.querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow')
      if (value) seen.add(value)
    })
    observer.observe(document.body, { subtree: true, childList: true, attributes: true })
    await user.click(screen.getByRole('button', { name: 'Export' }))
    await user.click(await screen.findByRole('menuitem', { name: 'CSV' }))
    await waitFor(() => expect(onExported).toHaveBeenCalledTimes(1), { timeout: 10_000 })
    observer.disconnect()
    const values = [...seen].map(Number)
    expect(values.some((value) => value > 0 && value < 100)).toBe(true)
    expect(screen.queryByRole('progressbar')).toBeNull()
    expect(menu().getAttribute('data-state')).toBe('done')
  })

  it('cancel stops a long export: no file, state cancelled', async () => {
    const table = bigTable(200_000)
    const onExported = vi.fn()
    const user = userEvent.setup()
    const ref = createRef<HTMLDivElement>()
    render(<ExportMenu ref={ref} className="host" getTable={() => table} onExported={onExported} />)
    expect(ref.current?.className).toBe('lago-analytics lago-analytics-export-menu host')
    await user.click(screen.getByRole('button', { name: 'Export' }))
    await user.click(await screen.findByRole('menuitem', { name: 'JSON' }))
    await user.click(await screen.findByRole('button', { name: 'Cancel export' }))
    await waitFor(() => expect(menu().getAttribute('data-state')).toBe('cancelled'))
    expect(screen.getByRole('status').textContent).toBe('Export cancelled')
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(onExported).not.toHaveBeenCalled()
    expect(URL.createObjectURL).not.toHaveBeenCalled()
  })

  it('a failing table source is reported as an error', async () => {
    const onError = vi.fn()
    const user = userEvent.setup()
    render(
      <ExportMenu getTable={() => Promise.reject(new Error('upstream down'))} onError={onError} />,
    )
    await user.click(screen.getByRole('button', { name: 'Export' }))
    await user.click(await screen.findByRole('menuitem', { name: 'CSV' }))
    expect((await screen.findByRole('alert')).textContent).toBe('Export failed: upstream down')
    expect(menu().getAttribute('data-state')).toBe('error')
    expect(onError).toHaveBeenCalledWith(new Error('upstream down'))
  })
})
