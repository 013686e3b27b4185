#!/usr/bin/env node
// `npm run demo`: from a fresh clone, installs what it needs, starts the Lago analytics
// simulator on 127.0.0.1 and prints a summary of its organisation fetched through the client.
// With LAGO_API_URL and LAGO_API_KEY set, reads that real Lago instead (plus the Data API when
// LAGO_DATA_API_URL, LAGO_DATA_API_TOKEN and LAGO_ORGANIZATION_ID are set).
import { spawn } from 'node:child_process'
import { createInterface } from 'node:readline'
import { join } from 'node:path'
import { ensureDependencies, root } from './bootstrap.mjs'

ensureDependencies()

const fromSource = ['--conditions=@lago-analytics/source', '--import', 'tsx']
const example = join(root, 'examples', 'node-summary', 'src', 'main.ts')

function runExample(env) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...fromSource, example], {
      cwd: join(root, 'examples', 'node-summary'),
      stdio: 'inherit',
      env: { ...process.env, ...env },
    })
    child.on('exit', (code) => resolve(code ?? 1))
  })
}

function startSimulator() {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        ...fromSource,
        join(root, 'packages', 'simulator', 'src', 'cli.ts'),
        '--host',
        '127.0.0.1',
        '--port',
        '0',
      ],
      { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
    )
    const lines = createInterface({ input: child.stdout })
    const timer = setTimeout(
      () => reject(new Error('the simulator did not start within 60 s')),
      60_000,
    )
    lines.once('line', (line) => {
      clearTimeout(timer)
      try {
        resolve({ child, info: JSON.parse(line) })
      } catch {
        reject(new Error(`unexpected simulator output: ${line}`))
      }
    })
    child.once('exit', (code) => reject(new Error(`the simulator exited early (code ${code})`)))
  })
}

function stop(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve()
    child.once('exit', () => resolve())
    child.kill('SIGTERM')
  })
}

if (process.env.LAGO_API_URL && process.env.LAGO_API_KEY) {
  console.error(`[demo] reading the Lago instance at ${new URL(process.env.LAGO_API_URL).host}`)
  process.exit(await runExample({}))
}

console.error('[demo] starting the Lago analytics simulator on 127.0.0.1 …')
const { child, info } = await startSimulator()
let interrupted = false
const onSignal = async () => {
  interrupted = true
  await stop(child)
  process.exit(130)
}
process.once('SIGINT', onSignal)
process.once('SIGTERM', onSignal)
console.error(`[demo] simulator ready at ${info.url} (organisation ${info.organizationId})\n`)
const code = await runExample({
  LAGO_API_URL: info.url,
  LAGO_API_KEY: info.apiKey,
  LAGO_DATA_API_URL: info.dataApiUrl,
  LAGO_DATA_API_TOKEN: info.dataApiToken,
  LAGO_ORGANIZATION_ID: info.organizationId,
  LAGO_SOURCE_LABEL: `simulator at ${info.url}`,
})
if (!interrupted) {
  await stop(child)
  console.error('\n[demo] simulator stopped.')
  process.exit(code)
}
