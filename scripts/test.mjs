#!/usr/bin/env node
// `npm test`: the whole check suite from a fresh clone (Node 20+ and npm only).
// Installs pnpm and dependencies if needed, then runs format check, lint, typecheck, build,
// package checks and every test suite, and ends with one plain line: `N passed, N failed`
// (every test case of every suite, plus one entry per check step).
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { ensureDebianPackage, ensureDependencies, root, run } from './bootstrap.mjs'

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

const checks = [
  ['format', ['exec', 'prettier', '--check', '--log-level=warn', '.']],
  ['lint', ['exec', 'eslint', '--max-warnings=0', '.']],
  ['typecheck', ['exec', 'turbo', 'run', 'typecheck', '--output-logs=errors-only']],
  ['build', ['exec', 'turbo', 'run', 'build', '--output-logs=errors-only']],
  [
    'package checks (publint, attw)',
    ['exec', 'turbo', 'run', 'check:package', '--output-logs=errors-only'],
  ],
  // The browser tests open every story of this build in Chromium.
  ['storybook build', ['run', 'build-storybook']],
]

let passed = 0
let failed = 0
const failures = []
const started = Date.now()

for (const [name, args] of checks) {
  process.stdout.write(`\n=== ${name} ===\n`)
  const status = run(pnpm, args, { env })
  if (status === 0) passed++
  else {
    failed++
    failures.push(name)
  }
}

process.stdout.write('\n=== tests (vitest, all projects) ===\n')
const resultsDir = join(root, 'test-results')
mkdirSync(resultsDir, { recursive: true })
const report = join(resultsDir, 'vitest.json')
rmSync(report, { force: true })
const status = run(
  pnpm,
  ['exec', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
  { env },
)
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
