import { defineConfig } from 'tsup'

export default defineConfig({
  // The main entry and the `./export` and `./filters` subpaths (package.json `exports`).
  entry: ['src/index.ts', 'src/export/index.ts', 'src/filters/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
  treeshake: true,
  // Code the entries share (errors, money, time) goes to shared chunks in CJS too, not into a
  // copy per entry: one `LagoCoreError` class, so `instanceof` holds across the subpaths.
  splitting: true,
})
