import { GRANULARITIES, type Granularity } from '@lago-analytics/core'
import type { BillableMetricKind } from '@lago-analytics/core/filters'
import type { CustomerType } from '@lago-analytics/client'
import { LagoAnalyticsContext } from '@lago-analytics/react'
import { forwardRef, useContext, type ComponentPropsWithoutRef, type ReactNode } from 'react'
import { cx } from '../../internal/cx.ts'
import { useFilterBar } from './FilterBarContext.ts'
import { FilterField } from './FilterField.tsx'
import { FilterSelect, type FilterOption } from './FilterSelect.tsx'

type PartProps = Omit<ComponentPropsWithoutRef<'div'>, 'children'> & {
  /** Visible label of the field. */
  label?: ReactNode
}

function displayName(locale: string, type: 'currency' | 'region', code: string): string {
  try {
    return new Intl.DisplayNames([locale], { type, fallback: 'code' }).of(code) ?? code
  } catch {
    return code
  }
}

export const GRANULARITY_LABELS: Readonly<Record<Granularity, string>> = {
  day: 'Day',
  week: 'Week',
  month: 'Month',
  quarter: 'Quarter',
  year: 'Year',
}

export interface GranularityFilterProps extends PartProps {
  /** Offered granularities. Default: day, week, month, quarter, year. */
  options?: readonly Granularity[] | undefined
  labels?: Partial<Record<Granularity, string>> | undefined
}

export const GranularityFilter = /* @__PURE__ */ forwardRef<HTMLDivElement, GranularityFilterProps>(
  function GranularityFilter(
    { label = 'Granularity', options = GRANULARITIES, labels, ...rest },
    ref,
  ) {
    const bar = useFilterBar('Granularity')
    const names = { ...GRANULARITY_LABELS, ...labels }
    return (
      <FilterField
        ref={ref}
        {...rest}
        fields={['granularity']}
        label={label}
        slot="filter-granularity"
      >
        {(control) => (
          <FilterSelect
            control={control}
            slot="filter-granularity"
            value={bar.filters.granularity}
            options={options.map((value) => ({ value, label: names[value] }))}
            onChange={(next) => {
              if (next !== null) bar.set('granularity', next as Granularity)
            }}
          />
        )}
      </FilterField>
    )
  },
)

export interface CurrencyFilterProps extends PartProps {
  /** ISO 4217 codes of the organisation (Lago never converts: one currency at a time). */
  options?: readonly string[] | undefined
  /** Label of "no currency filter" (the provider's default currency applies). */
  allLabel?: string | undefined
}

const COMMON_CURRENCIES = ['EUR', 'USD', 'GBP', 'CAD', 'AUD', 'CHF', 'JPY']

export const CurrencyFilter = /* @__PURE__ */ forwardRef<HTMLDivElement, CurrencyFilterProps>(
  function CurrencyFilter(
    { label = 'Currency', options = COMMON_CURRENCIES, allLabel, ...rest },
    ref,
  ) {
    const bar = useFilterBar('Currency')
    const provider = useContext(LagoAnalyticsContext)
    const fallback = provider?.defaultCurrency ? `Default (${provider.defaultCurrency})` : 'Default'
    return (
      <FilterField ref={ref} {...rest} fields={['currency']} label={label} slot="filter-currency">
        {(control) => (
          <FilterSelect
            control={control}
            slot="filter-currency"
            value={bar.filters.currency}
            allLabel={allLabel ?? fallback}
            options={options.map((code) => ({
              value: code,
              label: `${code} · ${displayName(bar.locale, 'currency', code)}`,
            }))}
            onChange={(next) => bar.set('currency', next)}
          />
        )}
      </FilterField>
    )
  },
)

export interface CustomerTypeFilterProps extends PartProps {
  labels?: Partial<Record<CustomerType | 'all', string>> | undefined
}

export const CustomerTypeFilter = /* @__PURE__ */ forwardRef<
  HTMLDivElement,
  CustomerTypeFilterProps
>(function CustomerTypeFilter({ label = 'Customer type', labels, ...rest }, ref) {
  const bar = useFilterBar('CustomerType')
  const names = {
    all: 'All customer types',
    company: 'Company',
    individual: 'Individual',
    ...labels,
  }
  return (
    <FilterField
      ref={ref}
      {...rest}
      fields={['customerType']}
      label={label}
      slot="filter-customer-type"
    >
      {(control) => (
        <FilterSelect
          control={control}
          slot="filter-customer-type"
          value={bar.filters.customerType}
          allLabel={names.all}
          options={[
            { value: 'company', label: names.company },
            { value: 'individual', label: names.individual },
          ]}
          onChange={(next) => bar.set('customerType', next as CustomerType | null)}
        />
      )}
    </FilterField>
  )
})

