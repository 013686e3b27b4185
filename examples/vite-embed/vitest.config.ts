import { packageProject } from '../../internal/vitest/index.ts'

export default packageProject('example-vite-embed', { include: ['server/**/*.test.ts'] })
