import type { Cell, Column, Table } from './Table.ts'
import type { XlsxKit, XlsxOptions } from './toXlsx.ts'

/**
 * A small SpreadsheetML (ECMA-376, Office Open XML) writer: one worksheet part per table with
 * inline strings, a styles part (bold header font, number formats), the workbook and package
 * parts, in a ZIP whose entries are deflated by the platform's `CompressionStream`.
 */

/** The rest of the core, handed over by `toWorkbook` (this module imports nothing at run time). */
let core: XlsxKit

const EXCEL_MAX_ROWS = 1_048_576
const EXCEL_MAX_COLUMNS = 16_384
/** Excel's 1900 date system: serial of 1970-01-01. */
const EPOCH_SERIAL = 25_569
/** Largest size or offset a ZIP without the ZIP64 extension can hold. */
const ZIP_MAX = 0xffff_ffff
/** Rows whose text widens the columns (as Excel's own "autofit" only looks at what is shown). */
const WIDTH_SAMPLE_ROWS = 1000

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
const DOC_RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const PKG_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships'
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

const encoder = new TextEncoder()

// ---------------------------------------------------------------------------------------------
// Text

/**
 * What XML text cannot carry as is: markup characters (as entities); C0 controls other than tab
 * and LF, CR (a parser would turn it into LF) and U+FFFE/U+FFFF, which SpreadsheetML writes as
 * `_xHHHH_` (ST_Xstring, ECMA-376 Part 1 §22.9.2.19), so the `_` of a literal `_xHHHH_` is
 * escaped too; and lone surrogates, which no XML can hold (dropped).
 */
const SPECIAL =
  // eslint-disable-next-line no-control-regex
  /[&<>"]|[\u0000-\u0008\u000b-\u001f\ufffe\uffff]|_(?=x[0-9A-Fa-f]{4}_)|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

function escapeChar(char: string): string {
  switch (char) {
    case '&':
      return '&amp;'
    case '<':
      return '&lt;'
    case '>':
      return '&gt;'
    case '"':
      return '&quot;'
    default: {
      const code = char.charCodeAt(0)
      if (code >= 0xd800 && code <= 0xdfff) return ''
      return `_x${code.toString(16).toUpperCase().padStart(4, '0')}_`
    }
  }
}

/** Text as XML character data or an attribute value (see `SPECIAL`). */
function escapeXml(text: string): string {
  return text.replace(SPECIAL, escapeChar)
}

/** Text whose white space an XML reader could collapse or trim without `xml:space`. */
const LOOSE_SPACE = /^\s|\s$|[\t\n\r]|\s\s/

function inlineString(text: string): string {
  const open = LOOSE_SPACE.test(text) ? '<t xml:space="preserve">' : '<t>'
  return `<is>${open}${escapeXml(text)}</t></is>`
}

/** `A`, `B`, … `Z`, `AA`, … for a 0-based column index. */
function columnName(index: number): string {
  let name = ''
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name
  }
  return name
}

// ---------------------------------------------------------------------------------------------
// Styles

/** Built-in number formats (ECMA-376 Part 1 §18.8.30) that read the same in every locale. */
const BUILTIN_FORMATS: Readonly<Record<string, number>> = { '#,##0': 3, '#,##0.00': 4, '0.00%': 10 }
/** First id of a custom number format. */
const CUSTOM_FORMAT_ID = 164
/** Cell format (`cellXfs` index) of the header row. */
const HEADER_STYLE = 1

/** The cell formats in use: 0 the default, 1 the bold header, then one per number format. */
class Styles {
  readonly #custom: string[] = []
  readonly #xfs: number[] = []
  readonly #ids = new Map<string, number>()

  /** The `s` attribute of a cell with this number format. */
  id(format: string): number {
    let id = this.#ids.get(format)
    if (id === undefined) {
      let numFmtId = BUILTIN_FORMATS[format]
      if (numFmtId === undefined) {
        numFmtId = CUSTOM_FORMAT_ID + this.#custom.length
        this.#custom.push(format)
      }
      this.#xfs.push(numFmtId)
      id = HEADER_STYLE + this.#xfs.length
      this.#ids.set(format, id)
    }
    return id
  }

