import { act, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it, vi } from 'vitest'
import * as XLSX from 'xlsx'
import { harness } from '../../test/controlsHarness.tsx'
import { DashboardShell } from './DashboardShell.tsx'
import { RevenueDashboard } from './RevenueDashboard.tsx'
import { UsageDashboard } from './UsageDashboard.tsx'
import { Widget } from './Widget.tsx'
import { widgetSpan } from './widgetSpan.ts'

function widgetStates(container: HTMLElement) {
  return [...container.querySelectorAll('[data-slot="widget"]')].map((widget) => ({
    id: widget.getAttribute('data-widget'),
    states: [...widget.querySelectorAll('[data-state]')].map((node) =>
      node.getAttribute('data-state'),
    ),
  }))
}

/** A failing widget's error panel (`WidgetSlot`) takes the grid columns the widget itself takes. */
function expectSpansOfWidgetSlot(container: HTMLElement) {
  const widgets = [...container.querySelectorAll('[data-slot="widget"]')]
  expect(widgets.length).toBeGreaterThan(0)
  for (const widget of widgets) {
    const id = widget.getAttribute('data-widget') ?? ''
    expect(widget.getAttribute('data-span'), id).toBe(String(widgetSpan(id)))
  }
}

function settled(container: HTMLElement) {
  return container.querySelectorAll('[data-state="loading"]').length === 0
}

describe('RevenueDashboard', () => {
  it('renders every widget from the simulator, one request per distinct dataset and params', async () => {
    const h = harness()
    const { container } = render(<RevenueDashboard />, { wrapper: h.wrapper })
    await waitFor(() => expect(settled(container)).toBe(true), { timeout: 15_000 })
    const widgets = widgetStates(container)
    expect(widgets.map((widget) => widget.id)).toEqual([
      'kpis',
      'revenueStreams',
      'mrrMovements',
      'mrrByPlan',
      'revenueBreakdown',
      'planPivot',
      'segmentPivot',
      'invoiceCollection',
      'overdueBalance',
    ])
    for (const widget of widgets) {
      expect(
        widget.states.filter((state) => state === 'error' || state === 'unavailable'),
        widget.id ?? '',
      ).toEqual([])
    }
    // The KPI row, the charts, the comparisons and the filter options share cache entries.
    expect(new Set(h.requests).size).toBe(h.requests.length)
    expectSpansOfWidgetSlot(container)
    expect(screen.getByText(/Amounts in EUR\. Lago reports each currency separately/)).toBeTruthy()
  })

  it('with only the public REST API, falls back to gross revenue and invoiced MRR and explains the rest', async () => {
    const h = harness({ dataApi: false })
    const { container } = render(<RevenueDashboard docsHref="https://docs.example/data-api" />, {
      wrapper: h.wrapper,
    })
    await waitFor(() => expect(settled(container)).toBe(true), { timeout: 15_000 })
    expect(screen.getByRole('heading', { name: 'Gross revenue over time' })).toBeTruthy()
    expect(screen.getByRole('heading', { name: 'MRR over time' })).toBeTruthy()
    const dataApiOnly = [
      ...container.querySelectorAll('[data-slot="widget-unavailable"][data-reason="data-api"]'),
    ]
    expect(
      dataApiOnly.map((node) => node.closest('[data-widget]')?.getAttribute('data-widget')),
    ).toEqual(['mrrByPlan', 'revenueBreakdown', 'planPivot', 'segmentPivot'])
    expect(
      screen.getAllByRole('link', { name: 'Connect the Data API' })[0]?.getAttribute('href'),
    ).toBe('https://docs.example/data-api')
    const gross = container.querySelector('[data-widget="revenueStreams"] [data-slot="chart"]')
    expect(gross?.getAttribute('data-state')).toBe('ready')
    expect(h.requests.some((request) => request.startsWith('revenue_streams'))).toBe(false)
  })

  it('shows the chosen widgets, in order, with custom titles', async () => {
    const h = harness()
    const { container } = render(
      <RevenueDashboard widgets={['overdueBalance', 'kpis']} titles={{ kpis: 'Figures' }} />,
      {
        wrapper: h.wrapper,
      },
    )
    expect(widgetStates(container).map((widget) => widget.id)).toEqual(['overdueBalance', 'kpis'])
    expect(screen.getByRole('heading', { name: 'Figures' })).toBeTruthy()
    await waitFor(() => expect(settled(container)).toBe(true), { timeout: 15_000 })
  })

  it('exports the whole dashboard as one workbook, a sheet per widget', async () => {
    const h = harness()
    const files: { fileName: string; data: string | Uint8Array }[] = []
    const user = userEvent.setup()
    const { container } = render(
      <RevenueDashboard
        widgets={['revenueStreams', 'invoiceCollection', 'overdueBalance']}
        onExport={(file) => files.push(file)}
        download={false}
      />,
      { wrapper: h.wrapper },
    )
    await waitFor(() => expect(settled(container)).toBe(true), { timeout: 15_000 })
    await user.click(screen.getByRole('button', { name: 'Export dashboard' }))
    await user.click(
      await screen.findByRole('menuitem', { name: 'Excel (.xlsx)' }, { timeout: 10_000 }),
    )
    await waitFor(() => expect(files).toHaveLength(1), { timeout: 15_000 })
    const workbook = XLSX.read(files[0]?.data as Uint8Array, { type: 'array' })
    expect(workbook.SheetNames.filter((name) => name !== 'Metadata')).toHaveLength(3)
    expect(files[0]?.fileName).toMatch(/^lago-dashboard-EUR-.*\.xlsx$/)
  })
})

