import type * as XLSX from 'xlsx'
import type { Cell, Column, Table } from './Table.ts'
import type { XlsxKit, XlsxOptions } from './toXlsx.ts'

/** The parts of SheetJS used here; `CFB` (its zip container library) is untyped upstream. */
interface ZipEntry {
  content: Uint8Array | number[]
  size: number
}
interface XlsxModule {
  utils: Pick<typeof XLSX.utils, 'book_new' | 'book_append_sheet' | 'encode_range'>
  write: typeof XLSX.write
  CFB: {
    read(data: Uint8Array, options: { type: 'array' }): unknown
    find(zip: unknown, path: string): ZipEntry | null
    write(
      zip: unknown,
      options: { fileType: 'zip'; type: 'array'; compression: boolean },
    ): Uint8Array | number[]
  }
}

/** The rest of the core, handed over by `toWorkbook` (this module imports nothing at run time). */
let core: XlsxKit

const EXCEL_MAX_ROWS = 1_048_576
/** Excel's 1900 date system: serial of 1970-01-01. */
const EPOCH_SERIAL = 25_569

async function loadSheetJs(options: XlsxOptions): Promise<XlsxModule> {
  const loaded = (await (options.loadXlsx ?? (() => import('xlsx')))()) as Record<string, unknown>
  // An ESM namespace (xlsx.mjs), or Node's CommonJS interop, where only `default` has `CFB`.
  for (const candidate of [loaded, loaded['default']] as Partial<XlsxModule>[]) {
    if (
      typeof candidate === 'object' &&
      candidate !== null &&
      typeof candidate.write === 'function' &&
      typeof candidate.utils === 'object' &&
      typeof candidate.CFB === 'object'
    ) {
      return candidate as XlsxModule
    }
  }
  throw new TypeError('loadXlsx did not return the SheetJS (xlsx) module')
}

function moneyFormat(exponent: number): string {
  return exponent === 0 ? '#,##0' : `#,##0.${'0'.repeat(exponent)}`
}

type SheetCell = { t: 's'; v: string } | { t: 'n'; v: number; z?: string } | { t: 'b'; v: boolean }

function sheetCell(column: Column, cell: Cell, exponent: number): SheetCell | null {
  // Validates the cell first (InvalidTableError on a type mismatch).
  const { text } = core.cellText(column, cell, exponent)
  if (cell === null) return null
  switch (column.type) {
    case 'string':
      return { t: 's', v: core.neutralizeFormula(text) }
    case 'money':
      return { t: 'n', v: (cell as number) / 10 ** exponent, z: moneyFormat(exponent) }
    case 'integer':
      return { t: 'n', v: cell as number }
    case 'number':
      return text === '' ? null : { t: 'n', v: cell as number }
    case 'percent':
      return text === '' ? null : { t: 'n', v: cell as number, z: '0.00%' }
    case 'date':
      // A real date: the serial number, computed from the calendar day (never via a local Date).
      return { t: 'n', v: core.toDayNumber(cell as string) + EPOCH_SERIAL, z: 'yyyy-mm-dd' }
    case 'boolean':
      return { t: 'b', v: cell as boolean }
    default:
      // Unreachable: `cellText` rejects unknown column types.
      return column.type satisfies never
  }
}

interface SheetPlan {
  name: string
  columns: readonly Column[]
  rows: readonly (readonly Cell[])[]
}

async function buildSheet(
  X: XlsxModule,
  plan: SheetPlan,
  progress: { done: number; total: number },
  options: XlsxOptions,
): Promise<XLSX.WorkSheet> {
  const { columns, rows } = plan
  if (rows.length + 1 > EXCEL_MAX_ROWS) {
    throw new core.InvalidTableError(
      `${rows.length} rows exceed Excel's limit of ${EXCEL_MAX_ROWS - 1}`,
    )
  }
  // SheetJS "dense" sheet (an array of rows): far cheaper than one object key per cell.
  const data: (SheetCell | undefined)[][] = []
  const exponents = columns.map(core.columnExponent)
  const widths = columns.map((column) => Math.min(60, Math.max(8, column.header.length + 2)))
  data.push(columns.map((column) => ({ t: 's', v: core.neutralizeFormula(column.header) })))
  const size = Math.max(1, Math.floor(options.chunkSize ?? 5000))
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] as readonly Cell[]
    const out: (SheetCell | undefined)[] = new Array(columns.length)
    data.push(out)
    for (let c = 0; c < columns.length; c++) {
      const cell = sheetCell(columns[c] as Column, row[c] ?? null, exponents[c] as number)
      if (cell === null) continue
      out[c] = cell
      if (r < 1000 && cell.t === 's') {
        widths[c] = Math.min(60, Math.max(widths[c] as number, cell.v.length + 2))
      }
    }
    progress.done++
    if ((r + 1) % size === 0) {
      options.onProgress?.(progress.done, progress.total)
      await core.yieldToEventLoop()
      options.signal?.throwIfAborted()
    }
  }
  const ref = X.utils.encode_range({
    s: { r: 0, c: 0 },
    e: { r: rows.length, c: Math.max(0, columns.length - 1) },
  })
  const sheet = data as unknown as XLSX.WorkSheet
  sheet['!ref'] = ref
  sheet['!cols'] = widths.map((wch) => ({ wch }))
  if (columns.length > 0) sheet['!autofilter'] = { ref }
  return sheet
}

const METADATA_COLUMNS: readonly Column[] = [
  { key: 'sheet', header: 'Sheet', type: 'string' },
  { key: 'field', header: 'Field', type: 'string' },
  { key: 'value', header: 'Value', type: 'string' },
]

