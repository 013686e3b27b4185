import { defineConfig } from 'tsup'

export default defineConfig({
  entry: [
    'src/index.ts',
    'src/index.browser.ts',
    'src/datasets.ts',
    'src/parseDatasetResponse.ts',
    'src/protocol.ts',
    'src/wire.ts',
  ],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
  treeshake: true,
})
