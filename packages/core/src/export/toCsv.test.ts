import { decimalToMinor } from '@lago-analytics/client/protocol'
import fc from 'fast-check'
import Papa from 'papaparse'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { minorToDecimalString } from '../money/formatMoney.ts'
import { cellString, columnExponent } from './cells.ts'
import { neutralizeFormula } from './neutralizeFormula.ts'
import { HOSTILE } from '../../test/hostile.ts'
import { createTable, type Cell, type Column, type Table } from './Table.ts'
import { toCsv } from './toCsv.ts'
import { startTicker } from '../../test/ticker.ts'

const parse = (csv: string): string[][] =>
  Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: false }).data.slice(0, -1)

function table(columns: Column[], rows: Cell[][]): Table {
  return createTable({ columns, rows, meta: { dataset: 'test' } })
}

describe('toCsv', () => {
  afterEach(() => {
    vi.restoreAllMocks()
  })

  it('writes RFC 4180: CRLF, quoting, doubled quotes', async () => {
    const csv = await toCsv(
      table(
        [
          { key: 'name', header: 'Name', type: 'string' },
          { key: 'note', header: 'Note', type: 'string' },
        ],
        [
          ['Acme, Inc.', 'said "hi"'],
          ['multi\nline', null],
        ],
      ),
    )
    expect(csv).toBe('Name,Note\r\n"Acme, Inc.","said ""hi"""\r\n"multi\nline",\r\n')
  })

  it('writes money exactly in major units, numbers as numbers, dates and booleans', async () => {
    const csv = await toCsv(
      table(
        [
          { key: 'day', header: 'Day', type: 'date' },
          { key: 'eur', header: 'EUR', type: 'money', currency: 'EUR' },
          { key: 'kwd', header: 'KWD', type: 'money', currency: 'KWD' },
          { key: 'jpy', header: 'JPY', type: 'money', currency: 'JPY' },
          { key: 'n', header: 'N', type: 'number' },
          { key: 'p', header: 'Share', type: 'percent' },
          { key: 'b', header: 'B', type: 'boolean' },
        ],
        [['2026-01-31', -1250, 9_007_199_254_740_991, 500, -12.5, 0.25, true]],
      ),
    )
    expect(csv.split('\r\n')[1]).toBe('2026-01-31,-12.50,9007199254740.991,500,-12.5,0.25,true')
  })

  it('neutralises hostile text but keeps real negative numbers', async () => {
    const csv = await toCsv(
      table(
        [
          { key: 'text', header: 'Text', type: 'string' },
          { key: 'n', header: 'N', type: 'number' },
        ],
        HOSTILE.map((text) => [text, -12.5]),
      ),
    )
    const rows = parse(csv).slice(1)
    rows.forEach(([text, n], i) => {
      expect(text).toBe(`'${HOSTILE[i]}`)
      expect(n).toBe('-12.5')
    })
    // No cell of the file starts with a formula trigger.
    for (const [text] of rows) expect(text).toMatch(/^'/)
  })

  it('neutralises hostile headers too, adds a BOM on request, supports ; separators', async () => {
    const csv = await toCsv(table([{ key: 'x', header: '=1+1', type: 'string' }], [['a;b']]), {
      bom: true,
      delimiter: ';',
    })
    expect(csv).toBe('\uFEFF\'=1+1\r\n"a;b"\r\n')
  })

  it('keeps a single empty cell as a record, not a blank line', async () => {
    const csv = await toCsv(table([{ key: 'x', header: 'X', type: 'string' }], [[null], ['a']]))
    expect(csv).toBe('X\r\n""\r\na\r\n')
    expect(parse(csv)).toEqual([['X'], [''], ['a']])
  })

  it('rejects cells that do not match their column', async () => {
    await expect(
      toCsv(table([{ key: 'm', header: 'M', type: 'money', currency: 'EUR' }], [[1.5]])),
    ).rejects.toThrow(/safe integer/)
    await expect(
      toCsv(table([{ key: 'd', header: 'D', type: 'date' }], [['2026-02-30']])),
    ).rejects.toThrow(/date/)
  })

  it('re-parses to the same cells (property, with papaparse)', async () => {
    const text = fc.oneof(
      fc.string(),
      fc.constantFrom(...HOSTILE, '"', ',', '\r\n', ' lead', 'trail ', 'ünï©ødé 🎉'),
    )
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.tuple(
            text,
            fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
            fc.double({ noNaN: true, noDefaultInfinity: true }),
          ),
          {
            maxLength: 30,
          },
        ),
        fc.boolean(),
        async (rows, bom) => {
          const columns: Column[] = [
            { key: 's', header: 'S', type: 'string' },
            { key: 'm', header: 'M', type: 'money', currency: 'USD' },
            { key: 'n', header: 'N', type: 'number' },
          ]
          const csv = await toCsv(table(columns, rows), { bom })
          const parsed = parse(csv)
          expect(parsed[0]).toEqual(['S', 'M', 'N'])
          expect(parsed.slice(1)).toHaveLength(rows.length)
          parsed.slice(1).forEach((cells, i) => {
            const [text, minor, value] = rows[i]!
            // Exactly the cells written: neutralised text, exact money decimal, the number.
            expect(cells).toEqual([
              neutralizeFormula(text),
              minorToDecimalString(minor, 2),
              String(value),
            ])
            expect(decimalToMinor(cells[1]!, 2)).toBe(minor)
            expect(Number(cells[2])).toBe(value === 0 ? 0 : value)
          })
        },
      ),
      { numRuns: 60 },
    )
  })

  it('processes large tables in chunks, yielding to the event loop', async () => {
    const rows: Cell[][] = Array.from({ length: 12_000 }, (_, i) => [i])
    const progress: [number, number][] = []
    const ticker = startTicker()
    const csv = await toCsv(table([{ key: 'i', header: 'I', type: 'integer' }], rows), {
      chunkSize: 5000,
      // No time limit: only the row bound decides.
      sliceMs: Number.POSITIVE_INFINITY,
      onProgress: (done, total) => progress.push([done, total]),
    })
    const ticks = ticker.stop()
    expect(progress).toEqual([
      [5000, 12_000],
      [10_000, 12_000],
      [12_000, 12_000],
    ])
    expect(ticks).toBeGreaterThan(0)
    expect(csv.split('\r\n')).toHaveLength(12_002)
  })

  it('yields once its time slice is used up, however few rows that was', async () => {
    // A slow clock: every reading is 3 ms later, so the 8 ms slice ends after three blocks.
    let now = 0
    vi.spyOn(performance, 'now').mockImplementation(() => (now += 3))
    const rows: Cell[][] = Array.from({ length: 12_000 }, (_, i) => [i])
    const progress: number[] = []
    const ticker = startTicker()
    const csv = await toCsv(table([{ key: 'i', header: 'I', type: 'integer' }], rows), {
      sliceMs: 8,
      onProgress: (done) => progress.push(done),
    })
    const ticks = ticker.stop()
    // Yields every 3 blocks of 256 rows (not only every 5,000 rows).
    expect(progress.slice(0, 3)).toEqual([768, 1536, 2304])
    expect(progress).toHaveLength(Math.ceil(12_000 / 768))
    expect(progress.at(-1)).toBe(12_000)
    expect(ticks).toBeGreaterThan(1)
    expect(csv.split('\r\n')).toHaveLength(12_002)
  })

  it('writes the same bytes as one record per row joined with CRLF', async () => {
    const quote = (text: string, delimiter: string) =>
      /["\r\n]/.test(text) || text.includes(delimiter) ? `"${text.replaceAll('"', '""')}"` : text
    const columns: Column[] = [
      { key: 's', header: '=S', type: 'string' },
      { key: 'm', header: 'M', type: 'money', currency: 'KWD' },
      { key: 'n', header: 'N', type: 'number' },
      { key: 'd', header: 'D', type: 'date' },
      { key: 'b', header: 'B', type: 'boolean' },
    ]
    const cell = fc.oneof(fc.constant(null), fc.string())
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.tuple(
            cell,
            fc.option(fc.integer({ min: -1e12, max: 1e12 })),
            fc.option(fc.double()),
            fc.option(fc.constantFrom('2024-02-29', '2026-01-31')),
            fc.option(fc.boolean()),
          ),
          { maxLength: 600 },
        ),
        fc.constantFrom(',', ';', '\t'),
        fc.boolean(),
        fc.boolean(),
        async (rows, delimiter, bom, header) => {
          const t = table(columns, rows as Cell[][])
          const exponents = columns.map(columnExponent)
          const records = rows.map((row) =>
            columns
              .map((column, c) => {
                const text = cellString(column, row[c] ?? null, exponents[c]!)
                return quote(column.type === 'string' ? neutralizeFormula(text) : text, delimiter)
              })
              .join(delimiter),
          )
          if (header)
            records.unshift(
              columns.map((c) => quote(neutralizeFormula(c.header), delimiter)).join(delimiter),
            )
          const expected = `${bom ? '\uFEFF' : ''}${records.join('\r\n')}\r\n`
          expect(await toCsv(t, { delimiter, bom, header, chunkSize: 100 })).toBe(expected)
        },
      ),
      { numRuns: 40 },
    )
  })

  it('can be cancelled between chunks', async () => {
    const controller = new AbortController()
    const rows: Cell[][] = Array.from({ length: 100 }, (_, i) => [i])
    const run = toCsv(table([{ key: 'i', header: 'I', type: 'integer' }], rows), {
      chunkSize: 10,
      signal: controller.signal,
      onProgress: (done) => {
        if (done === 20) controller.abort(new Error('stop'))
      },
    })
    await expect(run).rejects.toThrow('stop')
  })
})