describe('UsageDashboard', () => {
  it('customer-portal mode: only that customer, no customer filter, no cross-customer widget', async () => {
    const h = harness()
    const customer =
      h.simulator.ledger.customers.find((c) => c.currency === 'EUR' && c.deletedAt === null)
        ?.externalId ?? ''
    const { container } = render(<UsageDashboard externalCustomerId={customer} />, {
      wrapper: h.wrapper,
    })
    await waitFor(() => expect(settled(container)).toBe(true), { timeout: 15_000 })
    expect(widgetStates(container).map((widget) => widget.id)).not.toContain('usageAcrossCustomers')
    expect(container.querySelector('[data-slot="filter-customer"]')).toBeNull()
    expect(h.requests.length).toBeGreaterThan(0)
    for (const request of h.requests)
      expect(request).toContain(`external_customer_id=${encodeURIComponent(customer)}`)
  })

  it('lists the billable metrics of the usage data when the host passes none, without an extra request', async () => {
    const h = harness()
    const user = userEvent.setup()
    const { container } = render(<UsageDashboard />, { wrapper: h.wrapper })
    await waitFor(() => expect(settled(container)).toBe(true), { timeout: 15_000 })
    expectSpansOfWidgetSlot(container)
    const usage = h.requests.filter((request) => request.startsWith('usage?'))
    expect(usage).toHaveLength(1)
    const params = Object.fromEntries(new URLSearchParams(usage[0]?.slice('usage?'.length)))
    const { rows } = await h.client.usage({
      currency: params.currency,
      fromDate: params.from_date,
      toDate: params.to_date,
      timeGranularity: params.time_granularity as 'monthly',
    })
    const codes = [...new Set(rows.map((row) => row.billableMetricCode))].sort()
    expect(codes.length).toBeGreaterThan(1)
    const chosen = codes[1] as string
    const mark = h.requests.length
    const trigger = container.querySelector<HTMLElement>(
      '[data-slot="filter-billable-metric-code-trigger"]',
    )
    if (trigger === null) throw new Error('no billable metric filter')
    await user.click(trigger)
    const listed = async () =>
      (await screen.findAllByRole('option', {}, { timeout: 10_000 })).map(
        (option) => option.textContent,
      )
    expect(await listed()).toEqual(['All metrics', ...codes])
    await user.click(screen.getByRole('option', { name: chosen }))
    await waitFor(() =>
      expect(h.requests.some((request) => request.includes(`billable_metric_code=${chosen}`))).toBe(
        true,
      ),
    )
    // The list stays whole (the unfiltered rows are cached) once a metric is chosen.
    await user.click(trigger)
    expect(await listed()).toEqual(['All metrics', ...codes])
    expect(h.requests.slice(mark).filter((request) => request.startsWith('usage?'))).toEqual([
      `${usage[0]}&billable_metric_code=${chosen}`,
    ])
  })

  it('a customer without prepaid credits gets a one-line credits panel, not a blank plot', async () => {
    const h = harness()
    let customer: string | undefined
    for (const candidate of h.simulator.ledger.customers) {
      if (candidate.currency !== 'EUR' || candidate.deletedAt !== null) continue
      const { rows } = await h.client.prepaidCredits({
        currency: 'EUR',
        externalCustomerId: candidate.externalId,
      })
      if (rows.length === 0) {
        customer = candidate.externalId
        break
      }
    }
    if (customer === undefined) throw new Error('every simulated customer has prepaid credits')
    const { container } = render(
      <UsageDashboard externalCustomerId={customer} widgets={['credits', 'usageOverTime']} />,
      { wrapper: h.wrapper },
    )
    await waitFor(() => expect(settled(container)).toBe(true), { timeout: 15_000 })
    const empty = container.querySelector<HTMLElement>(
      '[data-widget="credits"] [data-slot="chart-empty"]',
    )
    expect(empty?.style.height).toBe('96px')
    // Other charts keep their full plot height.
    const usage = container.querySelector<HTMLElement>(
      '[data-widget="usageOverTime"] [data-slot="chart"] [style*="height"]',
    )
    expect(usage?.style.height).toBe('300px')
  })

  it('forecast: the current period is flagged partial and the projections start at the last complete one', async () => {
    const h = harness()
    const user = userEvent.setup()
    const { container } = render(<UsageDashboard widgets={['forecast']} />, { wrapper: h.wrapper })
    await waitFor(() => expect(settled(container)).toBe(true), { timeout: 15_000 })
    const widget = screen.getByRole('region', { name: 'Usage forecast' })
    await user.click(within(widget).getByRole('button', { name: 'View as table' }))
    const rows = (await within(widget).findAllByRole('row')).map((row) =>
      [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? ''),
    )
    const header = rows[0] as string[]
    expect(header.map((cell) => cell.replace('↕', ''))).toEqual([
      'Period',
      'Actual',
      'Conservative',
      'Realistic',
      'Optimistic',
    ])
    const body = rows.slice(1, -1)
    const last = body.at(-1) as string[]
    expect(last[0]).toBe('November 2026 *')
    expect(body.slice(0, -1).every((row) => !row[0]?.endsWith('*'))).toBe(true)
    // Blank before the last complete period, which anchors every projection on its actual amount.
    const anchor = body.at(-2) as string[]
    expect(anchor.slice(2)).toEqual([anchor[1], anchor[1], anchor[1]])
    expect(body.slice(0, -2).every((row) => row.slice(2).every((cell) => cell === '—'))).toBe(true)
    // Totals: the actual amounts, and for each projection the closed periods plus its forecast.
    const cents = (text: string) => Math.round(Number(text.replace(/[€,]/g, '')) * 100)
    const closed = body.slice(0, -1).reduce((sum, row) => sum + cents(row[1] as string), 0)
    const totals = rows.at(-1) as string[]
    expect(totals[0]).toBe('Total')
    expect(cents(totals[1] as string)).toBe(closed + cents(last[1] as string))
    for (const column of [2, 3, 4]) {
      expect(cents(totals[column] as string)).toBe(closed + cents(last[column] as string))
    }
  })

  it('with only the public REST API, usage works and the Data API widgets explain what they need', async () => {
    const h = harness({ dataApi: false })
    const { container } = render(<UsageDashboard />, { wrapper: h.wrapper })
    await waitFor(() => expect(settled(container)).toBe(true), { timeout: 15_000 })
    const byId = Object.fromEntries(
      widgetStates(container).map((widget) => [widget.id, widget.states]),
    )
    expect(byId.usageOverTime).toContain('ready')
    expect(byId.usageByMetric).toContain('ready')
    for (const id of ['meteredVsRecurring', 'usageAcrossCustomers', 'credits', 'forecast']) {
      expect(
        container.querySelector(`[data-widget="${id}"] [data-reason="data-api"]`),
        id,
      ).not.toBeNull()
    }
  })
})