function metadataRows(sheet: string, table: Table): Cell[][] {
  const { meta } = table
  const rows: Cell[][] = [
    [sheet, 'Dataset', meta.dataset],
    [sheet, 'Title', meta.title ?? meta.dataset],
    [sheet, 'Currency', meta.currency ?? ''],
    [sheet, 'From', meta.range?.from ?? ''],
    [sheet, 'To', meta.range?.to ?? ''],
    [sheet, 'Data as of (UTC)', meta.dataAsOf?.toISOString() ?? ''],
    [sheet, 'Generated at (UTC)', meta.generatedAt?.toISOString() ?? ''],
    [sheet, 'Rows', String(table.rows.length)],
  ]
  for (const [key, value] of Object.entries(meta.filters ?? {})) {
    rows.push([sheet, `Filter: ${key}`, value === null ? '' : String(value)])
  }
  return rows
}

const decoder = new TextDecoder()
const encoder = new TextEncoder()

function patchEntry(
  X: XlsxModule,
  zip: unknown,
  path: string,
  patch: (xml: string) => string,
): void {
  const entry = X.CFB.find(zip, path)
  if (entry === null) throw new Error(`SheetJS output has no ${path}`)
  const bytes = patch(decoder.decode(Uint8Array.from(entry.content)))
  const content = encoder.encode(bytes)
  entry.content = content
  entry.size = content.length
}

/**
 * SheetJS Community Edition cannot write cell styles or frozen panes, so the package is patched:
 * a bold font and a header cell style in `styles.xml`, and on every sheet a frozen first row and
 * the header style on row 1.
 */
function boldFrozenHeaders(X: XlsxModule, data: Uint8Array, sheetCount: number): Uint8Array {
  const zip = X.CFB.read(data, { type: 'array' })
  let headerStyle = 0
  patchEntry(X, zip, '/xl/styles.xml', (xml) => {
    let out = xml.replace(
      /<fonts count="(\d+)">([\s\S]*?)<\/fonts>/,
      (_, count: string, fonts: string) => {
        return `<fonts count="${Number(count) + 1}">${fonts}<font><b/><sz val="12"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>`
      },
    )
    const fontId = Number(/<fonts count="(\d+)">/.exec(out)?.[1] ?? '2') - 1
    const xf = `<xf numFmtId="0" fontId="${fontId}" fillId="0" borderId="0" xfId="0" applyFont="1"/>`
    if (/<cellXfs count="\d+">/.test(out)) {
      out = out.replace(
        /<cellXfs count="(\d+)">([\s\S]*?)<\/cellXfs>/,
        (_, count: string, xfs: string) => {
          headerStyle = Number(count)
          return `<cellXfs count="${headerStyle + 1}">${xfs}${xf}</cellXfs>`
        },
      )
    } else {
      headerStyle = 1
      out = out.replace(
        /(<\/cellStyleXfs>)/,
        `$1<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>${xf}</cellXfs>`,
      )
    }
    return out
  })
  for (let i = 1; i <= sheetCount; i++) {
    patchEntry(X, zip, `/xl/worksheets/sheet${i}.xml`, (xml) =>
      xml
        .replace(
          /<sheetView\b([^>]*?)\/>/,
          '<sheetView$1><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView>',
        )
        .replace(/<row r="1"[^>]*>[\s\S]*?<\/row>/, (row) =>
          row.replace(/<c r="([A-Z]+1)"(?![^>]* s=)/g, `<c r="$1" s="${headerStyle}"`),
        ),
    )
  }
  const out = X.CFB.write(zip, { fileType: 'zip', type: 'array', compression: true })
  return out instanceof Uint8Array
    ? new Uint8Array(out.buffer, out.byteOffset, out.byteLength)
    : Uint8Array.from(out)
}

/**
 * The XLSX writer behind `toWorkbook`, in its own module so that bundlers split it into a chunk
 * loaded on the first export. See `toWorkbook` for the format.
 */
export async function writeWorkbook(
  tables: readonly Table[],
  options: XlsxOptions,
  kit: XlsxKit,
): Promise<Uint8Array> {
  core = kit
  const X = await loadSheetJs(options)
  options.signal?.throwIfAborted()
  const workbook = X.utils.book_new()
  const taken: string[] = []
  const metadataName = core.safeSheetName(options.metadataSheetName ?? 'Metadata')
  taken.push(metadataName)
  const plans: SheetPlan[] = tables.map((table) => {
    const name = core.safeSheetName(table.meta.title ?? table.meta.dataset, taken)
    taken.push(name)
    return { name, columns: table.columns, rows: table.rows }
  })
  const metadata: Cell[][] = []
  plans.forEach((plan, i) => metadata.push(...metadataRows(plan.name, tables[i] as Table)))
  const progress = { done: 0, total: tables.reduce((sum, table) => sum + table.rows.length, 0) }
  for (const plan of plans) {
    X.utils.book_append_sheet(workbook, await buildSheet(X, plan, progress, options), plan.name)
  }
  const metaProgress = { done: 0, total: metadata.length }
  X.utils.book_append_sheet(
    workbook,
    await buildSheet(
      X,
      { name: metadataName, columns: METADATA_COLUMNS, rows: metadata },
      metaProgress,
      {},
    ),
    metadataName,
  )
  options.onProgress?.(progress.total, progress.total)
  const written = X.write(workbook, {
    bookType: 'xlsx',
    // 'buffer': a Node Buffer or, in browsers, a Uint8Array ('array' goes through a binary string).
    type: 'buffer',
    compression: false,
    bookSST: true,
  }) as ArrayBuffer | Uint8Array
  const bytes = written instanceof Uint8Array ? written : new Uint8Array(written)
  return boldFrozenHeaders(X, bytes, plans.length + 1)
}
