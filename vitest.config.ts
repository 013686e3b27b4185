import { defineConfig } from 'vitest/config'

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
    projects: [
      'packages/*/vitest.config.ts',
      'examples/*/vitest.config.ts',
      'internal/*/vitest.config.ts',
    ],
  },
})
