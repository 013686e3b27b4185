import { packageProject } from '../vitest/index.ts'

export default packageProject('e2e', {
  include: ['*.test.ts'],
  testTimeout: 60_000,
  hookTimeout: 120_000,
  // Each file drives its own Chromium. Files run beside the other projects' (the root config's
  // workers) rather than alone at the end of the run, which `fileParallelism: false` would do.
  // Up to 3 stories at once, each in its own page (stories.test.ts keeps one page per story).
  maxConcurrency: 3,
})
