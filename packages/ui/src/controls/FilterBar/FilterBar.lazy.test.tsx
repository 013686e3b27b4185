import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import '../../../test/controlsHarness.tsx'
import { FilterBar } from './FilterBar.ts'

// Each popover part behind a gate: a test decides when "its chunk arrives".
const chunks = vi.hoisted(() => {
  function gate() {
    let release = () => {}
    const arrived = new Promise<void>((resolve) => {
      release = resolve
    })
    return { requested: 0, arrived, release: () => release() }
  }
  return { select: gate(), dateRange: gate(), combobox: gate() }
})
vi.mock('./FilterSelectContent.tsx', async (importOriginal) => {
  chunks.select.requested++
  await chunks.select.arrived
  return importOriginal()
})
vi.mock('./DateRangePopover.tsx', async (importOriginal) => {
  chunks.dateRange.requested++
  await chunks.dateRange.arrived
  return importOriginal()
})
vi.mock('./ComboboxPopover.tsx', async (importOriginal) => {
  chunks.combobox.requested++
  await chunks.combobox.arrived
  return importOriginal()
})

// The real parts and their dependencies (react-day-picker is slow to import in Node) warmed up
// front, past the mocks: the gates alone decide when a control sees its chunk.
beforeAll(async () => {
  await Promise.all([
    vi.importActual('./FilterSelectContent.tsx'),
    vi.importActual('./DateRangePopover.tsx'),
    vi.importActual('./ComboboxPopover.tsx'),
  ])
}, 60_000)

const NOW = new Date('2026-11-24T09:30:00Z')
const customers = [
  { value: 'cus_1', label: 'Acme' },
  { value: 'cus_2', label: 'Globex' },
]

function Bar() {
  return (
    <FilterBar.Root now={NOW}>
      <FilterBar.DateRange />
      <FilterBar.Granularity />
      <FilterBar.Currency options={['EUR', 'USD']} />
      <FilterBar.Customer options={customers} />
    </FilterBar.Root>
  )
}

const requested = () => ({
  select: chunks.select.requested,
  dateRange: chunks.dateRange.requested,
  combobox: chunks.combobox.requested,
})

