/**
 * Every Storybook story, in light and dark, in real Chromium: it renders without errors, settles
 * (no widget left loading), has 0 axe-core violations, and leaves a screenshot in
 * test-results/stories/. Needs `npm run build-storybook` first (npm test does it).
 *
 * A few long-lived pages load Storybook's iframe once and then switch stories the way Storybook's
 * own UI does (`setCurrentStory` on the preview channel), so the bundle, MSW's service worker,
 * axe-core and the simulators built for earlier stories stay loaded. Each story still gets a fresh
 * mount, fresh MSW handlers and a fresh query cache (see .storybook/preview.tsx), and a page that
 * saw a failure is closed, so a broken story never leaks into the next one.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { axeViolations, PAGE_LEVEL_RULES } from './axeViolations.ts'
import { launchChromium } from './launchChromium.ts'
import { serveStatic } from './staticServer.ts'

const root = join(import.meta.dirname, '..', '..')
const staticDir = join(root, 'storybook-static')
const screenshots = join(root, 'test-results', 'stories')

interface IndexEntry {
  id: string
  title: string
  name: string
  type: 'story' | 'docs'
  tags?: string[]
}

type Theme = 'light' | 'dark'

/** What the tests use of Storybook's preview channel, inside the page. */
interface PreviewWindow {
  __STORYBOOK_ADDONS_CHANNEL__?: {
    /** The last arguments each event was emitted with. */
    data: Record<string, unknown[] | undefined>
    emit(event: string, ...args: unknown[]): void
  }
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

/** Preview channel events that mean a story failed to load or render. */
const STORY_ERROR_EVENTS = [
  'storyErrored',
  'storyThrewException',
  'storyMissing',
  'playFunctionThrewException',
  'unhandledErrorsWhilePlaying',
]
/** A story id that does not exist: selecting it unmounts the current story (Storybook's "missing"). */
const NO_STORY = 'e2e--no-story'
/** Pages working at once: one per concurrent test (`maxConcurrency` in vitest.config.ts). */
const PAGES = 3

interface StoryPage {
  page: Page
  theme: Theme
  /** Uncaught errors in the page since the current story was selected. */
  errors: string[]
}

let server: Awaited<ReturnType<typeof serveStatic>>
let browser: Awaited<ReturnType<typeof launchChromium>>
/** Pages with nothing to do; a test takes one (or opens one) and gives it back if it passed. */
const idle: StoryPage[] = []

/** Selects a story (or NO_STORY) after forgetting what the channel remembers of the last one. */
async function select(page: Page, storyId: string): Promise<void> {
  await page.evaluate(
    ({ storyId, events }) => {
      const channel = (window as PreviewWindow).__STORYBOOK_ADDONS_CHANNEL__!
      for (const event of events) delete channel.data[event]
      channel.emit('setCurrentStory', { storyId, viewMode: 'story' })
    },
    { storyId, events: [...STORY_ERROR_EVENTS, 'storyFinished'] },
  )
}

/**
 * Resolves once Storybook has finished the story (loaders, render and play, successfully or not) or
 * reported an error; then returns Storybook's errors for it: error events, a failed finish.
 */
async function finished(page: Page, storyId: string, timeout: number): Promise<string[]> {
  await page.waitForFunction(
    ({ storyId, errorEvents }) => {
      const data = (window as PreviewWindow).__STORYBOOK_ADDONS_CHANNEL__?.data ?? {}
      const finish = data.storyFinished?.[0] as { storyId?: string } | undefined
      return finish?.storyId === storyId || errorEvents.some((event) => data[event])
    },
    { storyId, errorEvents: STORY_ERROR_EVENTS },
    { timeout },
  )
  return page.evaluate((errorEvents) => {
    const data = (window as PreviewWindow).__STORYBOOK_ADDONS_CHANNEL__!.data
    const errors = errorEvents
      .filter((event) => data[event])
      .map((event) => `${event}: ${JSON.stringify(data[event])}`)
    const finish = data.storyFinished?.[0] as { status?: string } | undefined
    if (finish && finish.status !== 'success') errors.push(`storyFinished: ${finish.status}`)
    return errors
  }, STORY_ERROR_EVENTS)
}

/**
 * Unmounts the story shown (selects NO_STORY) and lets a couple of frames pass, so that nothing
 * it left scheduled runs during the next story. Returns what was thrown meanwhile, and clears it.
 */
async function unmount(storyPage: StoryPage): Promise<string[]> {
  const { page } = storyPage
  await select(page, NO_STORY)
  await page.waitForFunction(
    (noStory) =>
      (window as PreviewWindow).__STORYBOOK_ADDONS_CHANNEL__?.data.storyMissing?.[0] === noStory,
    NO_STORY,
    { timeout: 20_000 },
  )
  await page.evaluate(
    () =>
      new Promise((resolve) => {
        requestAnimationFrame(() => requestAnimationFrame(resolve))
        setTimeout(resolve, 500)
      }),
  )
  return storyPage.errors.splice(0)
}

/**
 * A page with Storybook's iframe loaded and warmed up by one full story render (chunks, MSW's
 * worker, the default simulator), then left showing no story. Slow work that should not count
 * against any one story's time limits.
 */
async function openPage(theme: Theme): Promise<StoryPage> {
  const page = await browser.context.newPage()
  const storyPage: StoryPage = { page, theme, errors: [] }
  page.on('pageerror', (error) => storyPage.errors.push(error.message))
  const warmUp = stories[0]!.id
  await page.goto(`${server.url}/iframe.html?id=${warmUp}&viewMode=story&globals=theme:${theme}`, {
    timeout: 60_000,
  })
  const warmUpErrors = [...(await finished(page, warmUp, 60_000)), ...storyPage.errors]
  if (warmUpErrors.length > 0) throw new Error(`warm-up story ${warmUp}: ${warmUpErrors}`)
  // Every story's module, so that no story waits for its chunk.
  await page.evaluate(
    (ids) =>
      (window as PreviewWindow).__STORYBOOK_ADDONS_CHANNEL__!.emit('preloadStories', { ids }),
    stories.map((story) => story.id),
  )
  reportUnmountErrors(warmUp, theme, await unmount(storyPage))
  return storyPage
}

/**
 * Errors thrown after a story was unmounted (e.g. a chart library's frame callback after dispose):
 * reported, not failed: they are outside what a story test covers (a fresh page per story never
 * saw them), and the next story starts clean either way.
 */
function reportUnmountErrors(storyId: string, theme: Theme, errors: string[]): void {
  if (errors.length > 0) {
    console.warn(`[stories] ${storyId} (${theme}) threw after unmounting: ${errors.join('; ')}`)
  }
}

async function takePage(theme: Theme): Promise<StoryPage> {
  const storyPage = idle.pop() ?? (await openPage(theme))
  if (storyPage.theme !== theme) {
    // As the toolbar does (idle pages show no story, so nothing re-renders in the old theme).
    await storyPage.page.evaluate(
      (theme) =>
        (window as PreviewWindow).__STORYBOOK_ADDONS_CHANNEL__!.emit('updateGlobals', {
          globals: { theme },
        }),
      theme,
    )
    storyPage.theme = theme
  }
  return storyPage
}

beforeAll(async () => {
  mkdirSync(screenshots, { recursive: true })
  server = await serveStatic(staticDir)
  browser = await launchChromium()
  idle.push(...(await Promise.all(Array.from({ length: PAGES }, () => openPage('light')))))
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
      const storyPage = await takePage(theme)
      const { page, errors } = storyPage
      let passed = false
      try {
        await select(page, story.id)
        const storybookErrors = await finished(page, story.id, 20_000)
        await page.waitForSelector('#storybook-root > *', { timeout: 20_000 })
        const shownTheme = await page.evaluate(
          () => document.querySelector<HTMLElement>('#storybook-root [data-theme]')?.dataset.theme,
        )
        // Settled: nothing still loading (widgets expose data-state), unless loading is the point.
        if (!allowsLoading(story)) {
          await page.waitForFunction(
            () => document.querySelectorAll('[data-state="loading"]').length === 0,
            undefined,
            { timeout: 20_000 },
          )
        }
        const violations = await axeViolations(page, PAGE_LEVEL_RULES)
        await page.screenshot({
          path: join(screenshots, `${story.id}--${theme}.png`),
          fullPage: true,
        })
        expect(shownTheme).toBe(theme)
        expect(storybookErrors).toEqual([])
        expect(errors).toEqual([])
        expect(violations).toEqual([])
        passed = true
      } finally {
        // Back to the pool only if it passed and unmounts cleanly enough to be reused.
        const reusable =
          passed &&
          (await unmount(storyPage).then(
            (errors) => (reportUnmountErrors(story.id, theme, errors), true),
            () => false,
          ))
        if (reusable) idle.push(storyPage)
        else await page.close()
      }
    },
  )
})
