import { parseArgs as parseNodeArgs } from 'node:util'
import type { TimeGranularity } from '@lago-analytics/client'
import type { ExportFormat } from '@lago-analytics/core/export'

export const USAGE = `Export every Lago analytics dataset for a date range to CSV, XLSX and JSON.

Usage:
  node --conditions=@lago-analytics/source --import tsx examples/node-export/src/main.ts \\
    --from 2026-01-01 --to 2026-06-30 --currency EUR --out ./exports \\
    [--formats csv,xlsx,json] [--granularity monthly] [--simulator]

Options:
  --from YYYY-MM-DD      first day of the range (required)
  --to YYYY-MM-DD        last day of the range, inclusive (required)
  --currency CODE        ISO 4217 currency, e.g. EUR (required; Lago never converts currencies)
  --out DIR              output folder, created if missing (required)
  --formats LIST         comma-separated subset of csv,xlsx,json (default: all three)
  --granularity G        daily, weekly or monthly buckets for the time series (default: monthly)
  --simulator            read the in-process Lago analytics simulator instead of a real Lago
  -h, --help             print this help

Environment (without --simulator):
  LAGO_API_URL, LAGO_API_KEY                                    required
  LAGO_DATA_API_URL, LAGO_DATA_API_TOKEN, LAGO_ORGANIZATION_ID  optional: the Data API datasets

Datasets this Lago cannot serve (no premium licence, no Data API) are listed and skipped.
Exit status: 0 when at least one dataset was exported, 1 when none was, 2 on bad arguments.`

export const FORMATS: readonly ExportFormat[] = ['csv', 'xlsx', 'json']
export const GRANULARITIES: readonly TimeGranularity[] = ['daily', 'weekly', 'monthly']

/** Where the data comes from. */
export type Source =
  | { kind: 'simulator' }
  | {
      kind: 'lago'
      apiUrl: string
      apiKey: string
      dataApi: { url: string; token: string; organizationId: string } | undefined
    }

export interface CliOptions {
  from: string
  to: string
  currency: string
  outDir: string
  formats: ExportFormat[]
  granularity: TimeGranularity
  source: Source
}

export type ParsedArgs = { help: true } | { help: false; options: CliOptions }

/** A command line that cannot run; `message` says what to fix. */
export class ArgsError extends Error {
  override name = 'ArgsError'
}

function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false
  const date = new Date(`${text}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text
}

function required(values: Record<string, unknown>, name: string): string {
  const value = values[name]
  if (typeof value !== 'string' || value.trim() === '') {
    throw new ArgsError(`Missing --${name}.`)
  }
  return value.trim()
}

function date(values: Record<string, unknown>, name: 'from' | 'to'): string {
  const value = required(values, name)
  if (!isCalendarDate(value)) {
    throw new ArgsError(
      `--${name} must be a calendar date as YYYY-MM-DD, got ${JSON.stringify(value)}.`,
    )
  }
  return value
}

/**
 * Reads the command line (`process.argv.slice(2)`) and the environment. Throws `ArgsError` with
 * a message meant for the user on anything it cannot run; `{ help: true }` for `--help`.
 */
export function parseArgs(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>> = {},
): ParsedArgs {
  let values: Record<string, string | boolean | undefined>
  // `pnpm start -- --from …` passes the `--` separator through: it is not an argument here.
  const args = argv[0] === '--' ? argv.slice(1) : [...argv]
  try {
    ;({ values } = parseNodeArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        from: { type: 'string' },
        to: { type: 'string' },
        currency: { type: 'string' },
        out: { type: 'string' },
        formats: { type: 'string' },
        granularity: { type: 'string' },
        simulator: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }))
  } catch (error) {
    // node:util's messages are clear: "Unknown option '--form'", "Option '--from <value>' argument missing".
    throw new ArgsError(error instanceof Error ? error.message : String(error))
  }
  if (values.help === true) return { help: true }

  const from = date(values, 'from')
  const to = date(values, 'to')
  if (from > to) throw new ArgsError(`--from (${from}) is after --to (${to}).`)

  const currency = required(values, 'currency').toUpperCase()
  if (!/^[A-Z]{3}$/.test(currency)) {
    throw new ArgsError(
      `--currency must be a three-letter ISO 4217 code such as EUR, got ${JSON.stringify(values.currency)}.`,
    )
  }

  const outDir = required(values, 'out')

  let formats = [...FORMATS]
  if (values.formats !== undefined) {
    const listed = String(values.formats)
      .split(',')
      .map((format) => format.trim().toLowerCase())
      .filter((format) => format !== '')
    const unknown = listed.filter((format) => !(FORMATS as readonly string[]).includes(format))
    if (listed.length === 0 || unknown.length > 0) {
      throw new ArgsError(
        `--formats takes a comma-separated list of ${FORMATS.join(', ')}; got ${JSON.stringify(values.formats)}.`,
      )
    }
    formats = FORMATS.filter((format) => listed.includes(format))
  }

  const granularity = (values.granularity ?? 'monthly') as TimeGranularity
  if (!GRANULARITIES.includes(granularity)) {
    throw new ArgsError(
      `--granularity must be one of ${GRANULARITIES.join(', ')}, got ${JSON.stringify(values.granularity)}.`,
    )
  }

  let source: Source
  if (values.simulator === true) {
    source = { kind: 'simulator' }
  } else {
    const apiUrl = env.LAGO_API_URL?.trim()
    const apiKey = env.LAGO_API_KEY?.trim()
    if (!apiUrl || !apiKey) {
      throw new ArgsError(
        'Set LAGO_API_URL and LAGO_API_KEY (and optionally LAGO_DATA_API_URL, LAGO_DATA_API_TOKEN, LAGO_ORGANIZATION_ID), or pass --simulator.',
      )
    }
    try {
      new URL(apiUrl)
    } catch {
      throw new ArgsError(`LAGO_API_URL is not a URL: ${JSON.stringify(apiUrl)}.`)
    }
    const dataApiUrl = env.LAGO_DATA_API_URL?.trim()
    const token = env.LAGO_DATA_API_TOKEN?.trim()
    const organizationId = env.LAGO_ORGANIZATION_ID?.trim()
    const dataApiVars = [dataApiUrl, token, organizationId].filter(Boolean).length
    if (dataApiVars > 0 && dataApiVars < 3) {
      throw new ArgsError(
        'The Data API needs all three of LAGO_DATA_API_URL, LAGO_DATA_API_TOKEN and LAGO_ORGANIZATION_ID (or none).',
      )
    }
    source = {
      kind: 'lago',
      apiUrl,
      apiKey,
      dataApi:
        dataApiUrl && token && organizationId
          ? { url: dataApiUrl, token, organizationId }
          : undefined,
    }
  }

  return { help: false, options: { from, to, currency, outDir, formats, granularity, source } }
}
