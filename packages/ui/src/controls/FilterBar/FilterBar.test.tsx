import { createFilterStore, DEFAULT_FILTERS, type FilterState } from '@lago-analytics/core/filters'
import { FilterStoreProvider, useGrossRevenue, useUsageAmounts } from '@lago-analytics/react'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createRef, useState, type ReactNode } from 'react'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { harness, type Harness } from '../../../test/controlsHarness.tsx'
import { FilterBar } from './FilterBar.ts'

// The popovers load on first use (their own chunks); importing them (react-day-picker above all)
// is slow in Node: done once up front, so the tests time the controls, not the module loader.
beforeAll(async () => {
  await Promise.all([
    import('./FilterSelectContent.tsx'),
    import('./DateRangePopover.tsx'),
    import('./ComboboxPopover.tsx'),
  ])
}, 60_000)

function GrossRevenue() {
  const { state } = useGrossRevenue()
  return <p data-testid="gross">{state}</p>
}

/** A Data API dataset: takes granularity, dates and the dimension filters. */
function UsageAmounts() {
  const { state } = useUsageAmounts()
  return <p data-testid="usage">{state}</p>
}

function customerOptions(h: Harness) {
  return h.simulator.ledger.customers.map((customer) => ({
    value: customer.externalId,
    label: customer.name,
  }))
}

function setup(
  bar: (h: Harness) => ReactNode,
  options: Parameters<typeof harness>[0] = {},
  initial: Partial<FilterState> = {},
) {
  const h = harness(options)
  const store = createFilterStore(initial)
  const user = userEvent.setup()
  render(
    <h.wrapper>
      <FilterStoreProvider store={store}>
        {bar(h)}
        <GrossRevenue />
        <UsageAmounts />
      </FilterStoreProvider>
    </h.wrapper>,
  )
  return { h, store, user }
}

async function widgetsReady() {
  await waitFor(() => expect(screen.getByTestId('gross').textContent).toBe('ready'))
  await waitFor(() => expect(screen.getByTestId('usage').textContent).toBe('ready'))
}

const lastTo = (h: Harness, prefix: string) =>
  [...h.requests].reverse().find((request) => request.startsWith(prefix)) ?? ''

/** Text with Intl's thin and narrow no-break spaces made plain. */
const text = (element: Element) => (element.textContent ?? '').replace(/[\u2009\u202f\u00a0]/g, ' ')

const optionTexts = (listbox: HTMLElement) =>
  within(listbox)
    .getAllByRole('option')
    .map((option) => option.textContent)

