import { DEFAULT_FILTERS, type FilterState } from '@lago-analytics/core/filters'
import { FilterStoreProvider, useFilters, useRevenueStreams } from '@lago-analytics/react'
import { FilterBar, RevenueStreamsChart } from '@lago-analytics/ui'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { useState, type ReactNode } from 'react'
import { Section, StoryFrame } from './support/StoryFrame.tsx'
import {
  XSS_PROBE,
  billingEntityOptions,
  countryCodes,
  currencyCodes,
  customerOptions,
  hostileLedger,
  metricOptions,
  planOptions,
  subscriptionOptions,
} from './support/storyData.ts'

/**
 * `FilterBar`: dashboard filters as parts, bound to the nearest `FilterStoreProvider` (every hook
 * under it refetches), controlled (`value`/`onValueChange`) or uncontrolled (`defaultValue`).
 * Lago's analytics API lists no customers, plans or metrics: the options here come from the
 * simulator's ledger, as a host would pass its own.
 */
const meta: Meta<typeof FilterBar.Root> = {
  title: 'Components/FilterBar',
  component: FilterBar.Root,
}
export default meta

type Story = StoryObj<typeof FilterBar.Root>

const options = {
  currencies: currencyCodes(),
  countries: countryCodes(),
  customers: customerOptions(),
  plans: planOptions(),
  subscriptions: subscriptionOptions(),
  metrics: metricOptions(),
  entities: billingEntityOptions(),
}

/** Every part, in the order a revenue dashboard would show them. */
function AllParts({ source = options }: { source?: typeof options }) {
  return (
    <>
      <FilterBar.DateRange />
      <FilterBar.Granularity />
      <FilterBar.Currency options={source.currencies} />
      <FilterBar.Customer options={source.customers} />
      <FilterBar.CustomerType />
      <FilterBar.Country options={source.countries} />
      <FilterBar.Plan options={source.plans} />
      <FilterBar.Subscription options={source.subscriptions} />
      <FilterBar.BillingEntity options={source.entities} />
      <FilterBar.BillableMetric options={source.metrics} />
      <FilterBar.Breakdown />
      <FilterBar.Reset />
    </>
  )
}

/** The store's state, as the hooks see it. */
function StoreState() {
  const filters = useFilters()
  return <FiltersReadout filters={filters} title="Store state" />
}

function FiltersReadout({ filters, title }: { filters: FilterState; title: string }) {
  const changed = Object.fromEntries(
    Object.entries(filters).filter(
      ([key, value]) =>
        JSON.stringify(value) !== JSON.stringify(DEFAULT_FILTERS[key as keyof FilterState]),
    ),
  )
  return (
    <Section title={title}>
      <pre
        data-slot="story-filters"
        style={{
          margin: 0,
          padding: 8,
          fontSize: 'var(--lago-analytics-font-size-small)',
          background: 'var(--lago-analytics-color-surface)',
          border: '1px solid var(--lago-analytics-color-border)',
          borderRadius: 'var(--lago-analytics-radius)',
          whiteSpace: 'pre-wrap',
        }}
      >
        {JSON.stringify({ ...DEFAULT_FILTERS, ...changed }, null, 2)}
      </pre>
    </Section>
  )
}

/** Every part bound to one filter store; the readout shows what the hooks receive. */
export const BoundToStore: Story = {
  render: () => (
    <StoryFrame title="Filters" maxWidth="none">
      <FilterStoreProvider initialFilters={{ currency: 'EUR', planCode: 'growth_monthly' }}>
        <FilterBar.Root>
          <AllParts />
        </FilterBar.Root>
        <StoreState />
      </FilterStoreProvider>
    </StoryFrame>
  ),
}

function StreamsUnderFilters() {
  const streams = useRevenueStreams()
  return (
    <RevenueStreamsChart
      label="Revenue streams"
      state={streams.state}
      unavailableReason={streams.unavailableReason ?? undefined}
      onRetry={streams.refetch}
      data={streams.data}
      granularity={streams.context.filters.granularity}
    />
  )
}

/** A bar and a chart under one store: change the range, granularity or currency and it refetches. */
export const DrivingAChart: Story = {
  render: () => (
    <StoryFrame title="Revenue streams" maxWidth={1000}>
      <FilterStoreProvider initialFilters={{ range: { preset: 'yearToDate' } }}>
        <FilterBar.Root>
          <FilterBar.DateRange />
          <FilterBar.Granularity />
          <FilterBar.Currency options={options.currencies} />
          <FilterBar.CustomerType />
          <FilterBar.Reset />
        </FilterBar.Root>
        <StreamsUnderFilters />
      </FilterStoreProvider>
    </StoryFrame>
  ),
}

