import { packageProject } from '../vitest/index.ts'

export default packageProject('e2e', {
  include: ['*.test.ts'],
  testTimeout: 60_000,
  hookTimeout: 120_000,
  // One browser, stories one after another: a 2-core machine stays responsive.
  fileParallelism: false,
  // Up to 3 stories at once, each in its own page of the one browser.
  maxConcurrency: 3,
})
