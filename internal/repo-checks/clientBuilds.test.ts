/**
 * Which build of `@lago-analytics/client` a bundler picks. Browser bundles get the proxy-only
 * build (no server mode, no API key code path); server-side bundlers that also list `browser`
 * among their conditions (Next.js edge, Cloudflare Workers, Vercel Edge) must keep server mode.
 * `npm test` builds the packages first, so dist/ is current here.
 */
import { fileURLToPath } from 'node:url'
import { build, type Platform } from 'esbuild'
import { describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('../..', import.meta.url))

/** The client dist entry (index.js or index.browser.js) a bundler with these settings resolves. */
async function resolvedEntry(platform: Platform, conditions?: string[]): Promise<string[]> {
  const result = await build({
    stdin: {
      contents: `export { createLagoAnalyticsClient } from '@lago-analytics/client'`,
      resolveDir: root,
      loader: 'js',
    },
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform,
    ...(conditions && { conditions }),
    logLevel: 'silent',
  })
  return Object.keys(result.metafile.inputs).filter((input) =>
    /^packages\/client\/dist\/index(\.browser)?\.js$/.test(input),
  )
}

describe('the client build each runtime resolves', () => {
  it.each([
    ['a browser bundle (esbuild browser platform, as Vite and webpack web)', 'browser', undefined],
    ['the Next.js client bundle conditions', 'browser', ['browser', 'import', 'module', 'default']],
  ] as const)('%s: the proxy-only browser build', async (_label, platform, conditions) => {
    expect(await resolvedEntry(platform, conditions ? [...conditions] : undefined)).toEqual([
      'packages/client/dist/index.browser.js',
    ])
  })

  it.each([
    ['Node', 'node', undefined],
    ['Next.js edge runtime', 'neutral', ['edge-light', 'worker', 'browser', 'import', 'module']],
    ['Cloudflare Workers (wrangler)', 'neutral', ['workerd', 'worker', 'browser', 'import']],
  ] as const)('%s: the default build, with server mode', async (_label, platform, conditions) => {
    expect(await resolvedEntry(platform, conditions ? [...conditions] : undefined)).toEqual([
      'packages/client/dist/index.js',
    ])
  })
})
