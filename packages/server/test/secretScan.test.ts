/**
 * Secret scan: builds the client and server JavaScript bundles with tsup (into a temporary
 * directory, so the packages' own dist folders are left alone; declaration files are skipped for
 * speed — they come from the same sources and no browser loads them) and checks that none of the credentials these
 * tests configure appears in them, nor in any dist folder or browser asset already in the repo.
 * Also checks that the server's main entry never loads the Redis client.
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { TEST_SECRETS } from './helpers.ts'

const root = join(import.meta.dirname, '..', '..', '..')
const tsup = join(root, 'node_modules', '.bin', 'tsup')
const out = mkdtempSync(join(tmpdir(), 'lago-analytics-secret-scan-'))

afterAll(() => {
  rmSync(out, { recursive: true, force: true })
})

function build(pkg: string): Promise<string> {
  const dir = join(out, pkg)
  return new Promise((resolve, reject) => {
    const child = spawn(tsup, ['--out-dir', dir, '--no-dts', '--silent'], {
      cwd: join(root, 'packages', pkg),
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let log = ''
    child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()))
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0 ? resolve(dir) : reject(new Error(`tsup ${pkg} failed:\n${log}`)),
    )
  })
}

function files(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? (name === 'node_modules' ? [] : files(path)) : [path]
  })
}

const existingDists = () =>
  ['packages', 'examples'].flatMap((group) => {
    const base = join(root, group)
    return existsSync(base) ? readdirSync(base).map((name) => join(base, name, 'dist')) : []
  })

describe('secret scan', () => {
  it('built bundles and browser assets contain none of the configured credentials', async () => {
    const built = await Promise.all([build('client'), build('server')])
    const scanned = [...built, ...existingDists()].flatMap(files)
    expect(
      scanned.some((file) => file.includes(join(out, 'server')) && file.endsWith('index.js')),
    ).toBe(true)
    expect(
      scanned.some((file) => file.includes(join(out, 'client')) && file.endsWith('index.js')),
    ).toBe(true)
    const leaks: string[] = []
    for (const file of scanned) {
      const text = readFileSync(file, 'latin1')
      for (const secret of TEST_SECRETS)
        if (text.includes(secret)) leaks.push(`${file}: ${secret.slice(0, 8)}…`)
    }
    console.log(
      `secret scan: ${scanned.length} files (fresh client + server builds and existing dist folders), ${leaks.length} leaks`,
    )
    expect(leaks).toEqual([])
  }, 60_000)

  it("the server's main entry never imports ioredis; the redis entry loads it lazily", () => {
    const dir = join(out, 'server')
    for (const entry of ['index.js', 'index.cjs']) {
      expect(readFileSync(join(dir, entry), 'utf8')).not.toContain('ioredis')
    }
    const chunks = files(dir).filter((f) => /\.(c?js)$/.test(f) && !/redis\.c?js$/.test(f))
    const redisEsm = readFileSync(join(dir, 'redis.js'), 'utf8')
    expect(redisEsm).toMatch(/import\(["']ioredis["']\)/)
    expect(redisEsm).not.toMatch(/^import .*ioredis/m)
    for (const chunk of chunks) {
      const text = readFileSync(chunk, 'utf8')
      if (text.includes('ioredis'))
        expect(text, chunk).toMatch(/import\(["']ioredis["']\)|require\(["']ioredis["']\)/)
    }
  })
})