function Controlled() {
  const [value, setValue] = useState<FilterState>({
    ...DEFAULT_FILTERS,
    range: { preset: 'previousQuarter' },
    granularity: 'week',
  })
  return (
    <StoryFrame title="Controlled filters" maxWidth="none">
      <FilterBar.Root value={value} onValueChange={setValue}>
        <FilterBar.DateRange />
        <FilterBar.Granularity />
        <FilterBar.Plan options={options.plans} />
        <FilterBar.Reset />
      </FilterBar.Root>
      <FiltersReadout filters={value} title="Host state (value)" />
    </StoryFrame>
  )
}

/** `value` + `onValueChange`: the host owns the state; the bar never writes to a store. */
export const ControlledValue: Story = { render: () => <Controlled /> }

/** No store, no value: the bar keeps its own state from `defaultValue`; Reset returns to it. */
export const Uncontrolled: Story = {
  render: () => (
    <StoryFrame title="Uncontrolled filters" maxWidth="none">
      <FilterBar.Root
        defaultValue={{
          range: { preset: 'custom', from: '2026-01-01', to: '2026-06-30' },
          granularity: 'quarter',
          customerCountry: 'FR',
          breakdown: ['plan', 'country'],
        }}
      >
        <FilterBar.DateRange />
        <FilterBar.Granularity />
        <FilterBar.Country options={options.countries} />
        <FilterBar.Breakdown />
        <FilterBar.Reset />
      </FilterBar.Root>
    </StoryFrame>
  ),
}

export const Disabled: Story = {
  render: () => (
    <StoryFrame title="Disabled filters" maxWidth="none">
      <FilterBar.Root disabled>
        <AllParts />
      </FilterBar.Root>
    </StoryFrame>
  ),
}

/** Dates, currency and country names in the locale (fr-FR); words overridden through props. */
export const French: Story = {
  parameters: { lago: { locale: 'fr-FR' } },
  render: () => (
    <StoryFrame title="Filtres" maxWidth="none">
      <FilterStoreProvider initialFilters={{ currency: 'JPY', customerCountry: 'DE' }}>
        <FilterBar.Root aria-label="Filtres">
          <FilterBar.DateRange label="Période" />
          <FilterBar.Granularity
            label="Granularité"
            labels={{
              day: 'Jour',
              week: 'Semaine',
              month: 'Mois',
              quarter: 'Trimestre',
              year: 'Année',
            }}
          />
          <FilterBar.Currency label="Devise" options={options.currencies} />
          <FilterBar.Country label="Pays" allLabel="Tous les pays" options={options.countries} />
          <FilterBar.Reset>Réinitialiser</FilterBar.Reset>
        </FilterBar.Root>
      </FilterStoreProvider>
    </StoryFrame>
  ),
}

const hostileOptions = {
  ...options,
  customers: [{ value: 'cus_xss', label: XSS_PROBE }, ...customerOptions(hostileLedger)],
  subscriptions: subscriptionOptions(hostileLedger),
}

/**
 * Option labels are user data: the selected customer's name (the XSS probe) and every option
 * render as text. Options from the `hostileNames` simulator.
 */
export const HostileOptions: Story = {
  render: () => (
    <StoryFrame title="Filters (hostile names)" maxWidth="none">
      <FilterStoreProvider initialFilters={{ externalCustomerId: 'cus_xss' }}>
        <FilterBar.Root>
          <AllParts source={hostileOptions} />
        </FilterBar.Root>
      </FilterStoreProvider>
    </StoryFrame>
  ),
}

/**
 * Popovers portal to `document.body` unless `portalContainer` is given; here it is the themed
 * frame, so the open popover takes the dark variables too.
 */
function OpenPopover({ children }: { children: (container: HTMLElement | null) => ReactNode }) {
  const [container, setContainer] = useState<HTMLElement | null>(null)
  return (
    <StoryFrame title="Filters" maxWidth="none">
      <div ref={setContainer} className="lago-analytics" style={{ minHeight: 520 }}>
        {container ? children(container) : null}
      </div>
    </StoryFrame>
  )
}

export const DateRangeOpen: Story = {
  render: () => (
    <OpenPopover>
      {(container) => (
        <FilterStoreProvider>
          <FilterBar.Root portalContainer={container}>
            <FilterBar.DateRange defaultOpen />
            <FilterBar.Granularity />
          </FilterBar.Root>
        </FilterStoreProvider>
      )}
    </OpenPopover>
  ),
}

export const CustomerSearchOpen: Story = {
  render: () => (
    <OpenPopover>
      {(container) => (
        <FilterStoreProvider>
          <FilterBar.Root portalContainer={container}>
            <FilterBar.Customer options={options.customers} defaultOpen />
          </FilterBar.Root>
        </FilterStoreProvider>
      )}
    </OpenPopover>
  ),
}
