#!/usr/bin/env node
// `npm run bench`: from a fresh clone, installs what it needs, builds the packages when their
// dist/ is missing, makes sure Chromium is there, then runs every benchmark (bench/run.ts) and
// writes bench/results.md. Arguments pass through: `npm run bench -- --only=render --runs=3`.
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { ensureDebianPackage, ensureDependencies, root, run, toolPath } from './bootstrap.mjs'

const pnpm = ensureDependencies()

const PACKAGES = ['client', 'core', 'react', 'ui', 'simulator', 'server']
const unbuilt = PACKAGES.filter(
  (name) => !existsSync(join(root, 'packages', name, 'dist', 'index.js')),
)
if (unbuilt.length > 0) {
  process.stderr.write(`[bench] building packages (dist/ missing: ${unbuilt.join(', ')})\n`)
  const status = run(pnpm, ['exec', 'turbo', 'run', 'build', '--filter=./packages/*'])
  if (status !== 0) process.exit(status)
}

if (!process.env.CHROMIUM_PATH && !ensureDebianPackage('chromium')) {
  process.stderr.write('[bench] Chromium is required (set CHROMIUM_PATH or install chromium)\n')
  process.exit(1)
}

const child = spawn(
  process.execPath,
  [
    '--conditions=@lago-analytics/source',
    '--import',
    'tsx',
    join(root, 'bench', 'run.ts'),
    ...process.argv.slice(2),
  ],
  { cwd: root, stdio: 'inherit', env: { ...process.env, PATH: toolPath() } },
)
const forward = (signal) => () => child.kill(signal)
process.on('SIGINT', forward('SIGINT'))
process.on('SIGTERM', forward('SIGTERM'))
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
