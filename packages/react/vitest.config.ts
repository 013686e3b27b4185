import { packageProject } from '../../internal/vitest/index.ts'

export default packageProject('react', {
  environment: 'jsdom',
  include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
  setupFiles: ['./test/cleanup.ts'],
})