describe('widgets', () => {
  it('one failing widget never blanks the dashboard, and Retry renders it again', async () => {
    const h = harness()
    const user = userEvent.setup()
    let fail = true
    function Fragile() {
      if (fail) throw new Error('boom')
      return <p>recovered</p>
    }
    function Page() {
      const [, rerender] = useState(0)
      return (
        <DashboardShell title="Test" onClick={() => rerender((n) => n + 1)}>
          <Widget widgetId="fragile" title="Fragile">
            <Fragile />
          </Widget>
          <Widget widgetId="steady" title="Steady">
            <p>still here</p>
          </Widget>
        </DashboardShell>
      )
    }
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {})
    render(<Page />, { wrapper: h.wrapper })
    const fragile = screen.getByRole('region', { name: 'Fragile' })
    expect(within(fragile).getByRole('alert').textContent).toContain(
      'This widget could not be displayed.',
    )
    expect(screen.getByText('still here')).toBeTruthy()
    fail = false
    await user.click(within(fragile).getByRole('button', { name: 'Retry' }))
    expect(within(fragile).getByText('recovered')).toBeTruthy()
    consoleError.mockRestore()
    await act(async () => undefined)
  })
})

describe('i18n', () => {
  it('hands translations down to charts, KPI cards, export menus and the freshness badge', async () => {
    const h = harness({ locale: 'fr-FR' })
    const { container } = render(
      <RevenueDashboard
        widgets={['kpis', 'revenueStreams', 'overdueBalance']}
        messages={{
          revenueTitle: 'Revenus',
          revenueStreams: 'Flux de revenus',
          exportDashboard: 'Exporter le tableau de bord',
        }}
        componentMessages={{
          chart: { showTable: 'Voir le tableau' },
          metricCard: {},
          exportMenu: { trigger: 'Exporter' },
        }}
      />,
      { wrapper: h.wrapper },
    )
    await waitFor(() => expect(settled(container)).toBe(true), { timeout: 15_000 })
    expect(screen.getByRole('heading', { name: 'Revenus' })).toBeTruthy()
    expect(screen.getByRole('heading', { name: 'Flux de revenus' })).toBeTruthy()
    expect(
      screen.getAllByRole('button', { name: 'Voir le tableau' }).length,
    ).toBeGreaterThanOrEqual(2)
    expect(screen.queryByRole('button', { name: 'View as table' })).toBeNull()
    expect(screen.getByRole('button', { name: 'Exporter le tableau de bord' })).toBeTruthy()
    // The freshness badge speaks the provider's locale.
    expect(container.querySelector('.lago-analytics-dashboard-meta')?.textContent).toMatch(
      /Données|données/,
    )
  })
})

