/**
 * Every Storybook story, in light and dark, in real Chromium: it renders without errors, settles
 * (no widget left loading), has 0 axe-core violations, and leaves a screenshot in
 * test-results/stories/. Needs `npm run build-storybook` first (npm test does it).
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import type { BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from './launchChromium.ts'
import { serveStatic } from './staticServer.ts'

const root = join(import.meta.dirname, '..', '..')
const staticDir = join(root, 'storybook-static')
const screenshots = join(root, 'test-results', 'stories')
const require = createRequire(import.meta.url)
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')

interface IndexEntry {
  id: string
  title: string
  name: string
  type: 'story' | 'docs'
  tags?: string[]
}

/**
 * Stories that show the loading state on purpose: named `Loading`, or tagged `e2e-allow-loading`
 * (the tag must be written in the story itself: Storybook's index reads tags statically).
 */
function allowsLoading(story: IndexEntry): boolean {
  return story.name === 'Loading' || (story.tags?.includes('e2e-allow-loading') ?? false)
}

if (!existsSync(join(staticDir, 'index.json'))) {
  throw new Error(
    'storybook-static/ is missing: run `npm run build-storybook` (npm test builds it)',
  )
}
const index = JSON.parse(readFileSync(join(staticDir, 'index.json'), 'utf8')) as {
  entries: Record<string, IndexEntry>
}
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story')

let server: Awaited<ReturnType<typeof serveStatic>>
let browser: Awaited<ReturnType<typeof launchChromium>>
let context: BrowserContext

beforeAll(async () => {
  mkdirSync(screenshots, { recursive: true })
  server = await serveStatic(staticDir)
  browser = await launchChromium()
  context = browser.context
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

describe.each(['light', 'dark'] as const)('stories in %s', (theme) => {
  it('there are stories to check', () => {
    expect(stories.length).toBeGreaterThan(0)
  })

  it.concurrent.each(stories.map((story) => [story.id, story] as const))(
    '%s',
    async (_id, story) => {
      const page = await context.newPage()
      const errors: string[] = []
      page.on('pageerror', (error) => errors.push(error.message))
      try {
        await page.goto(
          `${server.url}/iframe.html?id=${story.id}&viewMode=story&globals=theme:${theme}`,
        )
        await page.waitForSelector('#storybook-root > *', { timeout: 20_000 })
        // Settled: nothing still loading (widgets expose data-state), unless loading is the point.
        if (!allowsLoading(story)) {
          await page.waitForFunction(
            () => document.querySelectorAll('[data-state="loading"]').length === 0,
            undefined,
            { timeout: 20_000 },
          )
        }
        await page.evaluate(axeSource)
        const violations = await page.evaluate(async () => {
          const axe = (
            window as unknown as {
              axe: {
                run: (
                  context: unknown,
                  options: unknown,
                ) => Promise<{
                  violations: { id: string; help: string; nodes: { target: unknown }[] }[]
                }>
              }
            }
          ).axe
          // Page-level rules (one <main>, an <h1>, everything in landmarks) concern the host page a
          // component is embedded in, not the component: off, as in Storybook's a11y addon.
          const result = await axe.run(document, {
            resultTypes: ['violations'],
            rules: {
              region: { enabled: false },
              'landmark-one-main': { enabled: false },
              'page-has-heading-one': { enabled: false },
            },
          })
          return result.violations.map(
            (violation) =>
              `${violation.id}: ${violation.help} (${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')})`,
          )
        })
        await page.screenshot({
          path: join(screenshots, `${story.id}--${theme}.png`),
          fullPage: true,
        })
        expect(errors).toEqual([])
        expect(violations).toEqual([])
      } finally {
        await page.close()
      }
    },
  )
})
