import type { Comparison } from '@lago-analytics/core'
import type { DatasetState, UnavailableReason } from '@lago-analytics/react'
import {
  createContext,
  forwardRef,
  useContext,
  useId,
  type ComponentPropsWithoutRef,
  type ReactNode,
} from 'react'
import { assertNever } from '../../internal/assertNever.ts'
import { cx } from '../../internal/cx.ts'
import { useLocale } from '../../internal/useLocale.ts'
import {
  DEFAULT_DELTA_LABELS,
  describeDelta,
  type DeltaDirection,
  type DeltaLabels,
  type DeltaSentiment,
} from './describeDelta.ts'
import {
  formatMetricValue,
  NO_VALUE,
  type MetricFormat,
  type MetricValue,
} from './formatMetricValue.ts'

/** `data-state` of a card: the react hooks' `DatasetState`. */
export type MetricCardState = DatasetState

export interface MetricCardMessages {
  loading: string
  empty: string
  error: string
  retry: string
  unavailablePlan: string
  unavailableDataApi: string
  docsLink: string
}

export const DEFAULT_METRIC_CARD_MESSAGES: MetricCardMessages = {
  loading: 'Loading…',
  empty: 'No data for this period',
  error: 'This figure could not be loaded.',
  retry: 'Retry',
  unavailablePlan: 'Not available on this Lago plan.',
  unavailableDataApi: 'Needs the Lago Data API.',
  docsLink: 'Learn more',
}

interface MetricCardContextValue {
  state: MetricCardState
  locale: string
  labelId: string
  messages: MetricCardMessages
  onRetry: (() => void) | undefined
  unavailableReason: UnavailableReason | undefined
  docsHref: string | undefined
}

const MetricCardContext = /* @__PURE__ */ createContext<MetricCardContextValue | null>(null)
MetricCardContext.displayName = 'MetricCardContext'

function useMetricCard(part: string): MetricCardContextValue {
  const value = useContext(MetricCardContext)
  if (value === null) throw new Error(`MetricCard.${part} must be used inside <MetricCard.Root>`)
  return value
}

type DivProps = Omit<ComponentPropsWithoutRef<'div'>, 'children'>

export interface MetricCardRootProps extends DivProps {
  /** `loading` shows skeletons; `empty`, `error` and `unavailable` a message instead of the value. */
  state?: MetricCardState | undefined
  /** BCP 47 locale for values and deltas. Default: the provider's, else `en-US`. */
  locale?: string | undefined
  /** Shows a retry button in the `error` state. */
  onRetry?: (() => void) | undefined
  /** Why the figure is `unavailable` (premium plan, or no Data API). */
  unavailableReason?: UnavailableReason | undefined
  /** Documentation link shown in the `unavailable` state. */
  docsHref?: string | undefined
  messages?: Partial<MetricCardMessages> | undefined
  children?: ReactNode
}

const Root = /* @__PURE__ */ forwardRef<HTMLDivElement, MetricCardRootProps>(
  function MetricCardRoot(
    {
      state = 'ready',
      locale,
      onRetry,
      unavailableReason,
      docsHref,
      messages,
      className,
      children,
      ...rest
    },
    ref,
  ) {
    const labelId = useId()
    const context: MetricCardContextValue = {
      state,
      locale: useLocale(locale),
      labelId,
      messages: { ...DEFAULT_METRIC_CARD_MESSAGES, ...messages },
      onRetry,
      unavailableReason,
      docsHref,
    }
    return (
      <MetricCardContext.Provider value={context}>
        <div
          ref={ref}
          role="group"
          aria-labelledby={labelId}
          aria-busy={state === 'loading' || undefined}
          {...rest}
          className={cx('lago-analytics', 'lago-analytics-metric-card', className)}
          data-slot="metric-card"
          data-state={state}
        >
          {children}
        </div>
      </MetricCardContext.Provider>
    )
  },
)

export interface MetricCardLabelProps extends DivProps {
  children?: ReactNode
}

const Label = /* @__PURE__ */ forwardRef<HTMLDivElement, MetricCardLabelProps>(
  function MetricCardLabel({ className, ...rest }, ref) {
    const { labelId } = useMetricCard('Label')
    return (
      <div
        ref={ref}
        id={labelId}
        {...rest}
        className={cx('lago-analytics-metric-card__label', className)}
        data-slot="metric-card-label"
      />
    )
  },
)