export interface CountryFilterProps extends PartProps {
  /** ISO 3166-1 alpha-2 codes; names come from `Intl.DisplayNames` in the locale. */
  options: readonly string[]
  allLabel?: string | undefined
}

export const CountryFilter = /* @__PURE__ */ forwardRef<HTMLDivElement, CountryFilterProps>(
  function CountryFilter({ label = 'Country', options, allLabel = 'All countries', ...rest }, ref) {
    const bar = useFilterBar('Country')
    return (
      <FilterField
        ref={ref}
        {...rest}
        fields={['customerCountry']}
        label={label}
        slot="filter-country"
      >
        {(control) => (
          <FilterSelect
            control={control}
            slot="filter-country"
            value={bar.filters.customerCountry}
            allLabel={allLabel}
            options={options.map((code) => ({
              value: code,
              label: displayName(bar.locale, 'region', code),
            }))}
            onChange={(next) => bar.set('customerCountry', next)}
          />
        )}
      </FilterField>
    )
  },
)

export interface OptionsFilterProps extends PartProps {
  /** `{ value, label }` — labels are user data, rendered as text. */
  options: readonly FilterOption[]
  allLabel?: string | undefined
}

export const PlanFilter = /* @__PURE__ */ forwardRef<HTMLDivElement, OptionsFilterProps>(
  function PlanFilter({ label = 'Plan', options, allLabel = 'All plans', ...rest }, ref) {
    const bar = useFilterBar('Plan')
    return (
      <FilterField ref={ref} {...rest} fields={['planCode']} label={label} slot="filter-plan">
        {(control) => (
          <FilterSelect
            control={control}
            slot="filter-plan"
            value={bar.filters.planCode}
            allLabel={allLabel}
            options={options}
            onChange={(next) => bar.set('planCode', next)}
          />
        )}
      </FilterField>
    )
  },
)

export const BillingEntityFilter = /* @__PURE__ */ forwardRef<HTMLDivElement, OptionsFilterProps>(
  function BillingEntityFilter(
    { label = 'Billing entity', options, allLabel = 'All billing entities', ...rest },
    ref,
  ) {
    const bar = useFilterBar('BillingEntity')
    return (
      <FilterField
        ref={ref}
        {...rest}
        fields={['billingEntityCode']}
        label={label}
        slot="filter-billing-entity"
      >
        {(control) => (
          <FilterSelect
            control={control}
            slot="filter-billing-entity"
            value={bar.filters.billingEntityCode}
            allLabel={allLabel}
            options={options}
            onChange={(next) => bar.set('billingEntityCode', next)}
          />
        )}
      </FilterField>
    )
  },
)

export interface BillableMetricFilterProps extends OptionsFilterProps {
  /** Also show the metered/recurring choice (Lago's `is_billable_metric_recurring`). Default true. */
  showKind?: boolean | undefined
  kindLabel?: ReactNode
  kindLabels?: Partial<Record<BillableMetricKind | 'all', string>> | undefined
}

export const BillableMetricFilter = /* @__PURE__ */ forwardRef<
  HTMLDivElement,
  BillableMetricFilterProps
>(function BillableMetricFilter(
  {
    label = 'Billable metric',
    options,
    allLabel = 'All metrics',
    showKind = true,
    kindLabel = 'Metric type',
    kindLabels,
    className,
    ...rest
  },
  ref,
) {
  const bar = useFilterBar('BillableMetric')
  const kinds = {
    all: 'Metered and recurring',
    metered: 'Metered',
    recurring: 'Recurring',
    ...kindLabels,
  }
  return (
    <div
      ref={ref}
      {...rest}
      className={cx('lago-analytics-filter-group', className)}
      data-slot="filter-billable-metric"
    >
      <FilterField fields={['billableMetricCode']} label={label} slot="filter-billable-metric-code">
        {(control) => (
          <FilterSelect
            control={control}
            slot="filter-billable-metric-code"
            value={bar.filters.billableMetricCode}
            allLabel={allLabel}
            options={options}
            onChange={(next) => bar.set('billableMetricCode', next)}
          />
        )}
      </FilterField>
      {showKind ? (
        <FilterField
          fields={['billableMetricKind']}
          label={kindLabel}
          slot="filter-billable-metric-kind"
        >
          {(control) => (
            <FilterSelect
              control={control}
              slot="filter-billable-metric-kind"
              value={bar.filters.billableMetricKind}
              allLabel={kinds.all}
              options={[
                { value: 'metered', label: kinds.metered },
                { value: 'recurring', label: kinds.recurring },
              ]}
              onChange={(next) => bar.set('billableMetricKind', next as BillableMetricKind | null)}
            />
          )}
        </FilterField>
      ) : null}
    </div>
  )
})
