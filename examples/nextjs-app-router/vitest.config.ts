import { packageProject } from '../../internal/vitest/index.ts'

// One `next build` (about 1.5–3 minutes on 2 cores) in beforeAll, then `next start`.
export default packageProject('example-nextjs', {
  include: ['test/**/*.test.ts'],
  hookTimeout: 360_000,
  testTimeout: 30_000,
})
