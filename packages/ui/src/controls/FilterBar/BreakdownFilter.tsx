import { BREAKDOWN_DIMENSIONS, type BreakdownDimension } from '@lago-analytics/core/filters'
import { forwardRef, type ComponentPropsWithoutRef, type ReactNode } from 'react'
import { cx } from '../../internal/cx.ts'
import { useFilterBar } from './FilterBarContext.ts'
import { FilterField } from './FilterField.tsx'
import { FilterSelect } from './FilterSelect.tsx'

export const BREAKDOWN_LABELS: Readonly<Record<BreakdownDimension, string>> = {
  customer: 'Customer',
  plan: 'Plan',
  subscription: 'Subscription',
  billableMetric: 'Billable metric',
  customerType: 'Customer type',
  country: 'Country',
  billingEntity: 'Billing entity',
}

export interface BreakdownFilterProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  label?: ReactNode
  /** Label of the second dimension (pivot columns). */
  secondLabel?: ReactNode
  /** Offered dimensions. Default: core's `BREAKDOWN_DIMENSIONS`. */
  dimensions?: readonly BreakdownDimension[] | undefined
  labels?: Partial<Record<BreakdownDimension, string>> | undefined
  noneLabel?: string | undefined
  /** Allow a second dimension (rows × columns). Default true. */
  allowSecond?: boolean | undefined
}

/** Dimension picker: up to two dimensions (rows, then columns of a pivot). */
export const BreakdownFilter = /* @__PURE__ */ forwardRef<HTMLDivElement, BreakdownFilterProps>(
  function BreakdownFilter(
    {
      label = 'Break down by',
      secondLabel = 'Then by',
      dimensions = BREAKDOWN_DIMENSIONS,
      labels,
      noneLabel = 'None',
      allowSecond = true,
      className,
      ...rest
    },
    ref,
  ) {
    const bar = useFilterBar('Breakdown')
    const names = { ...BREAKDOWN_LABELS, ...labels }
    const [first = null, second = null] = bar.filters.breakdown
    const options = (exclude: BreakdownDimension | null) =>
      dimensions
        .filter((dimension) => dimension !== exclude)
        .map((dimension) => ({ value: dimension, label: names[dimension] }))
    return (
      <div
        ref={ref}
        {...rest}
        className={cx('lago-analytics-filter-group', className)}
        data-slot="filter-breakdown"
      >
        <FilterField fields={['breakdown']} label={label} slot="filter-breakdown-first">
          {(control) => (
            <FilterSelect
              control={control}
              slot="filter-breakdown-first"
              value={first}
              allLabel={noneLabel}
              options={options(null)}
              onChange={(next) =>
                bar.set(
                  'breakdown',
                  next === null
                    ? []
                    : [next as BreakdownDimension, ...(second && second !== next ? [second] : [])],
                )
              }
            />
          )}
        </FilterField>
        {allowSecond ? (
          <FilterField fields={[]} label={secondLabel} slot="filter-breakdown-second">
            {(control) => (
              <FilterSelect
                control={control}
                slot="filter-breakdown-second"
                value={second}
                allLabel={noneLabel}
                disabled={first === null}
                options={options(first)}
                onChange={(next) =>
                  first !== null &&
                  bar.set(
                    'breakdown',
                    next === null ? [first] : [first, next as BreakdownDimension],
                  )
                }
              />
            )}
          </FilterField>
        ) : null}
      </div>
    )
  },
)
