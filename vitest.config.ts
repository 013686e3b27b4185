import { availableParallelism } from 'node:os'
import { relative } from 'node:path'
import { defineConfig } from 'vitest/config'
import { BaseSequencer, type TestSpecification } from 'vitest/node'

/**
 * Files that take minutes (real browsers, a Next.js production build), longest first. They start
 * before everything else, so the short files fill the other workers around them instead of
 * leaving one long file running alone at the end.
 */
const SLOW_FIRST = [
  'internal/e2e/stories.test.ts',
  'examples/nextjs-app-router/test/',
  'internal/e2e/',
]

class SlowFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) => {
      const path = relative(import.meta.dirname, file.moduleId).replaceAll('\\', '/')
      const index = SLOW_FIRST.findIndex((prefix) => path.startsWith(prefix))
      return index === -1 ? SLOW_FIRST.length : index
    }
    // Array sort is stable: Vitest's own order holds within each rank.
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b))
  }
}

/**
 * One Vitest run for the whole workspace. Each package is a project; the
 * `@lago-analytics/source` condition makes workspace imports resolve to `src/`,
 * so tests never need a build.
 */
export default defineConfig({
  resolve: {
    conditions: ['@lago-analytics/source'],
  },
  ssr: {
    resolve: {
      conditions: ['@lago-analytics/source'],
      externalConditions: ['@lago-analytics/source'],
    },
  },
  test: {
    // Vitest's default is one worker less than the cores: a single worker on a 2-core machine,
    // where the slow files mostly wait for their browser or `next build` child processes.
    maxWorkers: Math.max(2, availableParallelism()),
    sequence: { sequencer: SlowFirstSequencer },
    projects: [
      'packages/*/vitest.config.ts',
      'examples/*/vitest.config.ts',
      'internal/*/vitest.config.ts',
    ],
  },
})
