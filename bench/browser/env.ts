import type { BrowserContext, Page } from 'playwright-core'

/** What the browser sections share: built pages, one Chromium, where to put screenshots. */
export interface BrowserBenchEnv {
  /** Root of the page builds (`buildPages(outDir)`). */
  readonly outDir: string
  /** Where screenshots go (one per page, to check the charts really render). */
  readonly shotsDir: string
  readonly context: BrowserContext
  /** Runs per measurement (≥ 5 for published figures). */
  readonly runs: number
  log(message: string): void
}

/** A fresh tab for one run; page errors fail the run instead of passing silently. */
export async function freshPage(env: BrowserBenchEnv): Promise<{ page: Page; errors: string[] }> {
  const page = await env.context.newPage()
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  return { page, errors }
}

/** Waits for `window[name]` (the page's result) and returns it. */
export async function pageResult<T>(page: Page, name: string, timeoutMs: number): Promise<T> {
  const handle = await page.waitForFunction(
    (key) => (window as unknown as Record<string, unknown>)[key],
    name,
    { timeout: timeoutMs, polling: 50 },
  )
  return (await handle.jsonValue()) as T
}
