import { packageProject } from '../vitest/index.ts'

export default packageProject('repo-checks', { include: ['*.test.ts'] })
