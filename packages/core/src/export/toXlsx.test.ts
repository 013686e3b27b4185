import * as XLSX from 'xlsx'
import { describe, expect, it } from 'vitest'
import { HOSTILE } from '../../test/hostile.ts'
import { revenueRow } from '../../test/rows.ts'
import { InvalidTableError } from '../errors.ts'
import { createTable, type Cell, type Column } from './Table.ts'
import { toTable } from './toTable.ts'
import { toWorkbook, toXlsx } from './toXlsx.ts'

interface Zip {
  FullPaths: string[]
}
const CFB = (
  XLSX as unknown as {
    CFB: {
      read(d: Uint8Array, o: object): Zip
      find(z: Zip, p: string): { content: ArrayLike<number> } | null
    }
  }
).CFB

function xmlOf(bytes: Uint8Array, path: string): string {
  const entry = CFB.find(CFB.read(bytes, { type: 'array' }), path)
  if (entry === null) throw new Error(`no ${path}`)
  return new TextDecoder().decode(Uint8Array.from(entry.content))
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
    expect(xmlOf(bytes, '/xl/worksheets/sheet1.xml')).not.toMatch(/<f[ >]/)
    expect(xmlOf(bytes, '/xl/worksheets/sheet2.xml')).not.toMatch(/<f[ >]/)
  })

  it('has a bold, frozen header row on every sheet', async () => {
    const bytes = await toXlsx(table)
    const styles = xmlOf(bytes, '/xl/styles.xml')
    const fonts = [...styles.matchAll(/<font>([\s\S]*?)<\/font>/g)].map((match) => match[1]!)
    const xfs = [
      ...(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '').matchAll(/<xf [^>]*>/g),
    ].map((match) => match[0])
    for (const path of ['/xl/worksheets/sheet1.xml', '/xl/worksheets/sheet2.xml']) {
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
      expect(xmlOf(bytes, `/xl/worksheets/sheet${i}.xml`)).toContain('state="frozen"')
  })

  it('loads SheetJS lazily through the given loader', async () => {
    let loaded = 0
    const bytes = await toXlsx(table, {
      loadXlsx: async () => {
        loaded++
        return import('xlsx')
      },
    })
    expect(loaded).toBe(1)
    expect(read(bytes).SheetNames).toHaveLength(2)
    await expect(toXlsx(table, { loadXlsx: async () => ({}) })).rejects.toThrow(/SheetJS/)
  })

  it('rejects cells that do not match their column', async () => {
    const bad = createTable({ columns: [columns[1]!], rows: [[0.5]], meta: { dataset: 'bad' } })
    await expect(toXlsx(bad)).rejects.toThrow(InvalidTableError)
  })
})
