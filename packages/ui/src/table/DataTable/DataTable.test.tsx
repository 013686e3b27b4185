import type { Column } from '@lago-analytics/core/export'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createRef } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { DataTable } from './DataTable.tsx'

const HOSTILE = '<img src=x onerror=alert(1)>'
const columns: Column[] = [
  { key: 'name', header: 'Customer', type: 'string' },
  { key: 'eur', header: 'Revenue', type: 'money', currency: 'EUR' },
  { key: 'kwd', header: 'Fees', type: 'money', currency: 'KWD' },
  { key: 'share', header: 'Share', type: 'percent' },
]
const rows = [
  ['Beta', 150050, 1234, 0.25],
  [HOSTILE, 99, 5, 0.125],
  ['alpha', 100000000, null, 0.625],
] as const

const bodyTexts = () =>
  within(screen.getAllByRole('rowgroup')[1] as HTMLElement)
    .getAllByRole('row')
    .map((row) => row.firstElementChild?.textContent)

describe('DataTable', () => {
  it('formats money with the currency exponent, percentages and missing values', () => {
    render(
      <DataTable
        columns={columns}
        rows={rows}
        locale="en-US"
        totals={['Total', 100150149, 1239, 1]}
      />,
    )
    const cells = screen
      .getAllByRole('row')
      .map((row) => [...row.children].map((cell) => cell.textContent?.replace(/\u00a0/g, ' ')))
    expect(cells[1]).toEqual(['Beta', '€1,500.50', 'KWD 1.234', '25%'])
    expect(cells[2]).toEqual([HOSTILE, '€0.99', 'KWD 0.005', '12.5%'])
    expect(cells[3]).toEqual(['alpha', '€1,000,000.00', '—', '62.5%'])
    expect(cells[4]).toEqual(['Total', '€1,001,501.49', 'KWD 1.239', '100%'])
    expect(document.querySelector('tbody img')).toBeNull()
    const revenue = screen.getByRole('columnheader', { name: /Revenue/ })
    expect(revenue.getAttribute('data-align')).toBe('end')
    expect(
      screen.getByRole('columnheader', { name: /Customer/ }).getAttribute('data-align'),
    ).toBeNull()
  })

  it('formats per locale (de-DE)', () => {
    render(<DataTable columns={columns} rows={rows.slice(0, 1)} locale="de-DE" />)
    const row = screen.getAllByRole('row')[1] as HTMLElement
    expect([...row.children].map((cell) => cell.textContent?.replace(/\u00a0/g, ' '))).toEqual([
      'Beta',
      '1.500,50 €',
      '1,234 KWD',
      '25 %',
    ])
  })

  it('sorts on header click, cycling ascending, descending, none, with aria-sort', async () => {
    const onSortChange = vi.fn()
    render(<DataTable columns={columns} rows={rows} locale="en-US" onSortChange={onSortChange} />)
    const header = screen.getByRole('columnheader', { name: /Revenue/ })
    expect(header.getAttribute('aria-sort')).toBe('none')
    await userEvent.click(within(header).getByRole('button'))
    expect(header.getAttribute('aria-sort')).toBe('ascending')
    expect(bodyTexts()).toEqual([HOSTILE, 'Beta', 'alpha'])
    await userEvent.click(within(header).getByRole('button'))
    expect(header.getAttribute('aria-sort')).toBe('descending')
    expect(bodyTexts()).toEqual(['alpha', 'Beta', HOSTILE])
    await userEvent.click(within(header).getByRole('button'))
    expect(header.getAttribute('aria-sort')).toBe('none')
    expect(bodyTexts()).toEqual(['Beta', HOSTILE, 'alpha'])
    expect(onSortChange.mock.calls.map(([sort]) => sort)).toEqual([
      { column: 'eur', direction: 'ascending' },
      { column: 'eur', direction: 'descending' },
      null,
    ])
  })

  it('sorts strings with locale collation and keeps nulls last', async () => {
    render(<DataTable columns={columns} rows={rows} locale="en-US" />)
    await userEvent.click(screen.getByRole('button', { name: /Customer/ }))
    expect(bodyTexts()).toEqual([HOSTILE, 'alpha', 'Beta'])
    await userEvent.click(screen.getByRole('button', { name: /Fees/ }))
    expect(bodyTexts()).toEqual([HOSTILE, 'Beta', 'alpha'])
  })

  it('is controlled through sort', async () => {
    render(
      <DataTable
        columns={columns}
        rows={rows}
        locale="en-US"
        sort={{ column: 'share', direction: 'descending' }}
      />,
    )
    expect(bodyTexts()).toEqual(['alpha', 'Beta', HOSTILE])
    await userEvent.click(screen.getByRole('button', { name: /Share/ }))
    expect(bodyTexts()).toEqual(['alpha', 'Beta', HOSTILE])
  })

  it('virtualises above 1,000 rows: a 10k-row table renders only a window', async () => {
    const many = Array.from({ length: 10_000 }, (_, i) => [`Customer ${i}`, i * 100, 0, 0])
    const ref = createRef<HTMLDivElement>()
    render(<DataTable ref={ref} columns={columns} rows={many} locale="en-US" />)
    // Until the virtualiser's chunk arrives, the first 50 rows show; then the window.
    expect(ref.current?.querySelectorAll('tbody tr[data-slot="table-row"]').length).toBe(50)
    await waitFor(() =>
      expect(ref.current?.querySelector('tbody tr[aria-hidden="true"]')).not.toBeNull(),
    )
    const rendered = ref.current?.querySelectorAll('tbody tr[data-slot="table-row"]') ?? []
    expect(rendered.length).toBeGreaterThan(0)
    expect(rendered.length).toBeLessThan(100)
    expect(ref.current?.hasAttribute('data-virtualized')).toBe(true)
    expect(ref.current?.querySelector('table')?.getAttribute('aria-rowcount')).toBe('10001')
    expect(screen.getByText('Customer 0')).not.toBeNull()
    expect(screen.queryByText('Customer 9999')).toBeNull()
  })

  it('renders every row at or below the threshold', () => {
    const some = Array.from({ length: 1000 }, (_, i) => [`C${i}`, i, 0, 0])
    const ref = createRef<HTMLDivElement>()
    render(<DataTable ref={ref} columns={columns} rows={some} locale="en-US" />)
    expect(ref.current?.querySelectorAll('tbody tr').length).toBe(1000)
    expect(ref.current?.hasAttribute('data-virtualized')).toBe(false)
  })

  it('forwards ref, merges className, spreads props and exposes data-state', () => {
    const ref = createRef<HTMLDivElement>()
    render(
      <DataTable
        ref={ref}
        className="host"
        data-testid="t"
        columns={columns}
        rows={[]}
        locale="en-US"
      />,
    )
    expect(ref.current).toBe(screen.getByTestId('t'))
    expect(ref.current?.className).toBe('lago-analytics lago-analytics-table host')
    expect(ref.current?.getAttribute('data-state')).toBe('empty')
  })
})
