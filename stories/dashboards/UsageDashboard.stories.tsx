import { UsageDashboard } from '@lago-analytics/ui'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { storySimulator } from '../support/storyHandlers.ts'

const meta: Meta<typeof UsageDashboard> = {
  title: 'Dashboards/Usage & credits',
  component: UsageDashboard,
  args: { docsHref: 'https://docs.getlago.com' },
}
export default meta

type Story = StoryObj<typeof UsageDashboard>

const simulator = storySimulator()
const subscriptions = simulator.ledger.subscriptions
  .filter((subscription) => subscription.terminatedOn === null)
  .filter(
    (subscription) =>
      simulator.ledger.customers.find((c) => c.externalId === subscription.externalCustomerId)
        ?.currency === 'EUR',
  )
  .slice(0, 8)
  .map((subscription) => ({
    externalSubscriptionId: subscription.externalId,
    name: `${subscription.planCode} · ${subscription.externalCustomerId}`,
  }))

export const Complete: Story = { args: { subscriptions } }

/** Only the public REST API: usage works, the Data API widgets say what they need. */
export const PublicApiOnly: Story = { parameters: { lago: { dataApi: false } } }

const customer = simulator.ledger.customers.find(
  (c) => c.currency === 'EUR' && c.deletedAt === null && c.subscriptionExternalIds.length > 0,
)

/** A customer portal: one customer's usage, credits and forecast; customer filters hidden. */
export const CustomerPortal: Story = {
  args: {
    externalCustomerId: customer?.externalId,
    subscriptions: customer?.subscriptionExternalIds.map((id) => ({ externalSubscriptionId: id })),
    title: `Your usage — ${customer?.name ?? ''}`,
  },
}
