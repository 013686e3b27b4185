import { packageProject } from '../vitest/index.ts'

export default packageProject('contract', { include: ['*.test.ts'] })
