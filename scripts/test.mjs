#!/usr/bin/env node
// `npm test`: the whole check suite from a fresh clone (Node 20+ and npm only).
// Installs pnpm and dependencies if needed, then runs format check, lint, typecheck, build,
// package checks and every test suite, and ends with one plain line: `N passed, N failed`
// (every test case of every suite, plus one entry per check step).
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { ensureDebianPackage, ensureDependencies, root, toolPath } from './bootstrap.mjs'

const pnpm = ensureDependencies()
// System services some suites need, from Debian's packages when missing.
if (existsSync(join(root, 'packages', 'server'))) ensureDebianPackage('redis-server')
// Browser tests drive Debian's Chromium (never a downloaded browser).
ensureDebianPackage('chromium')
const env = {
  TURBO_TELEMETRY_DISABLED: '1',
  DO_NOT_TRACK: '1',
  FORCE_COLOR: process.env.FORCE_COLOR ?? '0',
}

// Check steps run side by side (most are single-threaded, and the machine may have only 2 cores);
// each one's output is printed in one piece when it ends. `after`: steps it must wait for. Builds
// wait for format and lint, which would otherwise see the temporary config bundles tsup and Vite
// write next to their configs.
const checks = [
  { name: 'format', args: ['exec', 'prettier', '--check', '--log-level=warn', '.'] },
  { name: 'lint', args: ['exec', 'eslint', '--max-warnings=0', '.'] },
  {
    name: 'typecheck',
    args: ['exec', 'turbo', 'run', 'typecheck', '--output-logs=errors-only'],
  },
  {
    name: 'build',
    args: ['exec', 'turbo', 'run', 'build', '--output-logs=errors-only'],
    after: ['format', 'lint'],
  },
  {
    name: 'package checks (publint, attw)',
    // --only: the build step above has built the packages (turbo would replay it from its cache,
    // rewriting dist/ while the tests read it).
    args: ['exec', 'turbo', 'run', 'check:package', '--only', '--output-logs=errors-only'],
    after: ['build'],
  },
  // The browser tests open every story of this build in Chromium.
  { name: 'storybook build', args: ['run', 'build-storybook'], after: ['format', 'lint'] },
]
// The tests need the packages' dist/ (size budgets) and Storybook's build (browser tests), and
// must not start before the typecheck: `next build` in the Next.js example's test writes the
// .next/types and next-env.d.ts that the example's tsconfig includes.
const testsAfter = ['typecheck', 'build', 'storybook build']

let passed = 0
let failed = 0
const failures = []
const started = Date.now()
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`

/** Runs a command with its output collected (stdout and stderr interleaved as they come). */
function runCollected(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: root,
      shell: process.platform === 'win32',
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, PATH: toolPath(), ...env },
    })
    const chunks = []
    child.stdout.on('data', (chunk) => chunks.push(chunk))
    child.stderr.on('data', (chunk) => chunks.push(chunk))
    child.on('error', (error) => {
      chunks.push(Buffer.from(`${error.stack ?? error}\n`))
      resolve({ status: 1, output: Buffer.concat(chunks).toString() })
    })
    child.on('close', (code) =>
      resolve({ status: code ?? 1, output: Buffer.concat(chunks).toString() }),
    )
  })
}

const done = new Map()
for (const check of checks) {
  const waitFor = (check.after ?? []).map((name) => done.get(name))
  done.set(
    check.name,
    Promise.all(waitFor).then(async () => {
      const since = Date.now()
      const { status, output } = await runCollected(pnpm, check.args)
      const verdict = status === 0 ? 'passed' : `failed (exit ${status})`
      process.stdout.write(`\n=== ${check.name}: ${verdict}, ${seconds(since)} ===\n${output}`)
      if (status === 0) passed++
      else {
        failed++
        failures.push(check.name)
      }
    }),
  )
}
await Promise.all(testsAfter.map((name) => done.get(name)))

process.stdout.write('\n=== tests (vitest, all projects) ===\n')
const resultsDir = join(root, 'test-results')
mkdirSync(resultsDir, { recursive: true })
const report = join(resultsDir, 'vitest.json')
rmSync(report, { force: true })
const testsStarted = Date.now()
const status = await new Promise((resolve) => {
  const child = spawn(
    pnpm,
    [
      'exec',
      'vitest',
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${report}`,
    ],
    {
      cwd: root,
      shell: process.platform === 'win32',
      stdio: 'inherit',
      env: { ...process.env, PATH: toolPath(), ...env },
    },
  )
  child.on('error', () => resolve(1))
  child.on('close', (code) => resolve(code ?? 1))
})
process.stdout.write(`\n=== tests: ${seconds(testsStarted)} ===\n`)
// The package checks may still be running.
await Promise.all(done.values())
if (existsSync(report)) {
  const results = JSON.parse(readFileSync(report, 'utf8'))
  passed += results.numPassedTests ?? 0
  failed += results.numFailedTests ?? 0
  // A suite that failed to load has no test results of its own: count it as a failure.
  const brokenSuites = (results.testResults ?? []).filter(
    (suite) => suite.status === 'failed' && suite.assertionResults.length === 0,
  )
  failed += brokenSuites.length
  if ((results.numFailedTests ?? 0) > 0 || brokenSuites.length > 0) failures.push('tests')
  if (status !== 0 && (results.numFailedTests ?? 0) === 0 && brokenSuites.length === 0) {
    failed++
    failures.push('vitest (exit code)')
  }
} else {
  failed++
  failures.push('vitest (no report)')
}

const minutes = ((Date.now() - started) / 60000).toFixed(1)
process.stdout.write(
  `\n${failures.length ? `Failed: ${failures.join(', ')}` : 'All checks and tests passed'} (${minutes} min)\n`,
)
process.stdout.write(`${passed} passed, ${failed} failed\n`)
process.exit(failed > 0 ? 1 : 0)
