import { forwardRef, type ComponentPropsWithoutRef } from 'react'
import { cx } from '../../internal/cx.ts'
import { useFilterBar } from './FilterBarContext.ts'

export type ResetButtonProps = ComponentPropsWithoutRef<'button'>

/** Back to the initial filters (the store's, or `defaultValue`); clears field errors. */
export const ResetButton = /* @__PURE__ */ forwardRef<HTMLButtonElement, ResetButtonProps>(
  function ResetButton({ className, children = 'Reset filters', onClick, disabled, ...rest }, ref) {
    const bar = useFilterBar('Reset')
    return (
      <button
        ref={ref}
        type="button"
        disabled={bar.disabled || disabled}
        {...rest}
        className={cx('lago-analytics-button', 'lago-analytics-filter-bar__reset', className)}
        data-slot="filter-reset"
        onClick={(event) => {
          onClick?.(event)
          if (!event.defaultPrevented) bar.reset()
        }}
      >
        {children}
      </button>
    )
  },
)