  xml(): string {
    const font = (bold: boolean) =>
      `<font>${bold ? '<b/>' : ''}<sz val="11"/><name val="Calibri"/><family val="2"/></font>`
    const xf = (numFmtId: number, fontId: number) =>
      `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="0" borderId="0" xfId="0"` +
      `${numFmtId === 0 ? '' : ' applyNumberFormat="1"'}${fontId === 0 ? '' : ' applyFont="1"'}/>`
    const numFmts =
      this.#custom.length === 0
        ? ''
        : `<numFmts count="${this.#custom.length}">${this.#custom
            .map(
              (code, i) =>
                `<numFmt numFmtId="${CUSTOM_FORMAT_ID + i}" formatCode="${escapeXml(code)}"/>`,
            )
            .join('')}</numFmts>`
    return (
      `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}">${numFmts}` +
      `<fonts count="2">${font(false)}${font(true)}</fonts>` +
      '<fills count="2"><fill><patternFill patternType="none"/></fill>' +
      '<fill><patternFill patternType="gray125"/></fill></fills>' +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${2 + this.#xfs.length}">${xf(0, 0)}${xf(0, 1)}${this.#xfs
        .map((numFmtId) => xf(numFmtId, 0))
        .join('')}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '</styleSheet>'
    )
  }
}

function moneyFormat(exponent: number): string {
  return exponent === 0 ? '#,##0' : `#,##0.${'0'.repeat(exponent)}`
}

// ---------------------------------------------------------------------------------------------
// Parts and the ZIP container

/** A deflated package part: the raw DEFLATE data, and the CRC-32 and size of its bytes. */
interface Part {
  readonly name: string
  readonly data: Uint8Array
  readonly crc: number
  readonly size: number
}

function tooLarge(what: string): RangeError {
  return new RangeError(`The workbook is too large for XLSX: ${what} exceeds 4 GB`)
}

/**
 * One part deflated as it is written, by the platform's `CompressionStream` (browsers, Node 18+):
 * gzip, whose trailer carries the CRC-32 and size a ZIP entry needs, so no JavaScript CRC or
 * DEFLATE is involved. Each `write` is one short step; its promise settles once it is deflated.
 */
class PartWriter {
  readonly #name: string
  readonly #writer: WritableStreamDefaultWriter<BufferSource>
  readonly #chunks: Uint8Array[] = []
  readonly #drained: Promise<void>
  #size = 0

