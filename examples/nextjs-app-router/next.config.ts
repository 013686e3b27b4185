import type { NextConfig } from 'next'

/** The export condition that makes every `@lago-analytics/*` import resolve to its `src/`. */
const SOURCE_CONDITION = '@lago-analytics/source'

const config: NextConfig = {
  // Workspace packages are TypeScript sources: let Next compile them like the app's own files.
  transpilePackages: [
    '@lago-analytics/client',
    '@lago-analytics/core',
    '@lago-analytics/react',
    '@lago-analytics/server',
    '@lago-analytics/simulator',
    '@lago-analytics/ui',
  ],
  webpack(webpackConfig: { resolve?: { conditionNames?: string[] } }) {
    // Put the source condition first for every compilation (server, client, edge). '...' keeps
    // webpack's defaults when Next has not set its own list.
    webpackConfig.resolve ??= {}
    const current = webpackConfig.resolve.conditionNames ?? ['...']
    webpackConfig.resolve.conditionNames = [SOURCE_CONDITION, ...current]
    return webpackConfig
  },
  // The repository lints and type-checks this app itself (eslint ., pnpm typecheck).
  eslint: { ignoreDuringBuilds: true },
  typescript: { ignoreBuildErrors: true },
  poweredByHeader: false,
}

export default config
