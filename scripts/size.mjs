#!/usr/bin/env node
// `npm run size`: bundles each budget entry (scripts/size-budgets.mjs) from the built packages
// with esbuild as an app would (ESM, splitting, minified, production), gzips every output chunk
// and prints, against its budget, the counted size: the initial chunks (entry + static imports)
// plus "deferred" chunks that import() loads without any user action. Chunks behind an import()
// of an on-demand module (ON_DEMAND: the xlsx writer on export, popovers on first open, the
// table virtualiser above its threshold) are shown apart and do not count.
// Exit code 1 when a budget is exceeded; `--why` lists the counted modules by package.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'
import { BUDGETS, ON_DEMAND } from './size-budgets.mjs'

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
    const entry = Object.keys(outputs).find((key) => outputs[key].entryPoint === 'entry.js')
    const onDemand = (budget.onDemand ?? ON_DEMAND).map((pattern) => new RegExp(pattern))
    // Chunks reachable from `from` through static imports (and dynamic ones unless on demand).
    const reach = (from, followDynamic) => {
      const seen = new Set()
      const visit = (key) => {
        if (seen.has(key)) return
        seen.add(key)
        for (const imported of outputs[key].imports) {
          if (imported.external) continue
          if (imported.kind === 'import-statement') visit(imported.path)
          else if (followDynamic && imported.kind === 'dynamic-import') {
            const target = outputs[imported.path]?.entryPoint ?? ''
            if (!onDemand.some((pattern) => pattern.test(target))) visit(imported.path)
          }
        }
      }
      visit(from)
      return seen
    }
    const initial = reach(entry, false)
    // Deferred: loaded by import() without a user action (counts toward the budget).
    const counted = reach(entry, true)
    const sizes = { initial: 0, deferred: 0, onDemand: 0 }
    const inputs = { initial: new Set(), deferred: new Set(), onDemand: new Set() }
    for (const key of Object.keys(outputs)) {
      if (key.endsWith('.map')) continue
      const file = contents.get(key)
      const size = file ? gzipSize(file.contents) : 0
      const kind = initial.has(key) ? 'initial' : counted.has(key) ? 'deferred' : 'onDemand'
      sizes[kind] += size
      for (const input of Object.keys(outputs[key].inputs)) inputs[kind].add(normalizeInput(input))
    }
    return {
      /** What the budget limits: initial chunks plus chunks loaded without user action. */
      countedBytes: sizes.initial + sizes.deferred,
      initialBytes: sizes.initial,
      deferredBytes: sizes.deferred,
      onDemandBytes: sizes.onDemand,
      initialInputs: [...inputs.initial].sort(),
      countedInputs: [...inputs.initial, ...inputs.deferred].sort(),
      onDemandInputs: [...inputs.onDemand].sort(),
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
    rows.push({ ...budget, ...size, ok: size.countedBytes <= budget.limitKb * 1024 })
  }
  return rows
}

const kb = (bytes) => (bytes / 1024).toFixed(1)

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = await measureAll()
  const verbose = process.argv.includes('--why')
  const width = Math.max(...rows.map((row) => row.name.length))
  console.log(`${'entry'.padEnd(width)}  counted KB  budget KB  (initial + deferred)  on demand KB`)
  for (const row of rows) {
    console.log(
      [
        row.name.padEnd(width),
        kb(row.countedBytes).padStart(10),
        String(row.limitKb).padStart(9),
        `(${kb(row.initialBytes)} + ${kb(row.deferredBytes)})`.padStart(20),
        kb(row.onDemandBytes).padStart(12),
        row.ok ? '' : ` OVER${row.ratchetKb === undefined ? '' : ` (held to ${row.ratchetKb} KB)`}`,
      ].join('  '),
    )
    if (!row.ok && row.gap) console.log(`    gap: ${row.gap}`)
    if (verbose) {
      const packages = new Map()
      for (const input of row.countedInputs) {
        const name = input.startsWith('@')
          ? input.split('/').slice(0, 2).join('/')
          : input.split('/')[0]
        packages.set(name, (packages.get(name) ?? 0) + 1)
      }
      console.log(
        `    counted modules by package: ${[...packages].map(([n, c]) => `${n} ${c}`).join(', ')}`,
      )
    }
  }
  // Exit 1 only when an entry breaks its ceiling: the budget, or its ratchet while it is missed.
  process.exitCode = rows.every((row) => row.countedBytes <= (row.ratchetKb ?? row.limitKb) * 1024)
    ? 0
    : 1
}
