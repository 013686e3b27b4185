/**
 * Which build of `@lago-analytics/client` a bundler picks. Browser bundles (web workers
 * included) get the proxy-only build: no server mode, so no code path for an API key, and
 * neither the response validator nor the parameter validator, which the proxy runs. Server-side
 * bundlers that also list `browser` among their conditions (Next.js edge, Cloudflare Workers)
 * keep the default build and its server mode. `npm test` builds the packages first, so dist/ is
 * current here.
 */
import { fileURLToPath } from 'node:url'
import { build, type Format, type Platform } from 'esbuild'
import { describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('../..', import.meta.url))

interface Target {
  platform: Platform
  conditions?: readonly string[]
  format?: Format
}

/** The client's root modules a bundler with these settings resolves, and its minified output. */
async function bundle({ platform, conditions, format = 'esm' }: Target) {
  const result = await build({
    stdin: {
      contents:
        format === 'cjs'
          ? `module.exports = require('@lago-analytics/client')`
          : `export * from '@lago-analytics/client'`,
      resolveDir: root,
      loader: 'js',
    },
    bundle: true,
    write: false,
    metafile: true,
    minify: true,
    format,
    platform,
    ...(conditions && { conditions: [...conditions] }),
    logLevel: 'silent',
  })
  return {
    entries: Object.keys(result.metafile.inputs).filter((input) =>
      /^packages\/client\/(dist|src)\/index(\.browser)?\.(c?js|ts)$/.test(input),
    ),
    code: result.outputFiles.map((file) => file.text).join('\n'),
  }
}

/** Strings only the server mode, the response validator and the parameter validator contain. */
const SERVER_ONLY = [
  'refusing to use a Lago API key in a browser', // serverTarget
  'an amount in minor units', // parseDatasetResponse
  'ISO 4217 code such as EUR', // encodeQuery's value checks
]

describe('the client build each runtime resolves', () => {
  it.each([
    ['a browser bundle (Vite, webpack web, esbuild browser)', { platform: 'browser' }],
    [
      'a browser web worker (webpack webworker)',
      { platform: 'neutral', conditions: ['worker', 'browser', 'import'] },
    ],
  ] as const)('%s: the proxy-only browser build, with no server-only code', async (_, target) => {
    const { entries, code } = await bundle(target)
    expect(entries).toEqual(['packages/client/dist/index.browser.js'])
    for (const text of SERVER_ONLY) expect(code).not.toContain(text)
  })

  it('a browser bundle through require(): the CommonJS browser build', async () => {
    const { entries, code } = await bundle({ platform: 'browser', format: 'cjs' })
    expect(entries).toEqual(['packages/client/dist/index.browser.cjs'])
    for (const text of SERVER_ONLY) expect(code).not.toContain(text)
  })

  it('the workspace source condition (Vite dev, Storybook) in a browser: the browser source', async () => {
    const { entries } = await bundle({
      platform: 'browser',
      conditions: ['@lago-analytics/source'],
    })
    expect(entries).toEqual(['packages/client/src/index.browser.ts'])
  })

  it.each([
    ['Node', { platform: 'node' }],
    [
      'Next.js edge runtime',
      { platform: 'neutral', conditions: ['edge-light', 'browser', 'import'] },
    ],
    [
      'Cloudflare Workers (wrangler)',
      { platform: 'neutral', conditions: ['workerd', 'browser', 'import'] },
    ],
  ] as const)('%s: the default build, with server mode', async (_, target) => {
    const { entries, code } = await bundle(target)
    expect(entries).toEqual(['packages/client/dist/index.js'])
    for (const text of SERVER_ONLY) expect(code).toContain(text)
  })
})
