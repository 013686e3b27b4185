import {
  DEFAULT_FILTERS,
  FilterValidationError,
  pickFilters,
  validateFilter,
  validateFilters,
  type FilterKey,
  type FilterState,
  type FilterStore,
  type FilterStoreState,
} from '@lago-analytics/core/filters'
import { LagoAnalyticsContext, useOptionalFilterStore } from '@lago-analytics/react'
import {
  forwardRef,
  useCallback,
  useContext,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type ComponentPropsWithoutRef,
  type ReactNode,
} from 'react'
import { cx } from '../../internal/cx.ts'
import { FilterBarContext, type FilterBarContextValue } from './FilterBarContext.ts'

export interface FilterBarRootProps extends Omit<
  ComponentPropsWithoutRef<'div'>,
  'defaultValue' | 'onChange'
> {
  /** Controlled filters. When set, the bar does not touch any store: handle `onValueChange`. */
  value?: FilterState | undefined
  /** Initial filters when uncontrolled and not bound to a store (merged over the defaults). */
  defaultValue?: Partial<FilterState> | undefined
  /** Called with the whole new filter state after every accepted change. */
  onValueChange?: ((value: FilterState) => void) | undefined
  /** Bind to this store; default: the nearest `FilterStoreProvider`'s (unless `value` is set). */
  store?: FilterStore | undefined
  /** Default: the provider's locale, else `en-US`. */
  locale?: string | undefined
  /** Resolves range presets for display. Default: the provider's clock, else the system clock. */
  now?: Date | undefined
  disabled?: boolean | undefined
  /** Turns a rejected value into the field's error text. Default: the error's message. */
  formatError?: ((error: FilterValidationError) => string) | undefined
  /** Portal target of popovers and listboxes (e.g. your themed dashboard element). */
  portalContainer?: HTMLElement | null | undefined
  children?: ReactNode
}

const noStore = {
  subscribe: () => () => {},
  getState: () => null,
}

/**
 * The filter bar. Its state is, in order of precedence: `value` (controlled), the `store` prop or
 * the nearest `FilterStoreProvider`'s store (bound: reads and writes the store), or its own
 * state starting at `defaultValue`. Rejected values become field errors; nothing changes.
 */
export const FilterBarRoot = /* @__PURE__ */ forwardRef<HTMLDivElement, FilterBarRootProps>(
  function FilterBarRoot(
    {
      value,
      defaultValue,
      onValueChange,
      store: storeProp,
      locale,
      now,
      disabled = false,
      formatError,
      portalContainer,
      className,
      children,
      ...rest
    },
    ref,
  ) {
    const provider = useContext(LagoAnalyticsContext)
    const nearest = useOptionalFilterStore()
    const store = storeProp ?? (value === undefined ? nearest : null)
    const source = store ?? noStore
    const storeState: FilterStoreState | null = useSyncExternalStore(
      source.subscribe,
      source.getState,
      source.getState,
    )
    const [initial] = useState<FilterState>(() => ({
      ...DEFAULT_FILTERS,
      ...validateFilters(defaultValue ?? {}),
    }))
    const [own, setOwn] = useState<FilterState>(initial)
    const [errors, setErrors] = useState<Partial<Record<FilterKey, string>>>({})
    const filters: FilterState = value ?? storeState ?? own

    // The latest props and state for stable callbacks.
    const latest = useRef({ filters, onValueChange, formatError, value, store })
    latest.current = { filters, onValueChange, formatError, value, store }

    const set = useCallback(<K extends FilterKey>(key: K, next: FilterState[K]): boolean => {
      const current = latest.current
      let updated: FilterState
      try {
        if (current.store) {
          current.store.getState().setFilter(key, next)
          updated = pickFilters(current.store.getState())
        } else {
          updated = { ...current.filters, [key]: validateFilter(key, next) }
          if (current.value === undefined) setOwn(updated)
        }
      } catch (error) {
        if (!(error instanceof FilterValidationError)) throw error
        const message = current.formatError ? current.formatError(error) : error.message
        setErrors((previous) => ({ ...previous, [key]: message }))
        return false
      }
      setErrors((previous) => {
        if (!(key in previous)) return previous
        const copy = { ...previous }
        delete copy[key]
        return copy
      })
      current.onValueChange?.(pickFilters(updated))
      return true
    }, [])

    const reset = useCallback(() => {
      const current = latest.current
      let updated: FilterState
      if (current.store) {
        current.store.getState().reset()
        updated = pickFilters(current.store.getState())
      } else {
        updated = initial
        if (current.value === undefined) setOwn(initial)
      }
      setErrors({})
      current.onValueChange?.(pickFilters(updated))
    }, [initial])

    const clock = now ?? provider?.now() ?? new Date()
    const day = clock.toISOString().slice(0, 10)
    const context = useMemo<FilterBarContextValue>(
      () => ({
        filters,
        set,
        reset,
        errors,
        locale: locale ?? provider?.locale ?? 'en-US',
        now: new Date(`${day}T12:00:00Z`),
        disabled,
        portalContainer,
      }),
      [filters, set, reset, errors, locale, provider?.locale, day, disabled, portalContainer],
    )

    return (
      <FilterBarContext.Provider value={context}>
        <div
          ref={ref}
          role="group"
          aria-label="Filters"
          {...rest}
          className={cx('lago-analytics', 'lago-analytics-filter-bar', className)}
          data-slot="filter-bar"
          data-state={Object.keys(errors).length > 0 ? 'invalid' : 'valid'}
          data-disabled={disabled ? '' : undefined}
        >
          {children}
        </div>
      </FilterBarContext.Provider>
    )
  },
)