describe('filters', () => {
  it('a finer granularity re-buckets every widget (never the rows of the previous one)', async () => {
    const h = harness()
    const { container } = render(<RevenueDashboard widgets={['kpis', 'revenueStreams']} />, {
      wrapper: h.wrapper,
    })
    await waitFor(() => expect(settled(container)).toBe(true), { timeout: 15_000 })
    const user = userEvent.setup()
    screen.getByRole('combobox', { name: 'Granularity' }).focus()
    await user.keyboard(' ')
    await screen.findByRole('listbox')
    await user.keyboard('{ArrowUp}{Enter}') // from the selected Month to Week
    await waitFor(() => expect(settled(container)).toBe(true), { timeout: 15_000 })
    expect(h.requests.some((request) => request.includes('time_granularity=weekly'))).toBe(true)
    const widgets = widgetStates(container)
    expect(widgets.map((widget) => widget.id)).toEqual(['kpis', 'revenueStreams'])
    for (const widget of widgets) expect(widget.states, widget.id ?? '').not.toContain('error')
  })
  it("another currency rebuilds every widget (never sums the previous currency's rows)", async () => {
    const h = harness()
    const { container } = render(
      <RevenueDashboard widgets={['kpis', 'mrrByPlan', 'revenueBreakdown']} />,
      { wrapper: h.wrapper },
    )
    await waitFor(() => expect(settled(container)).toBe(true), { timeout: 15_000 })
    const user = userEvent.setup()
    await user.click(screen.getByRole('combobox', { name: 'Currency' }))
    await user.click(await screen.findByRole('option', { name: 'USD · US Dollar' }))
    await waitFor(() => expect(settled(container)).toBe(true), { timeout: 15_000 })
    expect(h.requests.some((request) => request.includes('currency=USD'))).toBe(true)
    const widgets = widgetStates(container)
    expect(widgets.map((widget) => widget.id)).toEqual(['kpis', 'mrrByPlan', 'revenueBreakdown'])
    for (const widget of widgets) expect(widget.states, widget.id ?? '').not.toContain('error')
  })
})

