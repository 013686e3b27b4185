// @ts-check
import js from '@eslint/js'
import globals from 'globals'
import reactHooks from 'eslint-plugin-react-hooks'
import tseslint from 'typescript-eslint'

/** Packages that must stay framework-free: no React, ECharts or TanStack, ever. */
const FRAMEWORK_FREE = [
  'packages/client/**',
  'packages/core/**',
  'packages/simulator/**',
  'packages/server/**',
]

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '**/.turbo/**',
      '.tools/**',
      'coverage/**',
      'test-results/**',
      'storybook-static/**',
      '.storybook/public/**',
      '**/.next/**',
      '**/next-env.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      'no-console': 'off',
    },
  },
  {
    files: [
      'packages/react/**/*.{ts,tsx}',
      'packages/ui/**/*.{ts,tsx}',
      'examples/**/*.{ts,tsx}',
      'stories/**/*.{ts,tsx}',
    ],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: FRAMEWORK_FREE,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react/*', 'react-dom', 'react-dom/*'],
              message: 'client, core and simulator are framework-free: no React.',
            },
            {
              group: ['echarts', 'echarts/*', 'echarts-for-react', 'echarts-for-react/*'],
              message: 'client, core and simulator are framework-free: no ECharts.',
            },
            {
              group: ['@tanstack/*'],
              message: 'client, core and simulator are framework-free: no TanStack.',
            },
            {
              group: ['@lago-analytics/react', '@lago-analytics/ui', '@lago-analytics/server'],
              message: 'Layering is one-way: client, core → react → ui.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['packages/client/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'react',
                'react/*',
                'react-dom',
                'echarts',
                'echarts/*',
                'echarts-for-react',
                'echarts-for-react/*',
                '@tanstack/*',
              ],
              message: 'The client is framework-free.',
            },
            { group: ['@lago-analytics/*'], message: 'The client imports nothing of ours.' },
          ],
        },
      ],
    },
  },
)
