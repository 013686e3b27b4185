import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import * as exportEntry from './export/index.ts'
import * as filtersEntry from './filters/index.ts'
import * as core from './index.ts'

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sources(path)
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : []
  })
}

const root = import.meta.dirname
const files = sources(root).map((path) => ({
  path: relative(root, path),
  // Comments may mention what the code must not do.
  code: readFileSync(path, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, ''),
}))

describe('the core stays pure', () => {
  it('never reads the clock or randomness', () => {
    for (const { path, code } of files) {
      expect(code, path).not.toMatch(/Date\.now\s*\(|new Date\(\s*\)|Math\.random/)
      // The export scheduler alone reads the monotonic clock, to decide when to yield (never
      // what is written: the export tests check equal input gives equal output).
      if (path !== join('export', 'chunks.ts')) expect(code, path).not.toMatch(/performance\.now/)
    }
  })

  it('never imports a framework or a third-party spreadsheet library', () => {
    for (const { path, code } of files) {
      expect(code, path).not.toMatch(/from '(react|react-dom|echarts|@tanstack\/[^']+)'/)
      expect(code, path).not.toMatch(/from 'xlsx'|import\('xlsx'\)/)
    }
  })

  it('has no module-level filter store and no `any`', () => {
    for (const { path, code } of files) {
      expect(code, path).not.toMatch(/^(export )?const \w+ = createFilterStore\(/m)
      expect(code, path).not.toMatch(/:\s*any\b|as any\b|<any>/)
    }
  })

  it('exports its public API from the index and the export and filters subpaths', () => {
    const entries: Record<string, Record<string, unknown>> = {
      index: core,
      export: exportEntry,
      filters: filtersEntry,
    }
    for (const [entry, names] of Object.entries({
      index: [
        'money',
        'addMoney',
        'sumMoney',
        'formatMoney',
        'fillBuckets',
        'resolveDateRange',
        'toRevenueStreams',
        'toMrrMovements',
        'breakdown',
        'pivotByTime',
        'comparePeriods',
        'nextRefreshAt',
        'currencyExponent',
      ],
      export: ['toCsv', 'toJson', 'toXlsx', 'toWorkbook', 'toTable'],
      filters: ['createFilterStore', 'toSearchParams', 'fromSearchParams', 'toDatasetParams'],
    })) {
      for (const name of names) {
        expect(typeof entries[entry]?.[name], `${entry}: ${name}`).toBe('function')
      }
    }
  })

  it('keeps the export and filters symbols out of the main entry (they count toward its size)', () => {
    for (const name of [...Object.keys(exportEntry), ...Object.keys(filtersEntry)]) {
      expect(name in core, name).toBe(false)
    }
  })
})
