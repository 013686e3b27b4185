import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { build } from 'vite'

const here = dirname(fileURLToPath(import.meta.url))

/**
 * The bench pages (HTML entries beside this file), in separate builds so that a page's bundle
 * is what a host app with just that page ships (no chunks shared with the other pages).
 * `profile` is the export page unminified, so CPU profiles show function names.
 */
export const BUILDS = {
  render: { pages: ['render-ours', 'render-recharts', 'render-tremor'], minify: true },
  export: { pages: ['export'], minify: true },
  profile: { pages: ['export'], minify: false },
  'dashboard-ours': { pages: ['dashboard-ours'], minify: true },
  'dashboard-tremor': { pages: ['dashboard-tremor'], minify: true },
} as const
export type BuildName = keyof typeof BUILDS

/**
 * Production builds of the bench pages with Vite's `build()`, into `outDir/<build>/`: minified,
 * as a host app ships them. Workspace packages resolve to their sources (the
 * `@lago-analytics/source` condition, as in examples/vite-embed), so the bench measures the
 * current code. Returns the build time in ms.
 */
export async function buildPages(outDir: string): Promise<number> {
  const start = performance.now()
  for (const [name, { pages, minify }] of Object.entries(BUILDS)) {
    await build({
      root: here,
      configFile: false,
      logLevel: 'warn',
      base: './',
      plugins: [react()],
      resolve: {
        conditions: ['@lago-analytics/source', 'browser', 'module', 'import', 'default'],
      },
      build: {
        outDir: join(outDir, name),
        emptyOutDir: true,
        minify,
        sourcemap: false,
        reportCompressedSize: false,
        chunkSizeWarningLimit: 5000,
        rolldownOptions: {
          input: Object.fromEntries(pages.map((page) => [page, join(here, `${page}.html`)])),
        },
      },
    })
  }
  return performance.now() - start
}
