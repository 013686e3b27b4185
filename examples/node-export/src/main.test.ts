import { execFile } from 'node:child_process'
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const here = dirname(fileURLToPath(import.meta.url))
const repoRoot = join(here, '..', '..', '..')
const main = join(here, 'main.ts')

/** Runs the CLI as a user would: `node --conditions=@lago-analytics/source --import tsx main.ts`. */
async function cli(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ['--conditions=@lago-analytics/source', '--import', 'tsx', main, ...args],
      {
        cwd: repoRoot,
        env: { PATH: process.env.PATH ?? '', ...env },
        timeout: 60_000,
      },
    )
    return { code: 0, stdout, stderr }
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string }
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr }
  }
}

let root: string
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'lago-node-export-cli-'))
})
afterAll(async () => {
  await rm(root, { recursive: true, force: true })
})

describe('the node-export command line', () => {
  it('--help prints the usage and exits 0', async () => {
    const { code, stdout } = await cli(['--help'])
    expect(code).toBe(0)
    expect(stdout).toContain('Usage:')
    expect(stdout).toContain('--formats LIST')
  }, 60_000)

  it('bad arguments exit 2 with a clear message', async () => {
    const { code, stdout, stderr } = await cli(['--from', '2026-13-01', '--simulator'])
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toBe(
      'error: --from must be a calendar date as YYYY-MM-DD, got "2026-13-01".\n\nRun with --help for usage.\n',
    )
    const noLago = await cli([
      '--from',
      '2026-01-01',
      '--to',
      '2026-01-31',
      '--currency',
      'EUR',
      '--out',
      root,
    ])
    expect(noLago.code).toBe(2)
    expect(noLago.stderr).toContain('Set LAGO_API_URL and LAGO_API_KEY')
  }, 60_000)

  it('--simulator exports every dataset in every format and exits 0', async () => {
    const outDir = join(root, 'exports')
    const { code, stdout, stderr } = await cli([
      '--simulator',
      '--from',
      '2026-01-01',
      '--to',
      '2026-06-30',
      '--currency',
      'EUR',
      '--out',
      outDir,
    ])
    expect(stderr).toContain('[100%] 15/15 usageForecast exported')
    expect(code).toBe(0)
    expect(stdout).toContain('15 exported, 0 skipped, 0 failed · 45 files')
    expect(await readdir(outDir)).toHaveLength(45)
  }, 60_000)

  it('exits 1 when nothing could be exported', async () => {
    // Nothing listens on port 9 of the loopback: every request fails fast.
    const { code, stdout } = await cli(
      [
        '--from',
        '2026-01-01',
        '--to',
        '2026-01-31',
        '--currency',
        'EUR',
        '--out',
        root,
        '--formats',
        'csv',
      ],
      { LAGO_API_URL: 'http://127.0.0.1:9', LAGO_API_KEY: 'k' },
    )
    expect(code).toBe(1)
    expect(stdout).toContain('0 exported, 9 skipped, 6 failed')
  }, 60_000)
})