describe('FilterBar bound to the nearest filter store', () => {
  it('Select, keyboard only: the store and the hooks’ requests follow', async () => {
    const { h, store, user } = setup(() => (
      <FilterBar.Root>
        <FilterBar.Currency options={['EUR', 'USD']} />
        <FilterBar.Granularity />
      </FilterBar.Root>
    ))
    await widgetsReady()
    expect(h.requests).toHaveLength(2)
    expect(lastTo(h, 'gross_revenue')).toContain('currency=EUR')

    const currency = screen.getByRole('combobox', { name: 'Currency' })
    currency.focus()
    await user.keyboard('{Enter}')
    const listbox = await screen.findByRole('listbox')
    expect(optionTexts(listbox)).toEqual(['Default (EUR)', 'EUR · Euro', 'USD · US Dollar'])
    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}')
    expect(store.getState().currency).toBe('USD')
    await waitFor(() => expect(h.requests).toHaveLength(4))
    expect(lastTo(h, 'gross_revenue')).toContain('currency=USD')
    expect(lastTo(h, 'usages')).toContain('currency=USD')
    expect(currency.textContent).toContain('USD')
    await waitFor(() => expect(document.activeElement).toBe(currency))

    const granularity = screen.getByRole('combobox', { name: 'Granularity' })
    granularity.focus()
    await user.keyboard(' ')
    expect(optionTexts(await screen.findByRole('listbox'))).toEqual([
      'Day',
      'Week',
      'Month',
      'Quarter',
      'Year',
    ])
    await user.keyboard('{ArrowUp}{Enter}') // from the selected Month
    expect(store.getState().granularity).toBe('week')
    // Only the Data API dataset takes a granularity: one more request, weekly.
    await waitFor(() => expect(h.requests).toHaveLength(5))
    expect(h.requests[4]).toMatch(/^usages\/.*time_granularity=weekly/)
  })

  it('DateRange presets, keyboard only: focus moves in, a preset applies, focus returns', async () => {
    const { h, store, user } = setup(() => (
      <FilterBar.Root>
        <FilterBar.DateRange />
      </FilterBar.Root>
    ))
    await widgetsReady()
    const trigger = screen.getByRole('button', { name: /^Date range Last 12 months/ })
    expect(text(trigger)).toBe('Last 12 months · Dec 1, 2025 – Nov 24, 2026')
    expect(lastTo(h, 'gross_revenue')).toContain('months=12')
    await user.tab()
    expect(document.activeElement).toBe(trigger)
    await user.keyboard('{Enter}')
    const presets = await screen.findByRole('group', { name: 'Presets' })
    expect(document.activeElement).toBe(
      within(presets).getByRole('button', { name: 'Last 7 days' }),
    )
    expect(
      within(presets).getByRole('button', { name: 'Last 12 months' }).getAttribute('aria-pressed'),
    ).toBe('true')
    await user.tab()
    expect(document.activeElement?.textContent).toBe('Last 30 days')
    await user.keyboard('{Enter}')
    expect(store.getState().range).toEqual({ preset: 'last30Days' })
    expect(screen.queryByRole('group', { name: 'Presets' })).toBeNull()
    await waitFor(() => expect(document.activeElement).toBe(trigger))
    await waitFor(() => expect(lastTo(h, 'gross_revenue')).toContain('months=2'))
    expect(lastTo(h, 'usages')).toContain('from_date=2026-10-01')
    expect(text(trigger)).toBe('Last 30 days · Oct 26 – Nov 24, 2026')
  })

  it('DateRange custom range with the calendar, keyboard only', async () => {
    const { h, store, user } = setup(
      () => (
        <FilterBar.Root>
          <FilterBar.DateRange />
          <FilterBar.Granularity />
        </FilterBar.Root>
      ),
      {},
      { granularity: 'day' },
    )
    await widgetsReady()
    const trigger = screen.getByRole('button', { name: /^Date range/ })
    trigger.focus()
    await user.keyboard('{Enter}')
    const custom = await screen.findByRole('group', { name: 'Custom range' })
    const apply = within(custom).getByRole('button', { name: 'Apply' })
    expect(apply).toHaveProperty('disabled', true)
    // Tab past the presets and the month navigation to the grid's focusable day (today).
    for (let index = 0; index < 20; index++) {
      if (document.activeElement?.closest('[role="grid"]')) break
      await user.tab()
    }
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Tuesday, November 24, 2026')
    await user.keyboard('{ArrowUp}{Enter}') // Nov 17
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}{Enter}') // Nov 20
    expect(
      within(custom).getByText(
        (_, element) =>
          element?.getAttribute('data-slot') === 'filter-date-range-draft' &&
          text(element) === 'Nov 17 – 20, 2026',
      ),
    ).toBeTruthy()
    expect(apply).toHaveProperty('disabled', false)
    apply.focus()
    await user.keyboard('{Enter}')
    expect(store.getState().range).toEqual({
      preset: 'custom',
      from: '2026-11-17',
      to: '2026-11-20',
    })
    await waitFor(() =>
      expect(lastTo(h, 'usages')).toMatch(/from_date=2026-11-17.*to_date=2026-11-20/),
    )
    expect(text(trigger)).toBe('Custom range · Nov 17 – 20, 2026')
  })

  it('Customer combobox: keyboard search and select filter the requests by external id', async () => {
    const { h, store, user } = setup((harnessed) => (
      <FilterBar.Root>
        <FilterBar.Customer options={customerOptions(harnessed)} />
      </FilterBar.Root>
    ))
    await widgetsReady()
    const target = h.simulator.ledger.customers[7]
    if (!target) throw new Error('no customer')
    const trigger = screen.getByRole('button', { name: 'Customer All customers' })
    trigger.focus()
    await user.keyboard('{Enter}')
    const input = await screen.findByRole('combobox', { name: 'Customer' })
    await waitFor(() => expect(document.activeElement).toBe(input))
    await user.keyboard(target.name.slice(0, 12))
    const listbox = screen.getByRole('listbox')
    const options = within(listbox).getAllByRole('option')
    expect(options.length).toBeGreaterThan(0)
    expect(options.length).toBeLessThan(h.simulator.ledger.customers.length)
    expect(options.every((option) => option.textContent?.includes(target.name.slice(0, 12)))).toBe(
      true,
    )
    const index = options.findIndex((option) => option.textContent?.startsWith(target.name))
    await user.keyboard(`${'{ArrowDown}'.repeat(index)}{Enter}`)
    expect(store.getState().externalCustomerId).toBe(target.externalId)
    await waitFor(() =>
      expect(lastTo(h, 'gross_revenue')).toContain(
        `external_customer_id=${encodeURIComponent(target.externalId)}`,
      ),
    )
    expect(lastTo(h, 'usages')).toContain('external_customer_id=')
    expect(screen.getByRole('button', { name: `Customer ${target.name}` })).toBe(trigger)
  })

  it('renders hostile customer names as text (no element is created from them)', async () => {
    const { h, user } = setup(
      (harnessed) => (
        <FilterBar.Root>
          <FilterBar.Customer options={customerOptions(harnessed)} maxResults={1000} />
        </FilterBar.Root>
      ),
      { hostileNames: true },
    )
    const hostile = h.simulator.ledger.customers.filter((customer) =>
      customer.name.includes('<img'),
    )
    expect(hostile.length).toBeGreaterThan(0)
    await user.click(screen.getByRole('button', { name: /^Customer/ }))
    await user.keyboard('<img')
    const listbox = await screen.findByRole('listbox')
    const names = within(listbox)
      .getAllByRole('option')
      .map((option) => option.querySelector('.lago-analytics-option__label')?.textContent)
    expect(names).toEqual(expect.arrayContaining(hostile.map((customer) => customer.name)))
    expect(document.querySelector('img')).toBeNull()
    expect(document.body.innerHTML).toContain('&lt;img src=x onerror=alert(1)&gt;')
  })

  it('a value the store rejects is a field error, and the state is unchanged', async () => {
    const { h, store, user } = setup(() => (
      <FilterBar.Root>
        <FilterBar.Country options={['FR', 'XYZ']} />
      </FilterBar.Root>
    ))
    await widgetsReady()
    const country = screen.getByRole('combobox', { name: 'Country' })
    await user.click(country)
    await user.click(await screen.findByRole('option', { name: 'XYZ' }))
    expect(store.getState().customerCountry).toBeNull()
    const alert = screen.getByRole('alert')
    expect(alert.textContent).toMatch(/customerCountry "XYZ".*ISO 3166-1 alpha-2/)
    expect(country.getAttribute('aria-invalid')).toBe('true')
    expect(country.getAttribute('aria-describedby')).toBe(alert.id)
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(h.requests).toHaveLength(2)

    await user.click(country)
    await user.click(await screen.findByRole('option', { name: 'France' }))
    expect(store.getState().customerCountry).toBe('FR')
    expect(screen.queryByRole('alert')).toBeNull()
    expect(country.getAttribute('aria-invalid')).toBeNull()
    await waitFor(() => expect(lastTo(h, 'usages')).toContain('customer_country=FR'))
  })

  it('Reset goes back to the store’s initial filters', async () => {
    const { store, user } = setup(
      () => (
        <FilterBar.Root>
          <FilterBar.Reset />
        </FilterBar.Root>
      ),
      {},
      { currency: 'USD' },
    )
    store.getState().update({ currency: 'JPY', planCode: 'pro', breakdown: ['plan'] })
    await user.click(screen.getByRole('button', { name: 'Reset filters' }))
    expect(store.getState().currency).toBe('USD')
    expect(store.getState().planCode).toBeNull()
    expect(store.getState().breakdown).toEqual([])
  })

  it('Plan, Billing entity, Billable metric (+ metered/recurring), Customer type, Subscription', async () => {
    const { h, store, user } = setup((harnessed) => {
      const ledger = harnessed.simulator.ledger
      return (
        <FilterBar.Root>
          <FilterBar.Plan
            options={ledger.plans.map((plan) => ({ value: plan.code, label: plan.name }))}
          />
          <FilterBar.BillingEntity
            options={ledger.billingEntities.map((entity) => ({
              value: entity.code,
              label: entity.name,
            }))}
          />
          <FilterBar.BillableMetric
            options={ledger.metrics.map((metric) => ({ value: metric.code, label: metric.name }))}
          />
          <FilterBar.CustomerType />
          <FilterBar.Subscription
            options={ledger.customers.flatMap((customer) =>
              customer.subscriptionExternalIds.map((id) => ({ value: id, label: id })),
            )}
          />
        </FilterBar.Root>
      )
    })
    await widgetsReady()
    const ledger = h.simulator.ledger
    const plan = ledger.plans[1]
    const entity = ledger.billingEntities[0]
    const metric = ledger.metrics[0]
    const subscription = ledger.customers[3]?.subscriptionExternalIds[0]
    if (!plan || !entity || !metric || !subscription) throw new Error('ledger too small')

    await user.click(screen.getByRole('combobox', { name: 'Plan' }))
    await user.click(await screen.findByRole('option', { name: plan.name }))
    expect(store.getState().planCode).toBe(plan.code)
    await user.click(screen.getByRole('combobox', { name: 'Billing entity' }))
    await user.click(await screen.findByRole('option', { name: entity.name }))
    expect(store.getState().billingEntityCode).toBe(entity.code)
    await user.click(screen.getByRole('combobox', { name: 'Billable metric' }))
    await user.click(await screen.findByRole('option', { name: metric.name }))
    expect(store.getState().billableMetricCode).toBe(metric.code)
    await user.click(screen.getByRole('combobox', { name: 'Metric type' }))
    await user.click(await screen.findByRole('option', { name: 'Recurring' }))
    expect(store.getState().billableMetricKind).toBe('recurring')
    await user.click(screen.getByRole('combobox', { name: 'Customer type' }))
    await user.click(await screen.findByRole('option', { name: 'Company' }))
    expect(store.getState().customerType).toBe('company')
    await user.click(screen.getByRole('button', { name: /^Subscription/ }))
    await user.keyboard(subscription)
    await user.keyboard('{Enter}')
    expect(store.getState().externalSubscriptionId).toBe(subscription)

    await waitFor(() => {
      const usage = lastTo(h, 'usages')
      expect(usage).toContain(`plan_code=${encodeURIComponent(plan.code)}`)
      expect(usage).toContain(`billing_entity_code=${encodeURIComponent(entity.code)}`)
      expect(usage).toContain('is_billable_metric_recurring=true')
      expect(usage).toContain('customer_type=company')
      expect(usage).toContain(`external_subscription_id=${encodeURIComponent(subscription)}`)
    })

    // Back to "all" clears the filter.
    await user.click(screen.getByRole('combobox', { name: 'Plan' }))
    await user.click(await screen.findByRole('option', { name: 'All plans' }))
    expect(store.getState().planCode).toBeNull()
  })

  it('Breakdown picks up to two distinct dimensions', async () => {
    const { store, user } = setup(() => (
      <FilterBar.Root>
        <FilterBar.Breakdown dimensions={['customer', 'plan', 'country']} />
      </FilterBar.Root>
    ))
    const second = screen.getByRole('combobox', { name: 'Then by' })
    expect(second).toHaveProperty('disabled', true)
    await user.click(screen.getByRole('combobox', { name: 'Break down by' }))
    expect(optionTexts(await screen.findByRole('listbox'))).toEqual([
      'None',
      'Customer',
      'Plan',
      'Country',
    ])
    await user.click(screen.getByRole('option', { name: 'Plan' }))
    expect(store.getState().breakdown).toEqual(['plan'])
    await user.click(second)
    expect(optionTexts(await screen.findByRole('listbox'))).toEqual(['None', 'Customer', 'Country'])
    await user.click(screen.getByRole('option', { name: 'Country' }))
    expect(store.getState().breakdown).toEqual(['plan', 'country'])
    await user.click(screen.getByRole('combobox', { name: 'Break down by' }))
    await user.click(await screen.findByRole('option', { name: 'None' }))
    expect(store.getState().breakdown).toEqual([])
  })
})

