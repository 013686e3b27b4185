import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
)

/**
 * Page-level rules (one <main>, an <h1>, everything in landmarks) concern the host page a
 * component is embedded in, not a component on its own (off for stories, as in Storybook's a11y
 * addon).
 */
export const PAGE_LEVEL_RULES = ['region', 'landmark-one-main', 'page-has-heading-one']

/**
 * axe-core's violations on the page (injected once per page), one line each:
 * `rule: help (targets)`. `disabledRules` are switched off for this run.
 */
export async function axeViolations(page: Page, disabledRules: string[] = []): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource)
  return page.evaluate(async (disabled) => {
    const { axe } = window as unknown as {
      axe: {
        run: (
          context: unknown,
          options: unknown,
        ) => Promise<{ violations: { id: string; help: string; nodes: { target: unknown }[] }[] }>
      }
    }
    const result = await axe.run(document, {
      resultTypes: ['violations'],
      rules: Object.fromEntries(disabled.map((rule) => [rule, { enabled: false }])),
    })
    return result.violations.map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')})`,
    )
  }, disabledRules)
}