export interface MetricCardValueProps extends DivProps {
  /** Money in minor units, or a number (a ratio with `format="percent"`). */
  value?: MetricValue | null | undefined
  format?: MetricFormat | undefined
  /** Short notation (`€1.2M`). */
  compact?: boolean | undefined
  numberFormat?: Intl.NumberFormatOptions | undefined
  /** Replaces the formatted value in the `ready` state. */
  children?: ReactNode
}

function StatusMessage({ context }: { context: MetricCardContextValue }) {
  const { state, messages } = context
  switch (state) {
    case 'ready':
    case 'loading':
      return null
    case 'empty':
      return (
        <p className="lago-analytics-metric-card__message" data-slot="metric-card-message">
          {messages.empty}
        </p>
      )
    case 'error':
      return (
        <div
          className="lago-analytics-metric-card__message"
          data-slot="metric-card-message"
          role="alert"
        >
          <span>{messages.error}</span>
          {context.onRetry ? (
            <button
              type="button"
              className="lago-analytics-button"
              data-slot="metric-card-retry"
              onClick={context.onRetry}
            >
              {messages.retry}
            </button>
          ) : null}
        </div>
      )
    case 'unavailable':
      return (
        <p className="lago-analytics-metric-card__message" data-slot="metric-card-message">
          <span>
            {context.unavailableReason === 'data-api'
              ? messages.unavailableDataApi
              : messages.unavailablePlan}
          </span>{' '}
          {context.docsHref ? (
            <a
              href={context.docsHref}
              className="lago-analytics-link"
              data-slot="metric-card-docs-link"
              target="_blank"
              rel="noreferrer noopener"
            >
              {messages.docsLink}
            </a>
          ) : null}
        </p>
      )
    default:
      return assertNever(state)
  }
}

const Value = /* @__PURE__ */ forwardRef<HTMLDivElement, MetricCardValueProps>(
  function MetricCardValue(
    { value, format, compact, numberFormat, className, children, ...rest },
    ref,
  ) {
    const context = useMetricCard('Value')
    const { state, locale, messages } = context
    let content: ReactNode
    if (state === 'loading') {
      content = (
        <>
          <span className="lago-analytics-skeleton" data-slot="metric-card-skeleton" aria-hidden />
          <span className="lago-analytics-sr-only">{messages.loading}</span>
        </>
      )
    } else if (state === 'ready') {
      content = children ?? formatMetricValue(value, { locale, format, compact, numberFormat })
    } else {
      content = (
        <>
          <span aria-hidden>{NO_VALUE}</span>
          <StatusMessage context={context} />
        </>
      )
    }
    return (
      <div
        ref={ref}
        {...rest}
        className={cx('lago-analytics-metric-card__value', className)}
        data-slot="metric-card-value"
        data-state={state}
      >
        {content}
      </div>
    )
  },
)

function Arrow({ direction }: { direction: DeltaDirection }) {
  const path =
    direction === 'up'
      ? 'M8 3l5 6H9.5v4h-3V9H3z'
      : direction === 'down'
        ? 'M8 13l5-6H9.5V3h-3v4H3z'
        : direction === 'flat'
          ? 'M2 6.5h12v3H2z'
          : null
  if (path === null) return null
  return (
    <svg
      className="lago-analytics-metric-card__arrow"
      data-slot="metric-card-delta-icon"
      viewBox="0 0 16 16"
      width="12"
      height="12"
      aria-hidden="true"
      focusable="false"
    >
      <path d={path} fill="currentColor" />
    </svg>
  )
}

export interface MetricCardDeltaProps extends DivProps {
  /** From core's `compareValues`/`comparePeriods` or react's `usePeriodComparison`. */
  comparison?: Comparison | null | undefined
  /** Default `increase-is-good`; `decrease-is-good` for churn, overdue balance… */
  sentiment?: DeltaSentiment | undefined
  /** Default `versus previous period`. */
  comparisonLabel?: string | undefined
  labels?: Partial<DeltaLabels> | undefined
}