describe('FilterBar without a store', () => {
  it('uncontrolled: starts at defaultValue, reports every change, validates', async () => {
    const onValueChange = vi.fn()
    const user = userEvent.setup()
    const ref = createRef<HTMLDivElement>()
    render(
      <FilterBar.Root
        ref={ref}
        className="host"
        data-testid="bar"
        defaultValue={{ granularity: 'quarter' }}
        onValueChange={onValueChange}
        now={new Date('2026-11-24T09:30:00Z')}
      >
        <FilterBar.Granularity options={['month', 'quarter']} />
        <FilterBar.Country options={['DE', 'nope']} />
        <FilterBar.Reset>Clear</FilterBar.Reset>
      </FilterBar.Root>,
    )
    expect(ref.current).toBe(screen.getByTestId('bar'))
    expect(ref.current?.className).toBe('lago-analytics lago-analytics-filter-bar host')
    const granularity = screen.getByRole('combobox', { name: 'Granularity' })
    expect(granularity.textContent).toContain('Quarter')
    await user.click(granularity)
    await user.click(await screen.findByRole('option', { name: 'Month' }))
    expect(granularity.textContent).toContain('Month')
    expect(onValueChange).toHaveBeenLastCalledWith({ ...DEFAULT_FILTERS, granularity: 'month' })

    await user.click(screen.getByRole('combobox', { name: 'Country' }))
    await user.click(await screen.findByRole('option', { name: 'nope' }))
    expect(onValueChange).toHaveBeenCalledTimes(1)
    expect(ref.current?.getAttribute('data-state')).toBe('invalid')
    expect(screen.getByRole('alert').textContent).toMatch(/customerCountry/)

    await user.click(screen.getByRole('button', { name: 'Clear' }))
    expect(onValueChange).toHaveBeenLastCalledWith({ ...DEFAULT_FILTERS, granularity: 'quarter' })
    expect(granularity.textContent).toContain('Quarter')
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('controlled: shows `value`, proposes changes, ignores the nearest store', async () => {
    const user = userEvent.setup()
    const store = createFilterStore()
    const seen: FilterState[] = []
    function Host() {
      const [value, setValue] = useState<FilterState>({ ...DEFAULT_FILTERS, currency: 'EUR' })
      return (
        <FilterStoreProvider store={store}>
          <FilterBar.Root
            value={value}
            onValueChange={(next) => {
              seen.push(next)
              if (next.currency !== 'GBP') setValue(next)
            }}
          >
            <FilterBar.Currency options={['EUR', 'GBP', 'USD']} />
          </FilterBar.Root>
        </FilterStoreProvider>
      )
    }
    render(<Host />)
    const currency = screen.getByRole('combobox', { name: 'Currency' })
    expect(currency.textContent).toContain('EUR')
    await user.click(currency)
    await user.click(await screen.findByRole('option', { name: /^GBP/ }))
    expect(seen.at(-1)?.currency).toBe('GBP')
    expect(currency.textContent).toContain('EUR') // the host refused
    await user.click(currency)
    await user.click(await screen.findByRole('option', { name: /^USD/ }))
    expect(currency.textContent).toContain('USD')
    expect(store.getState().currency).toBeNull()
  })

  it('parts outside the root name the problem', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    expect(() => render(<FilterBar.Granularity />)).toThrow(
      'FilterBar.Granularity must be used inside <FilterBar.Root>',
    )
    vi.restoreAllMocks()
  })
})
