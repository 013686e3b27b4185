import { render, screen } from '@testing-library/react'
import { createRef } from 'react'
import { describe, expect, it } from 'vitest'
import { harness } from '../../../test/controlsHarness.tsx'
import { FreshnessBadge } from './FreshnessBadge.tsx'

function badge(): HTMLElement {
  const element = document.querySelector('[data-slot="freshness-badge"]')
  if (!(element instanceof HTMLElement)) throw new Error('no badge')
  return element
}

/** Visible text (without the screen-reader description). */
function visibleText(): string {
  const clone = badge().cloneNode(true) as HTMLElement
  clone.querySelectorAll('.lago-analytics-sr-only').forEach((node) => node.remove())
  return (clone.textContent ?? '').replace(/\u202f|\u00a0/g, ' ')
}

describe('FreshnessBadge', () => {
  // The harness clock is 2026-11-24T09:30Z: data as of 00:00 UTC, next refresh 00:15 UTC
  // tomorrow, 14 h 45 min away.
  it.each([
    ['en-US', 'Data as of Nov 24, 2026, 12:00 AM UTC · next refresh in 15 hours'],
    ['fr-FR', 'Données au 24 nov. 2026, 00:00 UTC · prochaine actualisation dans 15 heures'],
    ['de-DE', 'Daten vom 24.11.2026, 00:00 UTC · nächste Aktualisierung in 15 Stunden'],
    ['ja-JP', 'データ基準: 2026/11/24 0:00 UTC · 次回更新: 15 時間後'],
  ])('reads the provider clock and locale: %s', (locale, expected) => {
    const { wrapper: Wrapper } = harness({ locale })
    render(
      <Wrapper>
        <FreshnessBadge />
      </Wrapper>,
    )
    expect(visibleText()).toBe(expected)
    expect(badge().querySelector('time')?.getAttribute('dateTime')).toBe('2026-11-24T00:00:00.000Z')
  })

  it('explains the daily refresh in a tooltip and as the accessible description', () => {
    render(<FreshnessBadge now={new Date('2026-11-24T23:40:00Z')} locale="en-US" />)
    const explanation = badge().getAttribute('title') ?? ''
    expect(explanation).toMatch(/once a day, around 00:00 UTC/)
    expect(explanation).toMatch(/partial/)
    const described = document.getElementById(badge().getAttribute('aria-describedby') ?? '')
    expect(described?.textContent).toBe(explanation)
    expect(visibleText()).toBe('Data as of Nov 24, 2026, 12:00 AM UTC · next refresh in 35 minutes')
  })

  it('works without a provider from props, in a display time zone', () => {
    const ref = createRef<HTMLSpanElement>()
    render(
      <FreshnessBadge
        ref={ref}
        className="host"
        data-testid="badge"
        now={new Date('2026-03-02T10:00:00Z')}
        dataAsOf={new Date('2026-03-01T00:00:00Z')}
        nextRefreshAt={new Date('2026-03-02T11:00:00Z')}
        locale="en-GB"
        timeZone="Europe/Paris"
        messages={{ dataAsOf: (date) => `Updated ${date}` }}
      />,
    )
    expect(ref.current).toBe(screen.getByTestId('badge'))
    expect(ref.current?.className).toBe('lago-analytics lago-analytics-freshness-badge host')
    expect(visibleText()).toBe('Updated 1 Mar 2026, 01:00 CET · next refresh in 60 minutes')
    expect(badge().getAttribute('data-state')).toBe('fresh')
  })

  it('says the refresh is due once its time has passed', () => {
    render(
      <FreshnessBadge
        now={new Date('2026-03-02T00:20:00Z')}
        dataAsOf={new Date('2026-03-01T00:00:00Z')}
        nextRefreshAt={new Date('2026-03-02T00:15:00Z')}
        hideNextRefresh={false}
      />,
    )
    expect(badge().getAttribute('data-state')).toBe('due')
    expect(visibleText()).toMatch(/refresh due$/)
  })
})
