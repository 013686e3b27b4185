import { act, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type * as LagoReact from '@lago-analytics/react'
import { describe, expect, it, vi } from 'vitest'
import { harness } from '../../test/controlsHarness.tsx'
import { UsageDashboard } from './UsageDashboard.tsx'

/** While true, the prepaid-credits hook throws during render (a transform bug, say). */
const failing = vi.hoisted(() => ({ credits: true }))

vi.mock('@lago-analytics/react', async (importOriginal) => {
  const actual = await importOriginal<typeof LagoReact>()
  return {
    ...actual,
    usePrepaidCredits: (...args: Parameters<typeof actual.usePrepaidCredits>) => {
      if (failing.credits) throw new Error('credits transform failed')
      return actual.usePrepaidCredits(...args)
    },
  }
})

describe('WidgetSlot', () => {
  it('keeps a widget whose own hooks throw inside its place: a titled error panel, the rest renders, Retry recovers', async () => {
    const h = harness()
    const user = userEvent.setup()
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {})
    const { container } = render(<UsageDashboard widgets={['credits', 'usageOverTime']} />, {
      wrapper: h.wrapper,
    })
    const credits = screen.getByRole('region', { name: 'Prepaid credits' })
    expect(credits.getAttribute('data-widget')).toBe('credits')
    // In the place the widget had: the full row.
    expect(credits.getAttribute('data-span')).toBe('12')
    expect(within(credits).getByRole('alert').textContent).toContain(
      'This widget could not be displayed.',
    )
    await waitFor(
      () =>
        expect(
          container
            .querySelector('[data-widget="usageOverTime"] [data-slot="chart"]')
            ?.getAttribute('data-state'),
        ).toBe('ready'),
      { timeout: 15_000 },
    )
    failing.credits = false
    await user.click(within(credits).getByRole('button', { name: 'Retry' }))
    const recovered = await screen.findByRole('region', { name: 'Prepaid credits' })
    expect(within(recovered).queryByRole('alert')).toBeNull()
    expect(recovered.querySelector('[data-slot="chart"]')).not.toBeNull()
    consoleError.mockRestore()
    await act(async () => undefined)
  })
})
