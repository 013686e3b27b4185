import { FreshnessBadge } from '@lago-analytics/ui'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { Section, StoryFrame } from './support/StoryFrame.tsx'

/**
 * `FreshnessBadge`: "Data as of … · next refresh in …". Lago refreshes analytics once a day
 * around 00:00 UTC; inside a provider the badge follows its clock (fixed at
 * 2026-11-24 09:30 UTC in these stories) and refresh margin (15 minutes). Built-in words: en, fr,
 * de, ja; the title and the accessible description explain partial periods.
 */
const meta: Meta<typeof FreshnessBadge> = {
  title: 'Components/FreshnessBadge',
  component: FreshnessBadge,
  render: (args) => (
    <StoryFrame title="Data freshness">
      <div>
        <FreshnessBadge {...args} />
      </div>
    </StoryFrame>
  ),
}
export default meta

type Story = StoryObj<typeof FreshnessBadge>

/** From the provider: its clock, locale (en-US) and time zone (UTC). */
export const English: Story = {}

export const French: Story = { parameters: { lago: { locale: 'fr-FR' } } }

export const German: Story = { parameters: { lago: { locale: 'de-DE' } } }

export const Japanese: Story = { parameters: { lago: { locale: 'ja-JP' } } }

/** The four built-in languages side by side (`locale` prop), and two display time zones. */
export const Locales: Story = {
  render: () => (
    <StoryFrame title="Data freshness in every built-in language">
      {(
        [
          ['English', 'en-US', 'UTC'],
          ['Français', 'fr-FR', 'UTC'],
          ['Deutsch (Europe/Berlin)', 'de-DE', 'Europe/Berlin'],
          ['日本語 (Asia/Tokyo)', 'ja-JP', 'Asia/Tokyo'],
        ] as const
      ).map(([title, locale, timeZone]) => (
        <Section key={locale} title={title}>
          <div lang={locale}>
            <FreshnessBadge locale={locale} timeZone={timeZone} />
          </div>
        </Section>
      ))}
    </StoryFrame>
  ),
}

/** The cut-off shown in the viewer's zone; the refresh is still 00:00 UTC. */
export const TimeZone: Story = { args: { timeZone: 'America/Los_Angeles' } }

/** Less than 90 minutes before the refresh, the relative part counts minutes. */
export const MinutesBeforeRefresh: Story = {
  args: { now: new Date('2026-11-24T23:50:00Z') },
}

/**
 * Past the expected refresh (00:00 UTC + margin) with no newer data: `data-state="due"` and
 * "refresh due".
 */
export const RefreshDue: Story = {
  args: {
    now: new Date('2026-11-25T01:00:00Z'),
    dataAsOf: new Date('2026-11-24T00:00:00Z'),
    nextRefreshAt: new Date('2026-11-25T00:15:00Z'),
  },
}

export const ShortRelativeTime: Story = { args: { relativeStyle: 'short' } }

export const HideNextRefresh: Story = { args: { hideNextRefresh: true } }

/** Every word can be replaced through `messages` (any language). */
export const CustomMessages: Story = {
  parameters: { lago: { locale: 'es-ES' } },
  args: {
    messages: {
      dataAsOf: (date: string) => `Datos a ${date}`,
      nextRefresh: (relative: string) => `próxima actualización ${relative}`,
      refreshDue: 'actualización pendiente',
      explanation:
        'Lago actualiza los análisis una vez al día hacia las 00:00 UTC; el día y el periodo en curso son parciales.',
    },
  },
}
