#!/usr/bin/env node
// `npm run storybook` (dev server) and `npm run build-storybook` (static build into
// storybook-static/). Installs what it needs first, and puts MSW's service worker (shipped in
// the msw package, nothing downloaded) where the stories load it.
import { copyFileSync, mkdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { ensureDependencies, root, run } from './bootstrap.mjs'

const pnpm = ensureDependencies()
const require = createRequire(join(root, 'package.json'))
const mswDir = dirname(require.resolve('msw/package.json'))
mkdirSync(join(root, '.storybook', 'public'), { recursive: true })
copyFileSync(
  join(mswDir, 'lib', 'mockServiceWorker.js'),
  join(root, '.storybook', 'public', 'mockServiceWorker.js'),
)

const mode = process.argv[2] === 'build' ? 'build' : 'dev'
const env = { STORYBOOK_DISABLE_TELEMETRY: '1', NODE_OPTIONS: '--max-old-space-size=4096' }
const args =
  mode === 'build'
    ? [
        'exec',
        'storybook',
        'build',
        '--quiet',
        '--output-dir',
        'storybook-static',
        '--disable-telemetry',
      ]
    : [
        'exec',
        'storybook',
        'dev',
        '--port',
        process.env.PORT ?? '6006',
        '--host',
        '127.0.0.1',
        '--disable-telemetry',
        '--no-open',
      ]
process.exit(run(pnpm, args, { env }))
