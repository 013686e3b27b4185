import { crc32, inflateRawSync } from 'node:zlib'
import * as XLSX from 'xlsx'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { HOSTILE } from '../../test/hostile.ts'
import { revenueRow } from '../../test/rows.ts'
import { InvalidTableError } from '../errors.ts'
import { createTable, type Cell, type Column, type Table } from './Table.ts'
import { toTable } from './toTable.ts'
import { toWorkbook, toXlsx } from './toXlsx.ts'
import { startTicker } from '../../test/ticker.ts'

interface Entry {
  name: string
  method: number
  crc: number
  date: number
  data: Uint8Array
}

/** The entries of a ZIP, read from its central directory (our own reader, independent of SheetJS). */
function unzip(bytes: Uint8Array): Entry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const end = bytes.length - 22
  expect(view.getUint32(end, true)).toBe(0x06054b50)
  const count = view.getUint16(end + 10, true)
  let at = view.getUint32(end + 16, true)
  const entries: Entry[] = []
  for (let i = 0; i < count; i++) {
    expect(view.getUint32(at, true)).toBe(0x02014b50)
    const method = view.getUint16(at + 10, true)
    const date = view.getUint16(at + 14, true)
    const crc = view.getUint32(at + 16, true)
    const compressed = view.getUint32(at + 20, true)
    const size = view.getUint32(at + 24, true)
    const nameLength = view.getUint16(at + 28, true)
    const local = view.getUint32(at + 42, true)
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength))
    expect(view.getUint32(local, true)).toBe(0x04034b50)
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true)
    const data = new Uint8Array(inflateRawSync(bytes.subarray(start, start + compressed)))
    expect(data.length, name).toBe(size)
    entries.push({ name, method, crc, date, data })
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true)
  }
  return entries
}

function xmlOf(bytes: Uint8Array, path: string): string {
  const entry = unzip(bytes).find((e) => e.name === path)
  if (entry === undefined) throw new Error(`no ${path}`)
  return new TextDecoder().decode(entry.data)
}

function read(bytes: Uint8Array): XLSX.WorkBook {
  return XLSX.read(bytes, { type: 'array', cellFormula: true, cellNF: true })
}

const columns: Column[] = [
  { key: 'day', header: 'Day', type: 'date' },
  { key: 'eur', header: 'Net (EUR)', type: 'money', currency: 'EUR' },
  { key: 'kwd', header: 'KWD', type: 'money', currency: 'KWD' },
  { key: 'jpy', header: 'JPY', type: 'money', currency: 'JPY' },
  { key: 'text', header: 'Text', type: 'string' },
  { key: 'n', header: 'N', type: 'number' },
  { key: 'share', header: 'Share', type: 'percent' },
  { key: 'flag', header: 'Flag', type: 'boolean' },
]

