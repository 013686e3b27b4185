import type { StorybookConfig } from '@storybook/react-vite'

/** Storybook for the whole library: stories under stories/ and beside the UI components. */
const config: StorybookConfig = {
  stories: [
    '../stories/**/*.mdx',
    '../stories/**/*.stories.@(ts|tsx)',
    '../packages/ui/src/**/*.stories.@(ts|tsx)',
  ],
  framework: { name: '@storybook/react-vite', options: {} },
  addons: ['@storybook/addon-docs'],
  staticDirs: ['./public'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  typescript: { reactDocgen: false },
  async viteFinal(viteConfig) {
    // Workspace packages resolve to their src/ (no build needed), as in tests.
    viteConfig.resolve ??= {}
    viteConfig.resolve.conditions = [
      '@lago-analytics/source',
      'browser',
      'module',
      'import',
      'default',
    ]
    return viteConfig
  },
}

export default config
