#!/usr/bin/env node
// `npm run size`: bundles each budget entry (scripts/size-budgets.mjs) from the built packages
// with esbuild as an app would (ESM, splitting, minified, production), gzips every output chunk
// and prints the initial size (entry + static imports) against its budget, the lazily loaded
// rest, and what the initial chunks contain. Exit code 1 when a budget is exceeded.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'
import { BUDGETS } from './size-budgets.mjs'

const root = join(fileURLToPath(import.meta.url), '..', '..')
const gzipSize = (bytes) => gzipSync(bytes, { level: 9 }).length

/**
 * Measures one entry. Returns gzip sizes (bytes) of the initial and lazy chunks and the input
 * modules (paths relative to the repo, node_modules collapsed to package paths) of each.
 */
export async function measure(budget) {
  const outdir = mkdtempSync(join(tmpdir(), 'lago-analytics-size-'))
  try {
    const result = await build({
      stdin: { contents: budget.code, resolveDir: root, loader: 'js', sourcefile: 'entry.js' },
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      minify: true,
      treeShaking: true,
      metafile: true,
      write: false,
      outdir,
      entryNames: 'entry',
      external: budget.external ?? [],
      define: { 'process.env.NODE_ENV': '"production"' },
      logLevel: 'silent',
      legalComments: 'none',
    })
    const outputs = result.metafile.outputs
    const contents = new Map(result.outputFiles.map((file) => [relative(root, file.path), file]))
    const entry = Object.keys(outputs).find((key) => outputs[key].entryPoint !== undefined)
    const initial = new Set()
    const visit = (key) => {
      if (initial.has(key)) return
      initial.add(key)
      for (const imported of outputs[key].imports) {
        if (imported.kind === 'import-statement' && !imported.external) visit(imported.path)
      }
    }
    visit(entry)
    let initialBytes = 0
    let lazyBytes = 0
    const initialInputs = new Set()
    const lazyInputs = new Set()
    for (const key of Object.keys(outputs)) {
      if (key.endsWith('.map')) continue
      const file = contents.get(key)
      const size = file ? gzipSize(file.contents) : 0
      const isInitial = initial.has(key)
      if (isInitial) initialBytes += size
      else lazyBytes += size
      for (const input of Object.keys(outputs[key].inputs)) {
        ;(isInitial ? initialInputs : lazyInputs).add(normalizeInput(input))
      }
    }
    return {
      initialBytes,
      lazyBytes,
      initialChunks: initial.size,
      lazyChunks: Object.keys(outputs).length - initial.size,
      initialInputs: [...initialInputs].sort(),
      lazyInputs: [...lazyInputs].sort(),
    }
  } finally {
    rmSync(outdir, { recursive: true, force: true })
  }
}

/** `node_modules/.pnpm/echarts@6.0.0/node_modules/echarts/lib/x.js` → `echarts/lib/x.js`. */
function normalizeInput(input) {
  const marker = 'node_modules/'
  const at = input.lastIndexOf(marker)
  return at === -1 ? input : input.slice(at + marker.length)
}

/** Every budget measured; `ok` is false when one is over. */
export async function measureAll() {
  const rows = []
  for (const budget of BUDGETS) {
    const size = await measure(budget)
    rows.push({ ...budget, ...size, ok: size.initialBytes <= budget.limitKb * 1024 })
  }
  return rows
}

const kb = (bytes) => (bytes / 1024).toFixed(1)

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = await measureAll()
  const verbose = process.argv.includes('--why')
  const width = Math.max(...rows.map((row) => row.name.length))
  console.log(`${'entry'.padEnd(width)}  initial KB  budget KB  lazy KB  chunks`)
  for (const row of rows) {
    console.log(
      [
        row.name.padEnd(width),
        kb(row.initialBytes).padStart(10),
        String(row.limitKb).padStart(9),
        kb(row.lazyBytes).padStart(7),
        `${row.initialChunks}+${row.lazyChunks}`.padStart(7),
        row.ok ? '' : ' OVER',
      ].join('  '),
    )
    if (verbose) {
      const packages = new Map()
      for (const input of row.initialInputs) {
        const name = input.startsWith('@')
          ? input.split('/').slice(0, 2).join('/')
          : input.split('/')[0]
        packages.set(name, (packages.get(name) ?? 0) + 1)
      }
      console.log(
        `    initial modules by package: ${[...packages].map(([n, c]) => `${n} ${c}`).join(', ')}`,
      )
    }
  }
  process.exitCode = rows.every((row) => row.ok) ? 0 : 1
}
