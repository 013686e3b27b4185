import { packageProject } from '../../internal/vitest/index.ts'

// Test files share one module graph per worker, so the simulators built by `test/helpers.ts`
// (and the compiled sources) are reused across files instead of rebuilt for each one.
export default packageProject('simulator', { isolate: false })
