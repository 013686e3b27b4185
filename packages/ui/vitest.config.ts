import { packageProject } from '../../internal/vitest/index.ts'

export default packageProject('ui', {
  environment: 'jsdom',
  include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
  setupFiles: ['./test/setup.ts'],
})
