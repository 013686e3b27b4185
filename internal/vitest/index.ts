import { defineProject, type UserWorkspaceConfig } from 'vitest/config'

/** Shared Vitest project settings: source condition, node environment, sane timeouts. */
export function packageProject(name: string, overrides: UserWorkspaceConfig['test'] = {}) {
  return defineProject({
    resolve: { conditions: ['@lago-analytics/source'] },
    ssr: {
      resolve: {
        conditions: ['@lago-analytics/source'],
        externalConditions: ['@lago-analytics/source'],
      },
    },
    test: {
      name,
      environment: 'node',
      include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
      testTimeout: 20_000,
      ...overrides,
    },
  })
}