const Delta = /* @__PURE__ */ forwardRef<HTMLDivElement, MetricCardDeltaProps>(
  function MetricCardDelta(
    { comparison, sentiment, comparisonLabel, labels, className, ...rest },
    ref,
  ) {
    const { state, locale } = useMetricCard('Delta')
    if (state === 'loading') {
      return (
        <div
          ref={ref}
          {...rest}
          className={cx('lago-analytics-metric-card__delta', className)}
          data-slot="metric-card-delta"
          data-state="loading"
        >
          <span className="lago-analytics-skeleton lago-analytics-skeleton--short" aria-hidden />
        </div>
      )
    }
    if (state !== 'ready' || !comparison) return null
    const delta = describeDelta(comparison, { locale, sentiment, comparisonLabel, labels })
    return (
      <div
        ref={ref}
        title={delta.srText}
        {...rest}
        className={cx('lago-analytics-metric-card__delta', className)}
        data-slot="metric-card-delta"
        data-state={delta.direction === 'none' ? 'no-baseline' : delta.direction}
        data-tone={delta.tone}
      >
        <span aria-hidden="true" className="lago-analytics-metric-card__delta-visible">
          <Arrow direction={delta.direction} />
          <span data-slot="metric-card-delta-value">{delta.text}</span>
          {delta.direction === 'none' ? (
            <span data-slot="metric-card-delta-note">
              {labels?.noBaseline ?? DEFAULT_DELTA_LABELS.noBaseline}
            </span>
          ) : null}
        </span>
        <span className="lago-analytics-sr-only">{delta.srText}</span>
      </div>
    )
  },
)

export interface MetricCardSparklineRenderProps {
  state: MetricCardState
}

export interface MetricCardSparklineProps extends DivProps {
  /**
   * The chart: an element (e.g. the charts' `<Sparkline>`), or a render function. The card never
   * imports a chart library itself.
   */
  children?: ReactNode | ((props: MetricCardSparklineRenderProps) => ReactNode)
  /** Alternative to a function child. */
  render?: ((props: MetricCardSparklineRenderProps) => ReactNode) | undefined
}

const Sparkline = /* @__PURE__ */ forwardRef<HTMLDivElement, MetricCardSparklineProps>(
  function MetricCardSparkline({ children, render, className, ...rest }, ref) {
    const { state } = useMetricCard('Sparkline')
    if (state !== 'ready' && state !== 'loading') return null
    const draw = render ?? (typeof children === 'function' ? children : null)
    return (
      <div
        ref={ref}
        {...rest}
        className={cx('lago-analytics-metric-card__sparkline', className)}
        data-slot="metric-card-sparkline"
        data-state={state}
      >
        {state === 'loading' ? (
          <span className="lago-analytics-skeleton lago-analytics-skeleton--chart" aria-hidden />
        ) : draw ? (
          draw({ state })
        ) : (
          (children as ReactNode)
        )}
      </div>
    )
  },
)

export interface MetricCardProps extends Omit<MetricCardRootProps, 'children'> {
  label: ReactNode
  value?: MetricValue | null | undefined
  format?: MetricFormat | undefined
  compact?: boolean | undefined
  numberFormat?: Intl.NumberFormatOptions | undefined
  /** The period comparison; omitted or `null` hides the delta. */
  delta?: Comparison | null | undefined
  sentiment?: DeltaSentiment | undefined
  comparisonLabel?: string | undefined
  deltaLabels?: Partial<DeltaLabels> | undefined
  /** A chart element or a render function (see `MetricCard.Sparkline`). */
  sparkline?: MetricCardSparklineProps['children']
}

const MetricCardBase = /* @__PURE__ */ forwardRef<HTMLDivElement, MetricCardProps>(
  function MetricCard(
    {
      label,
      value,
      format,
      compact,
      numberFormat,
      delta,
      sentiment,
      comparisonLabel,
      deltaLabels,
      sparkline,
      ...rootProps
    },
    ref,
  ) {
    return (
      <Root ref={ref} {...rootProps}>
        <Label>{label}</Label>
        <Value value={value} format={format} compact={compact} numberFormat={numberFormat} />
        <Delta
          comparison={delta}
          sentiment={sentiment}
          comparisonLabel={comparisonLabel}
          labels={deltaLabels}
        />
        {sparkline !== undefined && sparkline !== null ? <Sparkline>{sparkline}</Sparkline> : null}
      </Root>
    )
  },
)

/**
 * A KPI tile. `<MetricCard label value delta sparkline state />` for the common case, or the
 * parts (`MetricCard.Root`, `.Label`, `.Value`, `.Delta`, `.Sparkline`) to arrange your own.
 */
export const MetricCard = /* @__PURE__ */ Object.assign(MetricCardBase, {
  Root,
  Label,
  Value,
  Delta,
  Sparkline,
})
