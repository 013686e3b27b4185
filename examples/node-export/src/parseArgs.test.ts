import { describe, expect, it } from 'vitest'
import { ArgsError, parseArgs } from './parseArgs.ts'

const BASE = ['--from', '2026-01-01', '--to', '2026-06-30', '--currency', 'eur', '--out', 'x']
const ENV = { LAGO_API_URL: 'https://api.getlago.com', LAGO_API_KEY: 'secret-key' }

function error(argv: string[], env: Record<string, string> = ENV): string {
  try {
    parseArgs(argv, env)
  } catch (caught) {
    expect(caught).toBeInstanceOf(ArgsError)
    return (caught as ArgsError).message
  }
  throw new Error('expected an ArgsError')
}

describe('parseArgs', () => {
  it('reads a full command line with defaults', () => {
    expect(parseArgs(BASE, ENV)).toEqual({
      help: false,
      options: {
        from: '2026-01-01',
        to: '2026-06-30',
        currency: 'EUR',
        outDir: 'x',
        formats: ['csv', 'xlsx', 'json'],
        granularity: 'monthly',
        source: {
          kind: 'lago',
          apiUrl: 'https://api.getlago.com',
          apiKey: 'secret-key',
          dataApi: undefined,
        },
      },
    })
  })

  it('reads formats, granularity, --simulator and the Data API variables', () => {
    const parsed = parseArgs([...BASE, '--formats', 'JSON, csv', '--granularity', 'weekly'], {
      ...ENV,
      LAGO_DATA_API_URL: 'https://data.example',
      LAGO_DATA_API_TOKEN: 'token',
      LAGO_ORGANIZATION_ID: 'org',
    })
    expect(parsed).toMatchObject({
      options: {
        formats: ['csv', 'json'],
        granularity: 'weekly',
        source: { dataApi: { url: 'https://data.example', token: 'token', organizationId: 'org' } },
      },
    })
    expect(parseArgs([...BASE, '--simulator'], {})).toMatchObject({
      options: { source: { kind: 'simulator' } },
    })
  })

  it('ignores the `--` that `pnpm start -- …` passes through', () => {
    expect(parseArgs(['--', ...BASE], ENV)).toEqual(parseArgs(BASE, ENV))
  })

  it('--help wins over everything else', () => {
    expect(parseArgs(['--help'])).toEqual({ help: true })
    expect(parseArgs(['-h', '--from', 'nonsense'])).toEqual({ help: true })
  })

  it('bad arguments give a clear message', () => {
    expect(error([])).toBe('Missing --from.')
    expect(error(BASE.filter((_, i) => i > 1))).toBe('Missing --from.')
    expect(error(BASE.slice(0, 6))).toBe('Missing --out.')
    expect(error(['--from', '2026-02-30', ...BASE.slice(2)])).toBe(
      '--from must be a calendar date as YYYY-MM-DD, got "2026-02-30".',
    )
    expect(error(['--from', '01/01/2026', ...BASE.slice(2)])).toMatch(/YYYY-MM-DD/)
    expect(error(['--from', '2026-07-01', ...BASE.slice(2)])).toBe(
      '--from (2026-07-01) is after --to (2026-06-30).',
    )
    expect(error([...BASE.slice(0, 4), '--currency', 'euro', '--out', 'x'])).toMatch(
      /--currency must be a three-letter ISO 4217 code/,
    )
    expect(error([...BASE, '--formats', 'csv,pdf'])).toBe(
      '--formats takes a comma-separated list of csv, xlsx, json; got "csv,pdf".',
    )
    expect(error([...BASE, '--granularity', 'yearly'])).toBe(
      '--granularity must be one of daily, weekly, monthly, got "yearly".',
    )
    expect(error([...BASE, '--form', '2026-01-01'])).toMatch(/Unknown option '--form'/)
    expect(error([...BASE, 'extra'])).toMatch(/Unexpected argument 'extra'/)
    expect(error([...BASE.slice(2), '--from'])).toBe("Option '--from <value>' argument missing")
  })

  it('without --simulator, needs the Lago variables (and all three Data API ones or none)', () => {
    expect(error(BASE, {})).toMatch(/^Set LAGO_API_URL and LAGO_API_KEY .* or pass --simulator\.$/)
    expect(error(BASE, { ...ENV, LAGO_API_URL: 'not a url' })).toBe(
      'LAGO_API_URL is not a URL: "not a url".',
    )
    expect(error(BASE, { ...ENV, LAGO_DATA_API_URL: 'https://data.example' })).toMatch(
      /needs all three of LAGO_DATA_API_URL, LAGO_DATA_API_TOKEN and LAGO_ORGANIZATION_ID/,
    )
  })

  it('never echoes the API key in a message', () => {
    const key = 'sk_live_very_secret'
    for (const argv of [[], BASE, [...BASE, '--formats', 'pdf']]) {
      try {
        parseArgs(argv, { LAGO_API_URL: 'bad', LAGO_API_KEY: key })
      } catch (caught) {
        expect(String(caught)).not.toContain(key)
      }
    }
  })
})
