import { createTable } from '@lago-analytics/core/export'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import '../../../test/controlsHarness.tsx'
import { ExportMenu } from './ExportMenu.tsx'

// The Radix part of the menu, behind a gate: each test decides when "the chunk arrives".
const chunk = vi.hoisted(() => {
  let release = () => {}
  const arrived = new Promise<void>((resolve) => {
    release = resolve
  })
  return { requested: 0, arrived, release: () => release() }
})
vi.mock('./ExportMenuContent.tsx', async (importOriginal) => {
  chunk.requested++
  await chunk.arrived
  return importOriginal()
})

// The real part warmed up front, past the mock: the gate alone decides when the menu sees it.
beforeAll(async () => {
  await vi.importActual('./ExportMenuContent.tsx')
}, 60_000)

const table = createTable({
  columns: [{ key: 'id', header: 'Id', type: 'integer' }],
  rows: [[1]],
  meta: { dataset: 'small' },
})

// One file, one module registry: the chunk loads once, so the tests run in this order.
describe('ExportMenu loads its menu on first use', () => {
  it('renders a light trigger and imports nothing up front', async () => {
    render(<ExportMenu getTable={() => table} />)
    const trigger = screen.getByRole('button', { name: 'Export' })
    expect(trigger.getAttribute('aria-haspopup')).toBe('menu')
    expect(trigger.getAttribute('aria-expanded')).toBe('false')
    expect(trigger.getAttribute('data-state')).toBe('closed')
    expect(trigger.getAttribute('data-slot')).toBe('export-menu-trigger')
    expect(trigger.className).toBe('lago-analytics-button lago-analytics-export-menu__trigger')
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(chunk.requested).toBe(0)
    expect(screen.queryByRole('menu')).toBeNull()
  })

  it('keyboard before the chunk arrives: ArrowDown opens, focus lands on the first item, Escape returns it', async () => {
    const user = userEvent.setup()
    render(<ExportMenu getTable={() => table} />)
    const trigger = screen.getByRole('button', { name: 'Export' })
    await user.tab()
    expect(document.activeElement).toBe(trigger)
    expect(chunk.requested).toBe(1) // focus warms the chunk

    await user.keyboard('{ArrowDown}')
    expect(trigger.getAttribute('aria-expanded')).toBe('true')
    expect(trigger.getAttribute('data-state')).toBe('loading')
    expect(trigger.getAttribute('aria-busy')).toBe('true')
    expect(screen.queryByRole('menu')).toBeNull()
    expect(document.activeElement).toBe(trigger)

    chunk.release()
    const menu = await screen.findByRole('menu')
    const items = within(menu).getAllByRole('menuitem')
    expect(items.map((item) => item.textContent)).toEqual(['JSON', 'CSV', 'Excel (.xlsx)'])
    await waitFor(() => expect(document.activeElement).toBe(items[0]))
    // Radix owns the trigger now: same element, its attributes.
    expect(screen.getByRole('button', { name: 'Export' })).toBe(trigger)
    expect(trigger.getAttribute('data-state')).toBe('open')
    expect(trigger.getAttribute('aria-controls')).toBe(menu.id)
    expect(menu.getAttribute('aria-labelledby')).toBe(trigger.id)
    await user.keyboard('{ArrowDown}')
    expect(document.activeElement).toBe(items[1])

    await user.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('menu')).toBeNull())
    expect(document.activeElement).toBe(trigger)
    expect(trigger.getAttribute('aria-expanded')).toBe('false')

    // Loaded: Radix handles the next opening (Enter focuses the first item too).
    await user.keyboard('{Enter}')
    const again = await screen.findByRole('menu')
    await waitFor(() =>
      expect(document.activeElement).toBe(within(again).getAllByRole('menuitem')[0]),
    )
    expect(chunk.requested).toBe(1)
  })

  it('defaultOpen opens without interaction; a controlled `open` decides', async () => {
    const first = render(<ExportMenu getTable={() => table} defaultOpen />)
    expect(await screen.findByRole('menu')).toBeTruthy()
    first.unmount()

    const user = userEvent.setup()
    const onOpenChange = vi.fn()
    function Host() {
      const [open, setOpen] = useState(false)
      return (
        <>
          <ExportMenu getTable={() => table} open={open} onOpenChange={onOpenChange} />
          <button type="button" onClick={() => setOpen(true)}>
            Host opens
          </button>
        </>
      )
    }
    render(<Host />)
    await user.click(screen.getByRole('button', { name: 'Export' }))
    expect(onOpenChange).toHaveBeenLastCalledWith(true)
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(screen.queryByRole('menu')).toBeNull() // the host did not open it
    await user.click(screen.getByRole('button', { name: 'Host opens' }))
    expect(await screen.findByRole('menu')).toBeTruthy()
  })
})
