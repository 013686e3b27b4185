import type { FilterKey } from '@lago-analytics/core/filters'
import { forwardRef, useId, type ComponentPropsWithoutRef, type ReactNode } from 'react'
import { cx } from '../../internal/cx.ts'
import { useFilterBar } from './FilterBarContext.ts'

/** Ids and ARIA wiring a field's control needs. */
export interface FieldControl {
  controlId: string
  labelId: string
  errorId: string
  error: string | undefined
  /** Spread on the control. */
  aria: { 'aria-invalid'?: true; 'aria-describedby'?: string }
}

export interface FilterFieldProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** Filter keys whose errors this field shows. */
  fields: readonly FilterKey[]
  label: ReactNode
  /** `data-slot` of the field, e.g. `filter-currency`. */
  slot: string
  children: (control: FieldControl) => ReactNode
  /** Render the label as a plain element (for controls that label themselves). */
  labelFor?: boolean | undefined
}

/** One labelled filter: label, control, and the error of a rejected value. */
export const FilterField = /* @__PURE__ */ forwardRef<HTMLDivElement, FilterFieldProps>(
  function FilterField(
    { fields, label, slot, children, labelFor = true, className, ...rest },
    ref,
  ) {
    const { errors } = useFilterBar('Field')
    const base = useId()
    const controlId = `${base}-control`
    const labelId = `${base}-label`
    const errorId = `${base}-error`
    const error = fields.map((field) => errors[field]).find((message) => message !== undefined)
    const aria: FieldControl['aria'] = error
      ? { 'aria-invalid': true, 'aria-describedby': errorId }
      : {}
    return (
      <div
        ref={ref}
        {...rest}
        className={cx('lago-analytics-filter', className)}
        data-slot={slot}
        data-invalid={error ? '' : undefined}
      >
        {labelFor ? (
          <label id={labelId} htmlFor={controlId} className="lago-analytics-filter__label">
            {label}
          </label>
        ) : (
          <span id={labelId} className="lago-analytics-filter__label">
            {label}
          </span>
        )}
        {children({ controlId, labelId, errorId, error, aria })}
        {error ? (
          <p
            id={errorId}
            role="alert"
            className="lago-analytics-filter__error"
            data-slot="filter-error"
          >
            {error}
          </p>
        ) : null}
      </div>
    )
  },
)