describe('URL sync', () => {
  it('keeps the initial filters for what the URL leaves out, and the customer scope whatever it says', async () => {
    window.history.replaceState(null, '', '/dashboards?u.granularity=week&u.customer=cus_00032')
    const h = harness()
    const { container } = render(
      <UsageDashboard
        widgets={['usageOverTime']}
        externalCustomerId="cus_00125"
        initialFilters={{ currency: 'USD' }}
        urlSync={{ prefix: 'u.' }}
      />,
      { wrapper: h.wrapper },
    )
    await waitFor(() => expect(settled(container)).toBe(true), { timeout: 15_000 })
    const usage = h.requests.filter((request) => request.startsWith('usage?'))
    expect(usage.length).toBeGreaterThan(0)
    for (const request of usage) {
      expect(request).toContain('currency=USD')
      expect(request).toContain('external_customer_id=cus_00125')
      expect(request).toContain('time_granularity=weekly')
    }
    // The initial currency is not written into the URL.
    expect(window.location.search).not.toContain('currency')
    window.history.replaceState(null, '', '/')
  })
})

describe('multi-dimension breakdown', () => {
  it('pivots net revenue by customer type × country, one filtered request per cell, shown as a pivot table', async () => {
    const h = harness()
    const countries = ['US', 'FR', 'DE', 'GB', 'ES', 'IT', 'NL', 'CA', 'JP', 'KW']
    const { container } = render(
      <RevenueDashboard
        widgets={['segmentPivot']}
        filterOptions={{ countries }}
        initialFilters={{ currency: 'USD' }}
      />,
      { wrapper: h.wrapper },
    )
    await waitFor(() => expect(settled(container)).toBe(true), { timeout: 20_000 })
    const user = userEvent.setup()
    await user.click(
      within(container.querySelector('[data-widget="segmentPivot"]') as HTMLElement).getByRole(
        'button',
        { name: 'View as table' },
      ),
    )
    const cells = h.requests.filter(
      (request) => request.includes('customer_type=') && request.includes('customer_country='),
    )
    expect(cells).toHaveLength(2 * countries.length)
    const table = await within(
      container.querySelector('[data-widget="segmentPivot"]') as HTMLElement,
    ).findByRole('table')
    expect(within(table).getByText('Companies')).toBeTruthy()
    expect(within(table).getByText('Individuals')).toBeTruthy()
    // A column per country with USD revenue in the range, none for the others.
    const withRevenue: string[] = []
    for (const country of countries) {
      const results = await Promise.all(
        (['company', 'individual'] as const).map((customerType) =>
          h.client.revenueStreams({
            currency: 'USD',
            customerCountry: country,
            customerType,
            ...rangeOf(cells[0] as string),
          }),
        ),
      )
      const rows = results.flatMap((result) => result.rows)
      if (rows.some((row) => row.grossRevenueAmountCents !== 0 || row.netRevenueAmountCents !== 0))
        withRevenue.push(country)
    }
    expect(withRevenue.length).toBeGreaterThan(0)
    expect(withRevenue.length).toBeLessThan(countries.length)
    const header = within(table)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent ?? '')
    for (const country of countries) {
      expect(
        header.some((text) => text.startsWith(country)),
        country,
      ).toBe(withRevenue.includes(country))
    }
  })
})

/** The `fromDate`/`toDate`/`timeGranularity` of a recorded request. */
function rangeOf(request: string) {
  const params = new URLSearchParams(request.slice(request.indexOf('?') + 1))
  return {
    fromDate: params.get('from_date') as string,
    toDate: params.get('to_date') as string,
    timeGranularity: params.get('time_granularity') as 'monthly',
  }
}
