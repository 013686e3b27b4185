import { RevenueDashboard } from '@lago-analytics/ui'
import type { Meta, StoryObj } from '@storybook/react-vite'

const meta: Meta<typeof RevenueDashboard> = {
  title: 'Dashboards/Revenue',
  component: RevenueDashboard,
  args: { docsHref: 'https://docs.getlago.com' },
}
export default meta

type Story = StoryObj<typeof RevenueDashboard>

/** Lago with the Data API (premium): every widget. */
export const Complete: Story = {}

/** Only the public REST API (an API key, no Data API): gross revenue and invoiced MRR instead. */
export const PublicApiOnly: Story = { parameters: { lago: { dataApi: false } } }

/** A self-hosted Lago without the premium licence. */
export const WithoutPremium: Story = { parameters: { lago: { simulator: { premium: false } } } }

export const Yen: Story = { args: { initialFilters: { currency: 'JPY' } } }
