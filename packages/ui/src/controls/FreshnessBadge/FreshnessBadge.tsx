import {
  dataAsOf as coreDataAsOf,
  formatInstant,
  nextRefreshAt as coreNextRefreshAt,
} from '@lago-analytics/core'
import { LagoAnalyticsContext, useDataFreshness } from '@lago-analytics/react'
import {
  forwardRef,
  useContext,
  useEffect,
  useId,
  useReducer,
  type ComponentPropsWithoutRef,
} from 'react'
import { cx } from '../../internal/cx.ts'
import { freshnessMessages, type FreshnessMessages } from './freshnessMessages.ts'

export interface FreshnessBadgeProps extends Omit<ComponentPropsWithoutRef<'span'>, 'children'> {
  /**
   * The clock. Default: the provider's (through `useDataFreshness`), else the system clock.
   * Giving `now` or `dataAsOf` makes the badge work without a provider.
   */
  now?: Date | undefined
  /** The data cut-off. Default: `dataAsOf(now)` from core. */
  dataAsOf?: Date | undefined
  /** Default: `nextRefreshAt(now)` from core. */
  nextRefreshAt?: Date | undefined
  /** Default: the provider's locale, else `en-US`. */
  locale?: string | undefined
  /** Display time zone of the cut-off. Default: the provider's, else `UTC`. */
  timeZone?: string | undefined
  /** Minutes after 00:00 UTC by which the refresh is assumed done (without a provider). */
  refreshMarginMinutes?: number | undefined
  /** Hide the "next refresh in …" part. */
  hideNextRefresh?: boolean | undefined
  /** Override the built-in words (en, fr, de, ja). */
  messages?: Partial<FreshnessMessages> | undefined
  /** `style` of the relative time. Default `long`. */
  relativeStyle?: Intl.RelativeTimeFormatStyle | undefined
}

interface Times {
  now: Date
  dataAsOf: Date
  nextRefreshAt: Date
}

function relative(ms: number, locale: string, style: Intl.RelativeTimeFormatStyle): string {
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'always', style })
  if (ms >= 90 * 60_000) return format.format(Math.round(ms / 3_600_000), 'hour')
  return format.format(Math.max(1, Math.round(ms / 60_000)), 'minute')
}

function timeZoneName(instant: Date, locale: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'short' }).formatToParts(
    instant,
  )
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone
}

type BadgeViewProps = Omit<FreshnessBadgeProps, 'now' | 'dataAsOf' | 'nextRefreshAt'> & {
  times: Times
  locale: string
  timeZone: string
}

const BadgeView = /* @__PURE__ */ forwardRef<HTMLSpanElement, BadgeViewProps>(
  function FreshnessBadgeView(
    { times, locale, timeZone, hideNextRefresh, messages, relativeStyle, className, ...rest },
    ref,
  ) {
    const descriptionId = useId()
    const words = { ...freshnessMessages(locale), ...messages }
    const asOf = `${formatInstant(times.dataAsOf, { locale, timeZone, dateStyle: 'medium', timeStyle: 'short' })} ${timeZoneName(times.dataAsOf, locale, timeZone)}`
    const ms = times.nextRefreshAt.getTime() - times.now.getTime()
    const due = ms <= 0
    return (
      <span
        ref={ref}
        title={words.explanation}
        aria-describedby={descriptionId}
        {...rest}
        className={cx('lago-analytics', 'lago-analytics-freshness-badge', className)}
        data-slot="freshness-badge"
        data-state={due ? 'due' : 'fresh'}
      >
        <span data-slot="freshness-badge-as-of">
          <time dateTime={times.dataAsOf.toISOString()}>{words.dataAsOf(asOf)}</time>
        </span>
        {hideNextRefresh ? null : (
          <>
            <span aria-hidden="true"> · </span>
            <span data-slot="freshness-badge-next">
              {due
                ? words.refreshDue
                : words.nextRefresh(relative(ms, locale, relativeStyle ?? 'long'))}
            </span>
          </>
        )}
        <span id={descriptionId} className="lago-analytics-sr-only">
          {words.explanation}
        </span>
      </span>
    )
  },
)

type ResolvedProps = FreshnessBadgeProps & { locale: string; timeZone: string }

const ConnectedBadge = /* @__PURE__ */ forwardRef<HTMLSpanElement, ResolvedProps>(
  function ConnectedFreshness(
    { now: _now, dataAsOf: _dataAsOf, nextRefreshAt, refreshMarginMinutes: _margin, ...rest },
    ref,
  ) {
    const freshness = useDataFreshness()
    const times: Times = {
      now: new Date(freshness.nextRefreshAt.getTime() - freshness.msUntilRefresh),
      dataAsOf: freshness.dataAsOf,
      nextRefreshAt: nextRefreshAt ?? freshness.nextRefreshAt,
    }
    return <BadgeView ref={ref} times={times} {...rest} />
  },
)

const StaticBadge = /* @__PURE__ */ forwardRef<HTMLSpanElement, ResolvedProps>(
  function StaticFreshness({ now, dataAsOf, nextRefreshAt, refreshMarginMinutes, ...rest }, ref) {
    const [, tick] = useReducer((count: number) => count + 1, 0)
    const ticking = now === undefined
    useEffect(() => {
      if (!ticking) return
      const timer = setInterval(tick, 60_000)
      return () => clearInterval(timer)
    }, [ticking])
    const instant = now ?? new Date()
    const options = { marginMinutes: refreshMarginMinutes }
    const times: Times = {
      now: instant,
      dataAsOf: dataAsOf ?? coreDataAsOf(instant, options),
      nextRefreshAt: nextRefreshAt ?? coreNextRefreshAt(instant, options),
    }
    return <BadgeView ref={ref} times={times} {...rest} />
  },
)

/**
 * "Data as of 24 Nov 2026, 00:00 UTC · next refresh in 15 hours", in the locale, with a tooltip
 * explaining Lago's daily refresh. Inside a `LagoAnalyticsProvider` it follows the provider's
 * clock (react's `useDataFreshness`); `now`/`dataAsOf` props make it standalone.
 */
export const FreshnessBadge = /* @__PURE__ */ forwardRef<HTMLSpanElement, FreshnessBadgeProps>(
  function FreshnessBadge(props, ref) {
    const context = useContext(LagoAnalyticsContext)
    const locale = props.locale ?? context?.locale ?? 'en-US'
    const timeZone = props.timeZone ?? context?.timeZone ?? 'UTC'
    const connected = context !== null && props.now === undefined && props.dataAsOf === undefined
    return connected ? (
      <ConnectedBadge ref={ref} {...props} locale={locale} timeZone={timeZone} />
    ) : (
      <StaticBadge ref={ref} {...props} locale={locale} timeZone={timeZone} />
    )
  },
)
