import { packageProject } from '../../internal/vitest/index.ts'

// Core tests are pure (no shared mutable state beyond TZ, which the time-zone suite restores),
// so test files can share module instances: this roughly halves the run time.
export default packageProject('core', { isolate: false })
