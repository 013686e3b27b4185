import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const packageDir = fileURLToPath(new URL('..', import.meta.url))

function runCli(args: string[]) {
  return spawn(
    process.execPath,
    ['--conditions=@lago-analytics/source', '--import', 'tsx', 'src/cli.ts', ...args],
    {
      cwd: packageDir,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
}

describe('lago-analytics-simulator CLI', () => {
  it('prints one JSON line when ready, serves, and exits 0 on SIGTERM', async () => {
    const child = runCli([
      '--port',
      '0',
      '--seed',
      '5',
      '--customers',
      '20',
      '--now',
      '2026-11-24T00:00:00Z',
    ])
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    const exited = once(child, 'exit')
    try {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no JSON line; stderr: ${stderr}`)), 15_000)
        child.stdout.on('data', () => {
          if (stdout.includes('\n')) {
            clearTimeout(timer)
            resolve()
          }
        })
        child.on('exit', () => reject(new Error(`exited early; stderr: ${stderr}`)))
      })
      const lines = stdout.split('\n').filter((line) => line !== '')
      expect(lines).toHaveLength(1)
      const ready = JSON.parse(lines[0]!) as Record<string, string>
      expect(Object.keys(ready)).toEqual([
        'url',
        'apiKey',
        'dataApiUrl',
        'dataApiToken',
        'organizationId',
      ])
      expect(ready.dataApiUrl).toBe(`${ready.url}/data-api`)
      const response = await fetch(`${ready.dataApiUrl}/mrrs/${ready.organizationId}/`, {
        headers: { authorization: `Bearer ${ready.dataApiToken}` },
      })
      expect(response.status).toBe(200)
    } finally {
      child.kill('SIGTERM')
    }
    const [code, signal] = (await exited) as [number | null, NodeJS.Signals | null]
    expect(signal).toBeNull()
    expect(code).toBe(0)
    expect(stdout.trim().split('\n')).toHaveLength(1)
  })

  it('prints help and exits 0', async () => {
    const child = runCli(['--help'])
    let stdout = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    const [code] = (await once(child, 'exit')) as [number | null]
    expect(code).toBe(0)
    expect(stdout).toContain('Usage: lago-analytics-simulator')
  })
})
