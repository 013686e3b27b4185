import { createLagoAnalyticsClient } from '@lago-analytics/client'
import { LagoAnalyticsProvider } from '@lago-analytics/react'
import type { SimulatorOptions } from '@lago-analytics/simulator'
import type { Decorator, Loader, Preview } from '@storybook/react-vite'
import { QueryClient } from '@tanstack/react-query'
import { setupWorker } from 'msw/browser'
import {
  STORY_NOW,
  STORY_PROXY_URL,
  storyHandlers,
  storySimulator,
} from '../stories/support/storyHandlers.ts'
import '@lago-analytics/ui/styles.css'

const worker = setupWorker()
let started: Promise<unknown> | undefined

/** Story parameter `lago`: simulator options and the provider's default currency. */
interface LagoParameters {
  simulator?: SimulatorOptions
  /** `false`: play a proxy without a Data API upstream (public REST only). */
  dataApi?: boolean
  currency?: string
  locale?: string
}

const simulatorLoader: Loader = async ({ parameters }) => {
  started ??= worker.start({
    quiet: true,
    onUnhandledRequest: 'bypass',
    serviceWorker: { url: './mockServiceWorker.js' },
  })
  await started
  const lago = (parameters.lago ?? {}) as LagoParameters
  worker.resetHandlers(
    ...storyHandlers(storySimulator(lago.simulator), { dataApi: lago.dataApi ?? true }),
  )
  return {}
}

const withLago: Decorator = (Story, { parameters, globals }) => {
  const lago = (parameters.lago ?? {}) as LagoParameters
  // A fresh cache per story render: stories never leak data into each other.
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  const client = createLagoAnalyticsClient({ proxyUrl: STORY_PROXY_URL, retry: { retries: 0 } })
  const theme = globals.theme === 'dark' ? 'dark' : 'light'
  return (
    <div
      className="lago-analytics"
      data-theme={theme}
      style={{
        padding: 16,
        background: 'var(--lago-analytics-bg, #fff)',
        color: 'var(--lago-analytics-text, #111)',
        minHeight: '100vh',
      }}
    >
      <LagoAnalyticsProvider
        client={client}
        queryClient={queryClient}
        now={() => STORY_NOW}
        locale={lago.locale ?? (globals.locale as string | undefined) ?? 'en-US'}
        defaultCurrency={lago.currency ?? 'EUR'}
      >
        <Story />
      </LagoAnalyticsProvider>
    </div>
  )
}

const preview: Preview = {
  loaders: [simulatorLoader],
  decorators: [withLago],
  globalTypes: {
    theme: {
      description: 'Colour scheme',
      toolbar: { title: 'Theme', icon: 'mirror', items: ['light', 'dark'], dynamicTitle: true },
    },
    locale: {
      description: 'Locale',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: ['en-US', 'fr-FR', 'de-DE', 'ja-JP'],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', locale: 'en-US' },
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true },
  },
}

export default preview
