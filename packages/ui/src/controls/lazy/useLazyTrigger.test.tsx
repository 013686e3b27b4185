import * as Popover from '@radix-ui/react-popover'
import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import '../../../test/controlsHarness.tsx'
import { lazyModule, type LazyModule } from './lazyModule.ts'
import { BridgeSlot, useLazyTrigger, type TriggerBridge } from './useLazyTrigger.tsx'

interface PartProps {
  bridge: TriggerBridge
  open: boolean
  onOpenChange: (open: boolean) => void
}

/** A part as the controls load them: a Radix Popover whose trigger is the light button. */
function PopoverPart({ bridge, open, onOpenChange }: PartProps) {
  return (
    <Popover.Root open={open} onOpenChange={onOpenChange}>
      <Popover.Trigger asChild>
        <BridgeSlot bridge={bridge} />
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content aria-label="Part">
          <button type="button">Inside</button>
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  )
}

type Part = { PopoverPart: typeof PopoverPart }

function Control({ module }: { module: LazyModule<Part> }) {
  const [open, setOpen] = useState(false)
  const lazy = useLazyTrigger({ module, open, setOpen })
  const Loaded = lazy.part
  return (
    <>
      <button
        {...lazy.triggerProps({
          attributes: {
            type: 'button',
            'aria-haspopup': 'dialog',
            'aria-expanded': open,
            'data-state': open ? 'open' : 'closed',
          },
          onClick: () => lazy.request(!open, 'pointer'),
        })}
        className="light"
      >
        Open
      </button>
      {Loaded ? (
        <Loaded.PopoverPart bridge={lazy.bridge} open={open} onOpenChange={setOpen} />
      ) : null}
    </>
  )
}

afterEach(() => vi.restoreAllMocks())

describe('useLazyTrigger', () => {
  it('hands the same button to Radix once the part loads: its ids, state and handlers', async () => {
    const user = userEvent.setup()
    const importer = vi.fn(() => Promise.resolve({ PopoverPart }))
    render(<Control module={lazyModule(importer)} />)
    const trigger = screen.getByRole('button', { name: 'Open' })
    expect(trigger.getAttribute('aria-controls')).toBeNull()
    await user.click(trigger)
    const dialog = await screen.findByRole('dialog', { name: 'Part' })
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Inside'))
    expect(trigger.getAttribute('aria-controls')).toBe(dialog.id)
    expect(trigger.getAttribute('data-state')).toBe('open')
    expect(trigger.className).toBe('light')
    // Radix's click handler toggles now (an outside press on the trigger does not reopen it).
    await user.click(trigger)
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(trigger.getAttribute('aria-expanded')).toBe('false')
    expect(importer).toHaveBeenCalledTimes(1)
  })

  it('a chunk that fails to load closes the control, is reported, and is retried next time', async () => {
    const user = userEvent.setup()
    const reported: unknown[] = []
    const original = globalThis.reportError
    globalThis.reportError = (error: unknown) => reported.push(error)
    try {
      const importer = vi
        .fn<() => Promise<Part>>()
        .mockRejectedValueOnce(new Error('preload failed')) // focus warms it: quietly
        .mockRejectedValueOnce(new Error('chunk failed'))
        .mockResolvedValueOnce({ PopoverPart })
      render(<Control module={lazyModule(importer)} />)
      const trigger = screen.getByRole('button', { name: 'Open' })
      trigger.focus()
      await user.keyboard('{Enter}')
      await waitFor(() => expect(reported).toEqual([new Error('chunk failed')]))
      expect(trigger.getAttribute('aria-expanded')).toBe('false')
      expect(trigger.getAttribute('data-state')).toBe('closed')
      await user.keyboard('{Enter}')
      expect(await screen.findByRole('dialog', { name: 'Part' })).toBeTruthy()
      expect(importer).toHaveBeenCalledTimes(3)
    } finally {
      globalThis.reportError = original
    }
  })
})