  constructor(name: string) {
    this.#name = name
    const stream = new CompressionStream('gzip')
    this.#writer = stream.writable.getWriter()
    const reader = stream.readable.getReader()
    this.#drained = (async () => {
      for (;;) {
        const { done, value } = await reader.read()
        if (done) return
        this.#chunks.push(value)
      }
    })()
    // Reported by `close`; after `abort` nobody waits for it.
    this.#drained.catch(() => {})
  }

  async write(text: string): Promise<void> {
    if (text === '') return
    const bytes = encoder.encode(text)
    this.#size += bytes.length
    if (this.#size > ZIP_MAX) throw tooLarge(this.#name)
    await this.#writer.write(bytes)
  }

  async close(): Promise<Part> {
    await this.#writer.close()
    await this.#drained
    let length = 0
    for (const chunk of this.#chunks) length += chunk.length
    const gzip = new Uint8Array(length)
    let at = 0
    for (const chunk of this.#chunks) {
      gzip.set(chunk, at)
      at += chunk.length
    }
    return fromGzip(this.#name, gzip, this.#size)
  }

  abort(reason: unknown): void {
    this.#writer.abort(reason).catch(() => {})
  }
}

/** The DEFLATE data between a gzip member's header and its trailer (RFC 1952). */
function fromGzip(name: string, gzip: Uint8Array, size: number): Part {
  if (gzip.length < 18 || gzip[0] !== 0x1f || gzip[1] !== 0x8b || gzip[2] !== 8) {
    throw new Error('CompressionStream returned no gzip data')
  }
  const flags = gzip[3] as number
  let start = 10
  if ((flags & 4) !== 0) start += 2 + ((gzip[start] as number) | ((gzip[start + 1] as number) << 8))
  if ((flags & 8) !== 0) start = gzip.indexOf(0, start) + 1
  if ((flags & 16) !== 0) start = gzip.indexOf(0, start) + 1
  if ((flags & 2) !== 0) start += 2
  const view = new DataView(gzip.buffer, gzip.byteOffset, gzip.byteLength)
  const crc = view.getUint32(gzip.length - 8, true)
  if (view.getUint32(gzip.length - 4, true) !== size >>> 0) {
    throw new Error(`CompressionStream returned a wrong size for ${name}`)
  }
  return { name, data: gzip.subarray(start, gzip.length - 8), crc, size }
}

async function deflated(name: string, text: string): Promise<Part> {
  const writer = new PartWriter(name)
  await writer.write(text)
  return writer.close()
}

/** MS-DOS date of every entry, 1980-01-01 (time 00:00), so equal input gives equal bytes. */
const DOS_DATE = (1 << 5) | 1

/** A ZIP archive (PKWARE APPNOTE 4.3: local headers, central directory, end record). */
function zip(parts: readonly Part[]): Uint8Array {
  const names = parts.map((part) => encoder.encode(part.name))
  let entries = 0
  let directory = 0
  parts.forEach((part, i) => {
    entries += 30 + (names[i] as Uint8Array).length + part.data.length
    directory += 46 + (names[i] as Uint8Array).length
  })
  if (entries + directory + 22 > ZIP_MAX) throw tooLarge('the package')
  const out = new Uint8Array(entries + directory + 22)
  const view = new DataView(out.buffer)
  const offsets: number[] = []
  let at = 0
  // Fields shared by the local header (at +4) and the central directory header (at +6).
  const common = (offset: number, part: Part, name: Uint8Array) => {
    view.setUint16(offset, 20, true) // version needed to extract: 2.0 (DEFLATE)
    view.setUint16(offset + 2, 0, true) // flags
    view.setUint16(offset + 4, 8, true) // method: DEFLATE
    view.setUint16(offset + 6, 0, true) // time
    view.setUint16(offset + 8, DOS_DATE, true)
    view.setUint32(offset + 10, part.crc, true)
    view.setUint32(offset + 14, part.data.length, true)
    view.setUint32(offset + 18, part.size, true)
    view.setUint16(offset + 22, name.length, true)
    view.setUint16(offset + 24, 0, true) // extra field length
  }
  parts.forEach((part, i) => {
    const name = names[i] as Uint8Array
    offsets.push(at)
    view.setUint32(at, 0x04034b50, true)
    common(at + 4, part, name)
    out.set(name, at + 30)
    out.set(part.data, at + 30 + name.length)
    at += 30 + name.length + part.data.length
  })
  const directoryStart = at
  parts.forEach((part, i) => {
    const name = names[i] as Uint8Array
    view.setUint32(at, 0x02014b50, true)
    view.setUint16(at + 4, 20, true) // version made by: 2.0, MS-DOS attributes
    common(at + 6, part, name)
    // +32 comment length, +34 disk number, +36 internal and +38 external attributes: 0.
    view.setUint32(at + 42, offsets[i] as number, true)
    out.set(name, at + 46)
    at += 46 + name.length
  })
  view.setUint32(at, 0x06054b50, true)
  view.setUint16(at + 8, parts.length, true)
  view.setUint16(at + 10, parts.length, true)
  view.setUint32(at + 12, directory, true)
  view.setUint32(at + 16, directoryStart, true)
  return out
}

// ---------------------------------------------------------------------------------------------
// Worksheets

interface SheetPlan {
  name: string
  columns: readonly Column[]
  rows: readonly (readonly Cell[])[]
}

/** The used range, `A1:H3` (a table without columns spans column A, as before). */
function usedRange(plan: SheetPlan): string {
  return `A1:${columnName(Math.max(0, plan.columns.length - 1))}${plan.rows.length + 1}`
}

/** Column widths in characters: the header or the longest text of the first rows, 8 to 60. */
function columnWidths(plan: SheetPlan): number[] {
  const sample = Math.min(plan.rows.length, WIDTH_SAMPLE_ROWS)
  return plan.columns.map((column, c) => {
    let width = Math.min(60, Math.max(8, column.header.length + 2))
    if (column.type !== 'string') return width
    for (let r = 0; r < sample; r++) {
      const cell = (plan.rows[r] as readonly Cell[])[c] ?? null
      if (cell !== null) width = Math.max(width, core.neutralizeFormula(String(cell)).length + 2)
    }
    return Math.min(60, width)
  })
}

/** Excel's stored width for a number of characters of the default font (7 px, 5 px padding). */
function storedWidth(characters: number): number {
  return Math.trunc(((characters * 7 + 5) / 7) * 256) / 256
}

/**
 * How each column's cells are written: the start of the `<c>` element up to the row number, and
 * what follows it up to the value.
 */
interface ColumnWriter {
  readonly open: string
  readonly close: string
  readonly column: Column
  readonly exponent: number
}

function columnWriters(columns: readonly Column[], styles: Styles): ColumnWriter[] {
  return columns.map((column, c) => {
    const exponent = core.columnExponent(column)
    const style = (format: string) => ` s="${styles.id(format)}"`
    let close: string
    switch (column.type) {
      case 'string':
        close = ' t="inlineStr">'
        break
      case 'boolean':
        close = ' t="b"><v>'
        break
      case 'money':
        close = `${style(moneyFormat(exponent))}><v>`
        break
      case 'percent':
        close = `${style('0.00%')}><v>`
        break
      case 'date':
        close = `${style('yyyy-mm-dd')}><v>`
        break
      default:
        close = '><v>'
    }
    return { open: `<c r="${columnName(c)}`, close, column, exponent }
  })
}

/** The XML of rows `[start, end)` (row `i` of the table is sheet row `i + 2`). */
function rowsXml(plan: SheetPlan, writers: readonly ColumnWriter[], start: number, end: number) {
  let xml = ''
  for (let r = start; r < end; r++) {
    const row = plan.rows[r] as readonly Cell[]
    const rowNumber = r + 2
    let cells = ''
    for (let c = 0; c < writers.length; c++) {
      const writer = writers[c] as ColumnWriter
      const cell = row[c] ?? null
      // Validates the cell (InvalidTableError on a type mismatch).
      const text = core.cellString(writer.column, cell, writer.exponent)
      if (cell === null) continue
      const head = `${writer.open}${rowNumber}"${writer.close}`
      switch (writer.column.type) {
        case 'string':
          cells += `${head}${inlineString(core.neutralizeFormula(text))}</c>`
          break
        case 'date':
          cells += `${head}${core.toDayNumber(text) + EPOCH_SERIAL}</v></c>`
          break
        case 'boolean':
          cells += `${head}${cell === true ? 1 : 0}</v></c>`
          break
        default:
          // Numbers as JavaScript writes them; money as its exact decimal (Excel reads the
          // nearest double). Non-finite numbers are empty cells.
          if (text !== '') cells += `${head}${text}</v></c>`
      }
    }
    if (cells !== '') xml += `<row r="${rowNumber}">${cells}</row>`
  }
  return xml
}

/**
 * One worksheet part, written and deflated in time slices: sheet view with the frozen header
 * row, column widths, the rows, the auto-filter (in the element order of CT_Worksheet).
 */
async function writeSheet(
  plan: SheetPlan,
  index: number,
  styles: Styles,
  options: XlsxOptions,
  onProgress: (done: number) => void,
): Promise<Part> {
  const { columns } = plan
  const ref = usedRange(plan)
  const writers = columnWriters(columns, styles)
  const cols = columnWidths(plan)
    .map(
      (width, c) =>
        `<col min="${c + 1}" max="${c + 1}" width="${storedWidth(width)}" customWidth="1"/>`,
    )
    .join('')
  const header = columns
    .map(
      (column, c) =>
        `<c r="${columnName(c)}1" s="${HEADER_STYLE}" t="inlineStr">${inlineString(
          core.neutralizeFormula(column.header),
        )}</c>`,
    )
    .join('')
  const part = new PartWriter(`xl/worksheets/sheet${index + 1}.xml`)
  try {
    await part.write(
      `${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${DOC_RELS}">` +
        `<dimension ref="${ref}"/>` +
        `<sheetViews><sheetView${index === 0 ? ' tabSelected="1"' : ''} workbookViewId="0">` +
        '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
        '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>' +
        '<sheetFormatPr defaultRowHeight="15"/>' +
        (cols === '' ? '' : `<cols>${cols}</cols>`) +
        `<sheetData>${header === '' ? '' : `<row r="1">${header}</row>`}`,
    )
    await core.processInChunks(
      plan.rows.length,
      (start, end) => part.write(rowsXml(plan, writers, start, end)),
      {
        chunkSize: options.chunkSize,
        sliceMs: options.sliceMs,
        signal: options.signal,
        onProgress,
      },
    )
    await part.write(
      `</sheetData>${columns.length === 0 ? '' : `<autoFilter ref="${ref}"/>`}</worksheet>`,
    )
    return await part.close()
  } catch (error) {
    part.abort(error)
    throw error
  }
}

// ---------------------------------------------------------------------------------------------
// Workbook

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

/** `'Sheet name'!$A$1:$H$3`, as a defined name refers to a range. */
function absoluteRange(plan: SheetPlan): string {
  const [from, to] = usedRange(plan).split(':') as [string, string]
  const absolute = (cell: string) => cell.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2')
  return `'${plan.name.replaceAll("'", "''")}'!${absolute(from)}:${absolute(to)}`
}

function workbookXml(plans: readonly SheetPlan[]): string {
  const sheets = plans
    .map(
      (plan, i) => `<sheet name="${escapeXml(plan.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`,
    )
    .join('')
  // Excel keeps an auto-filter's range as this hidden name of its sheet.
  const filters = plans
    .map((plan, i) =>
      plan.columns.length === 0
        ? ''
        : `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${absoluteRange(
            plan,
          ).replace(/[&<>]/g, escapeChar)}</definedName>`,
    )
    .join('')
  return (
    `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${DOC_RELS}">` +
    '<bookViews><workbookView activeTab="0"/></bookViews>' +
    `<sheets>${sheets}</sheets>` +
    (filters === '' ? '' : `<definedNames>${filters}</definedNames>`) +
    '</workbook>'
  )
}

function relationships(targets: readonly { type: string; target: string }[]): string {
  return (
    `${XML_HEAD}<Relationships xmlns="${PKG_RELS}">` +
    targets
      .map(
        ({ type, target }, i) =>
          `<Relationship Id="rId${i + 1}" Type="${DOC_RELS}/${type}" Target="${target}"/>`,
      )
      .join('') +
    '</Relationships>'
  )
}

function contentTypes(sheetCount: number): string {
  const type = (part: string) =>
    `application/vnd.openxmlformats-officedocument.spreadsheetml.${part}`
  const override = (name: string, contentType: string) =>
    `<Override PartName="/${name}" ContentType="${contentType}"/>`
  let sheets = ''
  for (let i = 1; i <= sheetCount; i++) {
    sheets += override(`xl/worksheets/sheet${i}.xml`, type('worksheet+xml'))
  }
  return (
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    override('xl/workbook.xml', type('sheet.main+xml')) +
    sheets +
    override('xl/styles.xml', type('styles+xml')) +
    '</Types>'
  )
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
  options.signal?.throwIfAborted()
  if (typeof CompressionStream !== 'function') {
    throw new TypeError(
      'XLSX export needs CompressionStream (Chrome 80, Firefox 113, Safari 16.4, Node 18 or later)',
    )
  }
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
  plans.push({ name: metadataName, columns: METADATA_COLUMNS, rows: metadata })
  for (const { rows, columns } of plans) {
    if (rows.length + 1 > EXCEL_MAX_ROWS) {
      throw new core.InvalidTableError(
        `${rows.length} rows exceed Excel's limit of ${EXCEL_MAX_ROWS - 1}`,
      )
    }
    if (columns.length > EXCEL_MAX_COLUMNS) {
      throw new core.InvalidTableError(
        `${columns.length} columns exceed Excel's limit of ${EXCEL_MAX_COLUMNS}`,
      )
    }
  }

  const total = tables.reduce((sum, table) => sum + table.rows.length, 0)
  const styles = new Styles()
  const sheets: Part[] = []
  let done = 0
  for (const [i, plan] of plans.entries()) {
    const isTable = i < tables.length
    // Progress counts the tables' rows; the last report (total) comes once the file is zipped.
    const onProgress = (rows: number) => {
      if (isTable && done + rows < total) options.onProgress?.(done + rows, total)
    }
    sheets.push(await writeSheet(plan, i, styles, options, onProgress))
    if (isTable) done += plan.rows.length
  }
  const worksheets = plans.map((_, i) => ({
    type: 'worksheet',
    target: `worksheets/sheet${i + 1}.xml`,
  }))
  const parts = [
    await deflated('[Content_Types].xml', contentTypes(plans.length)),
    await deflated(
      '_rels/.rels',
      relationships([{ type: 'officeDocument', target: 'xl/workbook.xml' }]),
    ),
    await deflated('xl/workbook.xml', workbookXml(plans)),
    await deflated(
      'xl/_rels/workbook.xml.rels',
      relationships([...worksheets, { type: 'styles', target: 'styles.xml' }]),
    ),
    await deflated('xl/styles.xml', styles.xml()),
    ...sheets,
  ]
  options.signal?.throwIfAborted()
  const bytes = zip(parts)
  options.onProgress?.(total, total)
  return bytes
}
