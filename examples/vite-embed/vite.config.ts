import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

export default defineConfig({
  plugins: [react()],
  resolve: { conditions: ['@lago-analytics/source', 'browser', 'module', 'import', 'default'] },
  build: { outDir: 'dist', sourcemap: true },
})
