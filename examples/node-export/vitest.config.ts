import { packageProject } from '../../internal/vitest/index.ts'

export default packageProject('example-node-export')