describe('toXlsx', () => {
  afterEach(() => {
    vi.restoreAllMocks()
  })

  const rows: Cell[][] = [
    ['2026-01-31', 123_456, 1_234_567, 500, 'Acme', -12.5, 0.25, true],
    ['2024-02-29', -5, -1, 0, null, null, null, false],
  ]
  const table = createTable({
    columns,
    rows,
    meta: {
      dataset: 'revenueStreams',
      title: 'Revenue: streams [EUR]',
      currency: 'EUR',
      range: { from: '2026-01-01', to: '2026-01-31' },
      filters: { planCode: 'pro', customerType: null },
      dataAsOf: new Date('2026-02-01T00:00:00Z'),
      generatedAt: new Date('2026-02-01T09:30:00Z'),
    },
  })

  it('reads back with the same numbers, real dates and currency formats', async () => {
    const bytes = await toXlsx(table)
    expect(bytes).toBeInstanceOf(Uint8Array)
    const workbook = read(bytes)
    expect(workbook.SheetNames).toEqual(['Revenue streams EUR', 'Metadata'])
    const sheet = workbook.Sheets['Revenue streams EUR']!
    expect(sheet['!ref']).toBe('A1:H3')
    expect(XLSX.utils.sheet_to_json(sheet, { header: 1 })[0]).toEqual(columns.map((c) => c.header))
    expect(sheet['A2']).toMatchObject({ t: 'n', v: 46_053, z: 'yyyy-mm-dd', w: '2026-01-31' })
    expect(sheet['A3']).toMatchObject({ v: 45_351, w: '2024-02-29' })
    expect(sheet['B2']).toMatchObject({ t: 'n', v: 1234.56, z: '#,##0.00', w: '1,234.56' })
    expect(sheet['B3']).toMatchObject({ v: -0.05 })
    expect(sheet['C2']).toMatchObject({ t: 'n', v: 1234.567, z: '#,##0.000' })
    expect(sheet['D2']).toMatchObject({ t: 'n', v: 500, z: '#,##0' })
    expect(sheet['E2']).toMatchObject({ t: 's', v: 'Acme' })
    expect(sheet['E3']).toBeUndefined()
    expect(sheet['F2']).toMatchObject({ t: 'n', v: -12.5 })
    expect(sheet['G2']).toMatchObject({ t: 'n', v: 0.25, z: '0.00%' })
    expect(sheet['H2']).toMatchObject({ t: 'b', v: true })
  })

  it('keeps hostile cells inert: text, prefixed, and never a formula', async () => {
    const hostile = createTable({
      columns: [
        { key: 'text', header: '=HYPERLINK("x")', type: 'string' },
        { key: 'n', header: 'N', type: 'number' },
      ],
      rows: HOSTILE.map((text) => [text, -2]),
      meta: { dataset: 'hostile', filters: { note: '@SUM(A1)' } },
    })
    const bytes = await toXlsx(hostile)
    const workbook = read(bytes)
    for (const name of workbook.SheetNames) {
      const sheet = workbook.Sheets[name]!
      for (const [address, cell] of Object.entries(sheet)) {
        if (address.startsWith('!')) continue
        expect((cell as XLSX.CellObject).f).toBeUndefined()
        if ((cell as XLSX.CellObject).t === 's')
          expect(String((cell as XLSX.CellObject).v)).not.toMatch(/^[=+\-@\t\r]/)
      }
    }
    const sheet = workbook.Sheets['hostile']!
    HOSTILE.forEach((text, i) => {
      expect(sheet[`A${i + 2}`]).toMatchObject({ t: 's', v: `'${text}` })
      expect(sheet[`B${i + 2}`]).toMatchObject({ t: 'n', v: -2 })
    })
    expect(sheet['A1']!.v).toBe(`'=HYPERLINK("x")`)
    // No formula element anywhere in the package.
    expect(xmlOf(bytes, 'xl/worksheets/sheet1.xml')).not.toMatch(/<f[ >]/)
    expect(xmlOf(bytes, 'xl/worksheets/sheet2.xml')).not.toMatch(/<f[ >]/)
  })

  it('has a bold, frozen header row on every sheet', async () => {
    const bytes = await toXlsx(table)
    const styles = xmlOf(bytes, 'xl/styles.xml')
    const fonts = [...styles.matchAll(/<font>([\s\S]*?)<\/font>/g)].map((match) => match[1]!)
    const xfs = [
      ...(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '').matchAll(/<xf [^>]*>/g),
    ].map((match) => match[0])
    for (const path of ['xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml']) {
      const sheet = xmlOf(bytes, path)
      expect(sheet).toContain(
        '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>',
      )
      const headerRow = /<row r="1"[^>]*>([\s\S]*?)<\/row>/.exec(sheet)![1]!
      const styleIds = [...headerRow.matchAll(/<c r="[A-Z]+1" s="(\d+)"/g)].map((match) =>
        Number(match[1]),
      )
      expect(styleIds.length).toBe(path.endsWith('1.xml') ? columns.length : 3)
      for (const id of styleIds) {
        const fontId = Number(/fontId="(\d+)"/.exec(xfs[id]!)![1])
        expect(fonts[fontId]).toContain('<b/>')
      }
      // Data rows are not bold.
      expect(/<row r="2"[^>]*>([\s\S]*?)<\/row>/.exec(sheet)![1]).not.toMatch(
        new RegExp(`s="${styleIds[0]}"`),
      )
    }
  })

  it('writes a metadata sheet', async () => {
    const workbook = read(await toXlsx(table))
    const meta = XLSX.utils.sheet_to_json<string[]>(workbook.Sheets['Metadata']!, { header: 1 })
    expect(meta[0]).toEqual(['Sheet', 'Field', 'Value'])
    expect(meta).toContainEqual(['Revenue streams EUR', 'Dataset', 'revenueStreams'])
    expect(meta).toContainEqual(['Revenue streams EUR', 'Currency', 'EUR'])
    expect(meta).toContainEqual(['Revenue streams EUR', 'From', '2026-01-01'])
    expect(meta).toContainEqual([
      'Revenue streams EUR',
      'Data as of (UTC)',
      '2026-02-01T00:00:00.000Z',
    ])
    expect(meta).toContainEqual(['Revenue streams EUR', 'Filter: planCode', 'pro'])
    expect(meta).toContainEqual(['Revenue streams EUR', 'Rows', '2'])
  })

  it('exports a whole dashboard, one sheet per table, with unique safe names', async () => {
    const streams = toTable(
      'revenueStreams',
      [revenueRow('2026-01-01', { subscriptionFeeAmountCents: 4200 })],
      {
        title: 'Revenue',
      },
    )
    const progress: number[] = []
    const bytes = await toWorkbook([streams, { ...streams, meta: { ...streams.meta } }, table], {
      onProgress: (done) => progress.push(done),
    })
    const workbook = read(bytes)
    expect(workbook.SheetNames).toEqual([
      'Revenue',
      'Revenue (2)',
      'Revenue streams EUR',
      'Metadata',
    ])
    expect(workbook.Sheets['Revenue']!['D2']).toMatchObject({ v: 42 })
    expect(progress.at(-1)).toBe(4)
    for (let i = 1; i <= 4; i++)
      expect(xmlOf(bytes, `xl/worksheets/sheet${i}.xml`)).toContain('state="frozen"')
  })

  it('is a minimal, valid SpreadsheetML package', async () => {
    const bytes = await toXlsx(table)
    const entries = unzip(bytes)
    expect(entries.map((entry) => entry.name)).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/sheet2.xml',
    ])
    for (const entry of entries) {
      expect(entry.method, entry.name).toBe(8)
      // 1980-01-01, the fixed date of every entry.
      expect(entry.date, entry.name).toBe(0x21)
      expect(entry.crc, entry.name).toBe(crc32(entry.data))
      expect(new TextDecoder().decode(entry.data), entry.name).toMatch(
        /^<\?xml version="1\.0" encoding="UTF-8" standalone="yes"\?>\n</,
      )
    }
    const types = xmlOf(bytes, '[Content_Types].xml')
    for (const part of ['xl/workbook.xml', 'xl/styles.xml', 'xl/worksheets/sheet2.xml']) {
      expect(types).toContain(`<Override PartName="/${part}"`)
    }
    expect(xmlOf(bytes, '_rels/.rels')).toContain('Target="xl/workbook.xml"')
    const rels = xmlOf(bytes, 'xl/_rels/workbook.xml.rels')
    expect(rels).toContain(
      'Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"',
    )
    expect(rels).toContain(
      'Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"',
    )
    // CT_Worksheet's element order: dimension, sheetViews, sheetFormatPr, cols, sheetData, autoFilter.
    const sheet = xmlOf(bytes, 'xl/worksheets/sheet1.xml')
    const order = [
      '<dimension ',
      '<sheetViews>',
      '<sheetFormatPr ',
      '<cols>',
      '<sheetData>',
      '<autoFilter ',
    ]
    const positions = order.map((tag) => sheet.indexOf(tag))
    expect(positions.every((position) => position > 0)).toBe(true)
    expect([...positions].sort((a, b) => a - b)).toEqual(positions)
    expect(sheet).toContain('<dimension ref="A1:H3"/>')
    // Column widths: at least 8 characters, wider for longer headers (Excel's stored width adds
    // 5 px of padding to the characters of 7 px).
    expect(sheet).toContain('<col min="1" max="1" width="8.7109375" customWidth="1"/>')
    expect(sheet).toContain('<col min="2" max="2" width="11.7109375" customWidth="1"/>')
  })

  it('puts an auto-filter over the used range of every sheet, with its defined name', async () => {
    const bytes = await toXlsx({ ...table, meta: { ...table.meta, title: "Bob's" } })
    expect(xmlOf(bytes, 'xl/worksheets/sheet1.xml')).toContain('<autoFilter ref="A1:H3"/>')
    expect(xmlOf(bytes, 'xl/worksheets/sheet2.xml')).toMatch(/<autoFilter ref="A1:C\d+"\/>/)
    const workbook = xmlOf(bytes, 'xl/workbook.xml')
    expect(workbook).toContain(
      `<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'Bob''s'!$A$1:$H$3</definedName>`,
    )
    expect(workbook).toMatch(/localSheetId="1" hidden="1">'Metadata'!\$A\$1:\$C\$\d+</)
    expect(workbook.indexOf('<sheets>')).toBeLessThan(workbook.indexOf('<definedNames>'))
    expect(read(bytes).SheetNames).toEqual(["Bob's", 'Metadata'])
  })

  it('declares the number formats: built-in ids, custom ones from 164', async () => {
    const bytes = await toXlsx(table)
    const styles = xmlOf(bytes, 'xl/styles.xml')
    expect(styles).toContain('<numFmt numFmtId="164" formatCode="yyyy-mm-dd"/>')
    expect(styles).toContain('<numFmt numFmtId="165" formatCode="#,##0.000"/>')
    const xfs = [...styles.matchAll(/<xf numFmtId="(\d+)" fontId="(\d+)"[^>]*xfId="0"/g)].map(
      (match) => Number(match[1]),
    )
    // Default, header, then date, EUR (#,##0.00), KWD, JPY (#,##0) and percent (0.00%).
    expect(xfs).toEqual([0, 0, 164, 4, 165, 3, 10])
    const sheet = xmlOf(bytes, 'xl/worksheets/sheet1.xml')
    expect(sheet).toContain('<c r="C2" s="4"><v>1234.567</v></c>')
    expect(sheet).toContain('<c r="D2" s="5"><v>500</v></c>')
    expect(sheet).toContain('<c r="B3" s="3"><v>-0.05</v></c>')
  })

  it('escapes markup and control characters, and the text reads back as written', async () => {
    const texts = [
      '<script>alert("x")</script> & co',
      'bell\u0007, vertical tab\u000b, nul\u0000',
      'line\r\nbreak',
      '  padded  ',
      'literal _x0041_ stays',
      'lone \ud800 surrogate',
      'emoji 😀 kept',
      "=cmd|' /C calc'!A0",
    ]
    const hostile = createTable({
      columns: [{ key: 't', header: '<b>&"Header"', type: 'string' }],
      rows: texts.map((text) => [text]),
      meta: { dataset: 'escape', title: 'A&B <c>' },
    })
    const bytes = await toXlsx(hostile)
    const xml = xmlOf(bytes, 'xl/worksheets/sheet1.xml')
    expect(xml).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co')
    expect(xml).toContain('bell_x0007_, vertical tab_x000B_, nul_x0000_')
    expect(xml).toContain('<t xml:space="preserve">line_x000D_\nbreak</t>')
    expect(xml).toContain('literal _x005F_x0041_ stays')
    expect(xml).not.toContain('<script>')
    // No character XML 1.0 forbids is left in any part.
    // eslint-disable-next-line no-control-regex
    const forbidden = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/
    for (const entry of unzip(bytes)) {
      expect(new TextDecoder().decode(entry.data)).not.toMatch(forbidden)
    }
    const workbook = read(bytes)
    expect(workbook.SheetNames[0]).toBe('A&B <c>')
    const sheet = workbook.Sheets['A&B <c>']!
    expect(sheet['A1']!.v).toBe('<b>&"Header"')
    expect(texts.map((_, i) => sheet[`A${i + 2}`]!.v)).toEqual([
      '<script>alert("x")</script> & co',
      'bell\u0007, vertical tab\u000b, nul\u0000',
      'line\r\nbreak',
      '  padded  ',
      'literal _x0041_ stays',
      'lone  surrogate',
      'emoji 😀 kept',
      "'=cmd|' /C calc'!A0",
    ])
  })

  it('writes equal bytes for equal input', async () => {
    const first = await toWorkbook([table, table])
    const second = await toWorkbook([table, table])
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true)
  })

  it('writes an empty table, and a table without columns', async () => {
    const empty = createTable({ columns, rows: [], meta: { dataset: 'empty' } })
    const none = createTable({ columns: [], rows: [[], []], meta: { dataset: 'none' } })
    const progress: [number, number][] = []
    const bytes = await toWorkbook([empty, none], {
      onProgress: (done, total) => progress.push([done, total]),
    })
    expect(progress).toEqual([
      [0, 2],
      [2, 2],
    ])
    const workbook = read(bytes)
    expect(workbook.SheetNames).toEqual(['empty', 'none', 'Metadata'])
    expect(workbook.Sheets['empty']!['!ref']).toBe('A1:H1')
    expect(XLSX.utils.sheet_to_json(workbook.Sheets['empty']!, { header: 1 })).toEqual([
      columns.map((c) => c.header),
    ])
    expect(xmlOf(bytes, 'xl/worksheets/sheet2.xml')).not.toContain('<autoFilter')
    expect(xmlOf(bytes, 'xl/workbook.xml')).not.toContain('localSheetId="1"')
    const emptyTable = await toXlsx(empty, {
      onProgress: (done, total) => progress.push([done, total]),
    })
    expect(read(emptyTable).SheetNames).toEqual(['empty', 'Metadata'])
    expect(progress.at(-1)).toEqual([0, 0])
  })

  it('writes in time slices, reporting progress at each yield, and can be cancelled', async () => {
    const many = createTable({
      columns: columns.slice(0, 2),
      rows: Array.from({ length: 3000 }, (_, i): Cell[] => ['2026-01-01', i]),
      meta: { dataset: 'many' },
    })
    // A slow clock: every reading is 3 ms later, so each 8 ms slice ends after a few blocks.
    let now = 0
    vi.spyOn(performance, 'now').mockImplementation(() => (now += 3))
    const progress: number[] = []
    const ticker = startTicker()
    const bytes = await toXlsx(many, { onProgress: (done) => progress.push(done) })
    const ticks = ticker.stop()
    expect(progress.length).toBeGreaterThan(3)
    expect(progress.at(-1)).toBe(3000)
    expect([...progress].sort((a, b) => a - b)).toEqual(progress)
    expect(ticks).toBeGreaterThan(1)
    expect(read(bytes).Sheets['many']!['B3001']).toMatchObject({ v: 29.99 })

    const controller = new AbortController()
    const run = toXlsx(many, {
      onProgress: (done) => {
        if (done >= 1000) controller.abort(new Error('stop'))
      },
      signal: controller.signal,
    })
    await expect(run).rejects.toThrow('stop')
    await expect(toXlsx(many, { signal: AbortSignal.abort(new Error('early')) })).rejects.toThrow(
      'early',
    )
  })

  it("refuses more rows than Excel's limit before writing anything", async () => {
    const rows = new Array<Cell[]>(1_048_576).fill([1])
    const huge: Table = {
      columns: [{ key: 'i', header: 'I', type: 'integer' }],
      rows,
      meta: { dataset: 'huge' },
    }
    const progress: number[] = []
    await expect(toXlsx(huge, { onProgress: (done) => progress.push(done) })).rejects.toThrow(
      new InvalidTableError("1048576 rows exceed Excel's limit of 1048575"),
    )
    expect(progress).toEqual([])
    // One row fewer fits (not written here: it takes seconds).
  })

  it('says so where the platform has no CompressionStream', async () => {
    vi.stubGlobal('CompressionStream', undefined)
    try {
      await expect(toXlsx(table)).rejects.toThrow(/needs CompressionStream/)
    } finally {
      vi.unstubAllGlobals()
    }
  })

  it('rejects cells that do not match their column', async () => {
    const bad = createTable({ columns: [columns[1]!], rows: [[0.5]], meta: { dataset: 'bad' } })
    await expect(toXlsx(bad)).rejects.toThrow(InvalidTableError)
  })
})
