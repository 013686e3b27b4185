/**
 * The demo host app (examples/vite-embed) in real Chromium: production build served behind
 * @lago-analytics/server in front of the simulator. Both pages render every widget, pass axe,
 * keep the Lago key out of the browser, and leave screenshots in test-results/demo/.
 */
import { mkdirSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  startDemoServer,
  type DemoServer,
} from '../../examples/vite-embed/server/startDemoServer.ts'
import { axeViolations } from './axeViolations.ts'
import { launchChromium } from './launchChromium.ts'

const root = join(import.meta.dirname, '..', '..')
const screenshots = join(root, 'test-results', 'demo')

let demo: DemoServer
let browser: Awaited<ReturnType<typeof launchChromium>>

beforeAll(async () => {
  mkdirSync(screenshots, { recursive: true })
  demo = await startDemoServer({ app: 'build', now: new Date('2026-11-24T09:30:00Z') })
  browser = await launchChromium()
}, 240_000)

afterAll(async () => {
  await browser?.close()
  await demo?.close()
})

async function open(path: string, dashboard: string) {
  const page = await browser.context.newPage()
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  await page.goto(`${demo.url}${path}`)
  await page.waitForSelector(`[data-dashboard="${dashboard}"]`, { timeout: 30_000 })
  await page.waitForFunction(
    () => document.querySelectorAll('[data-state="loading"]').length === 0,
    undefined,
    {
      timeout: 45_000,
    },
  )
  return { page, errors }
}

describe('the demo app in Chromium', () => {
  it.each(['light', 'dark'] as const)(
    'the internal revenue page renders every widget (%s)',
    async (theme) => {
      const { page, errors } = await open('/#/revenue', 'revenue')
      if (theme === 'dark') {
        await page.getByRole('button', { name: /dark theme/i }).click()
        await page.waitForSelector('[data-dashboard="revenue"][data-theme="dark"]')
      }
      const widgets = await page.$$eval('[data-slot="widget"]', (nodes) =>
        nodes.map((node) => [
          node.getAttribute('data-widget'),
          node.querySelector('[data-state]')?.getAttribute('data-state'),
        ]),
      )
      expect(widgets.map(([id]) => id)).toEqual([
        'kpis',
        'revenueStreams',
        'mrrMovements',
        'mrrByPlan',
        'revenueBreakdown',
        'planPivot',
        'segmentPivot',
        'invoiceCollection',
        'overdueBalance',
      ])
      expect(widgets.filter(([, state]) => state === 'error' || state === 'unavailable')).toEqual(
        [],
      )
      await page.screenshot({ path: join(screenshots, `revenue--${theme}.png`), fullPage: true })
      expect(await axeViolations(page)).toEqual([])
      expect(errors).toEqual([])
      await page.close()
    },
  )

  it('the customer portal shows one customer, scoped by the proxy', async () => {
    const requests: string[] = []
    const { page, errors } = await open('/#/portal', 'usage')
    page.on('request', (request) => requests.push(request.url()))
    const title = await page.textContent('.lago-analytics-dashboard-title')
    expect(title).toMatch(/^Your usage — /)
    await page.screenshot({ path: join(screenshots, 'portal--light.png'), fullPage: true })
    expect(await axeViolations(page)).toEqual([])
    expect(errors).toEqual([])
    await page.close()
  })

  it.each([
    ['revenue', '/#/revenue'],
    ['usage', '/#/portal'],
  ] as const)(
    'the %s dashboard fits a 360 px wide screen without horizontal scrolling',
    async (dashboard, path) => {
      const page = await browser.context.newPage()
      await page.setViewportSize({ width: 360, height: 780 })
      await page.goto(`${demo.url}${path}`)
      await page.waitForSelector(`[data-dashboard="${dashboard}"]`, { timeout: 30_000 })
      await page.waitForFunction(
        () => document.querySelectorAll('[data-state="loading"]').length === 0,
        undefined,
        {
          timeout: 45_000,
        },
      )
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      )
      // What sticks out, to name it in the failure.
      const offenders = await page.evaluate(() =>
        [...document.querySelectorAll('body *')]
          .filter((node) => node.getBoundingClientRect().right > window.innerWidth + 1)
          .slice(0, 5)
          .map(
            (node) =>
              `${node.tagName.toLowerCase()}.${String(node.className).slice(0, 60)}[${node.getAttribute('data-slot') ?? ''}]`,
          ),
      )
      await page.screenshot({ path: join(screenshots, `${dashboard}--360px.png`), fullPage: true })
      expect({ overflow, offenders }).toEqual({ overflow: expect.any(Number), offenders: [] })
      expect(overflow).toBeLessThanOrEqual(0)
      await page.close()
    },
  )

  it('the browser never receives the Lago API key', async () => {
    const key = demo.simulator?.apiKey ?? ''
    expect(key.length).toBeGreaterThan(10)
    const dist = join(root, 'examples', 'vite-embed', 'dist', 'assets')
    for (const file of readdirSync(dist)) {
      expect(readFileSync(join(dist, file), 'utf8').includes(key), file).toBe(false)
    }
    const { page } = await open('/#/revenue', 'revenue')
    const seen: string[] = []
    page.on('response', async (response) => {
      if (response.url().includes('/api/lago-analytics/')) seen.push(await response.text())
    })
    await page.reload()
    await page.waitForFunction(
      () => document.querySelectorAll('[data-state="loading"]').length === 0,
      undefined,
      {
        timeout: 45_000,
      },
    )
    expect(seen.length).toBeGreaterThan(0)
    expect(seen.some((body) => body.includes(key))).toBe(false)
    await page.close()
  })
})
