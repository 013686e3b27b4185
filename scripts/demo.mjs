#!/usr/bin/env node
// `npm run demo`: from a fresh clone, installs what it needs, builds the example host app
// (examples/vite-embed) and serves it with @lago-analytics/server in front of the Lago analytics
// simulator — or in front of a real Lago when LAGO_API_URL and LAGO_API_KEY are set (and its
// Data API with LAGO_DATA_API_URL, LAGO_DATA_API_TOKEN, LAGO_ORGANIZATION_ID). Prints the URL;
// Ctrl-C stops everything. `DEMO_MODE=dev` serves with Vite's dev server instead of a build.
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { ensureDependencies, root } from './bootstrap.mjs'

ensureDependencies()

const child = spawn(
  process.execPath,
  [
    '--conditions=@lago-analytics/source',
    '--import',
    'tsx',
    join(root, 'examples', 'vite-embed', 'server', 'main.ts'),
  ],
  { cwd: join(root, 'examples', 'vite-embed'), stdio: 'inherit', env: process.env },
)
const forward = (signal) => () => child.kill(signal)
process.on('SIGINT', forward('SIGINT'))
process.on('SIGTERM', forward('SIGTERM'))
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)))