// One file, one module registry: each chunk loads once, so the tests run in this order.
describe('FilterBar loads its popovers on first use', () => {
  it('renders light triggers with the Radix ARIA and imports no popover up front', async () => {
    const user = userEvent.setup()
    render(<Bar />)
    const granularity = screen.getByRole('combobox', { name: 'Granularity' })
    expect(granularity.textContent).toBe('Month')
    expect(granularity.getAttribute('aria-expanded')).toBe('false')
    expect(granularity.getAttribute('aria-autocomplete')).toBe('none')
    expect(granularity.getAttribute('data-state')).toBe('closed')
    expect(granularity.getAttribute('data-slot')).toBe('filter-granularity-trigger')
    expect(granularity.className).toBe('lago-analytics-filter__trigger')
    const range = screen.getByRole('button', { name: /^Date range Last 12 months/ })
    expect(range.getAttribute('aria-haspopup')).toBe('dialog')
    expect(range.getAttribute('aria-expanded')).toBe('false')
    const customer = screen.getByRole('button', { name: 'Customer All customers' })
    expect(customer.getAttribute('aria-haspopup')).toBe('dialog')
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(requested()).toEqual({ select: 0, dateRange: 0, combobox: 0 })
    expect(screen.queryByRole('listbox')).toBeNull()
    expect(screen.queryByRole('dialog')).toBeNull()

    // Pointer over a trigger warms its chunk (and only its chunk).
    await user.hover(granularity)
    expect(requested()).toEqual({ select: 1, dateRange: 0, combobox: 0 })
  })

  it('Select, keyboard before the chunk arrives: ArrowDown opens, focus lands on the selected option, Escape returns it', async () => {
    const user = userEvent.setup()
    render(<Bar />)
    const granularity = screen.getByRole('combobox', { name: 'Granularity' })
    granularity.focus()

    // Escape cancels an opening still loading.
    await user.keyboard('{ArrowDown}')
    expect(granularity.getAttribute('aria-expanded')).toBe('true')
    expect(granularity.getAttribute('data-state')).toBe('loading')
    await user.keyboard('{Escape}')
    expect(granularity.getAttribute('aria-expanded')).toBe('false')
    expect(granularity.getAttribute('data-state')).toBe('closed')

    await user.keyboard('{ArrowDown}')
    expect(screen.queryByRole('listbox')).toBeNull()
    expect(document.activeElement).toBe(granularity)
    chunks.select.release()
    const listbox = await screen.findByRole('listbox')
    const month = within(listbox).getByRole('option', { name: 'Month' })
    await waitFor(() => expect(document.activeElement).toBe(month))
    expect(granularity.getAttribute('data-state')).toBe('open')
    expect(granularity.getAttribute('aria-controls')).toBe(listbox.closest('[id]')?.id)
    await user.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('listbox')).toBeNull())
    expect(document.activeElement).toBe(granularity)
    expect(screen.getByRole('combobox', { name: 'Granularity' })).toBe(granularity)

    // The other selects load from the cache at once, and typeahead works on a closed trigger.
    const currency = screen.getByRole('combobox', { name: 'Currency' })
    currency.focus()
    await user.keyboard('u')
    expect(currency.textContent).toBe('USD · US Dollar')
    expect(requested().select).toBe(1)
  })

  it('a controlled open DateRange loads at once; Escape asks the host to close', async () => {
    const user = userEvent.setup()
    const onOpenChange = vi.fn()
    function Host() {
      const [open, setOpen] = useState(true)
      return (
        <FilterBar.Root now={NOW}>
          <FilterBar.DateRange
            open={open}
            onOpenChange={(next) => {
              onOpenChange(next)
              setOpen(next)
            }}
          />
        </FilterBar.Root>
      )
    }
    render(<Host />)
    const trigger = screen.getByRole('button', { name: /^Date range/ })
    expect(trigger.getAttribute('aria-expanded')).toBe('true')
    await waitFor(() => expect(requested().dateRange).toBe(1))
    expect(trigger.getAttribute('data-state')).toBe('loading')
    chunks.dateRange.release()
    const presets = await screen.findByRole('group', { name: 'Presets' })
    await waitFor(() =>
      expect(document.activeElement).toBe(
        within(presets).getByRole('button', { name: 'Last 7 days' }),
      ),
    )
    expect(onOpenChange).not.toHaveBeenCalled()
    await user.keyboard('{Escape}')
    expect(onOpenChange).toHaveBeenLastCalledWith(false)
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(document.activeElement).toBe(trigger)
  })

  it('Combobox, keyboard before the chunk arrives: Enter opens, focus lands in the search, Escape returns it', async () => {
    const user = userEvent.setup()
    render(<Bar />)
    const trigger = screen.getByRole('button', { name: 'Customer All customers' })
    trigger.focus()
    await user.keyboard('{Enter}')
    expect(trigger.getAttribute('aria-expanded')).toBe('true')
    expect(trigger.getAttribute('data-state')).toBe('loading')
    expect(screen.queryByRole('dialog')).toBeNull()
    chunks.combobox.release()
    const input = await screen.findByRole('combobox', { name: 'Customer' })
    await waitFor(() => expect(document.activeElement).toBe(input))
    await user.keyboard('glo{Enter}')
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(trigger.textContent).toBe('Globex')
    await waitFor(() => expect(document.activeElement).toBe(trigger))

    await user.keyboard('{Enter}')
    expect(await screen.findByRole('dialog')).toBeTruthy()
    await user.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(document.activeElement).toBe(trigger)
    expect(requested().combobox).toBe(1)
  })
})
