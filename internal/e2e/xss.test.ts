/**
 * Customer names are user data: a name like `<img src=x onerror="window.__xss=1">` must render as
 * text in chart labels, legends, tooltips and tables, and never execute. Real Chromium, on the
 * BreakdownChart HostileNames story (built by `npm run build-storybook`).
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from './launchChromium.ts'
import { serveStatic } from './staticServer.ts'

const staticDir = join(import.meta.dirname, '..', '..', 'storybook-static')
let server: Awaited<ReturnType<typeof serveStatic>>
let browser: Awaited<ReturnType<typeof launchChromium>>

beforeAll(async () => {
  if (!existsSync(join(staticDir, 'index.json')))
    throw new Error('run `npm run build-storybook` first')
  server = await serveStatic(staticDir)
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
  await server?.close()
})

describe('hostile customer names', () => {
  it('render as text and never execute, in the chart, its tooltip and its table view', async () => {
    const page = await browser.context.newPage()
    await page.goto(
      `${server.url}/iframe.html?id=components-breakdownchart--hostile-names&viewMode=story`,
    )
    await page.waitForSelector('#storybook-root [data-slot="chart"][data-state="ready"]', {
      timeout: 30_000,
    })
    // Walk the keyboard through the points so tooltips and live announcements show every name.
    const plot = page.locator('[data-slot="chart-surface"]').first()
    await plot.focus()
    for (let step = 0; step < 12; step++) await page.keyboard.press('ArrowDown')
    for (const toggle of await page.locator('[data-slot="chart-view-toggle"]').all())
      await toggle.click()
    await page.waitForTimeout(300)
    const probe = await page.evaluate(() => ({
      executed: (window as unknown as { __xss?: unknown }).__xss,
      injectedImages: document.querySelectorAll('#storybook-root img[src="x"]').length,
      textShown:
        document.body.textContent?.includes('<img src=x onerror="window.__xss=1">') ?? false,
    }))
    await page.close()
    expect(probe).toEqual({ executed: undefined, injectedImages: 0, textShown: true })
  })
})
