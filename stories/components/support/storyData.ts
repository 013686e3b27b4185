import type { ChartProps } from '@lago-analytics/ui'
import { storySimulator } from '../../support/storyHandlers.ts'

/**
 * Shared data for the component stories. Everything here is deterministic: no clock, no
 * `Math.random` (the provider's clock is fixed at STORY_NOW, the simulator is seeded).
 */

/** The simulator every story's MSW handlers play by default (same options → same instance). */
export const ledger = storySimulator().ledger

/** The organisation with hostile customer names (`hostileNames: true`). */
export const hostileLedger = storySimulator({ hostileNames: true }).ledger

/** The XSS probe the e2e checks: it must show as text and `window.__xss` must stay undefined. */
export const XSS_PROBE = '<img src=x onerror="window.__xss=1">'

/** A 200-character name (no spaces to break on for its first part). */
export const LONG_NAME =
  `Very-Long-Customer-Name-International-Holdings-${'Subsidiary '.repeat(14)}`.slice(0, 200)

/** Strings that break naive HTML, spreadsheet, bidi or template handling. */
export const HOSTILE_STRINGS: readonly string[] = [
  XSS_PROBE,
  '=HYPERLINK("http://x","y")',
  'شركة الاختبار \u202Eexe.evil\u202C',
  'עברית בע"מ — חברה לדוגמה',
  LONG_NAME,
  '<script>window.__xss=1</script> Ltd',
  '{{constructor.constructor("window.__xss=1")()}}',
  "+SUM(1+1)*cmd|' /C calc'!A0",
  '"; DROP TABLE customers; --',
  '🚀 Rocket Ventures 🦄',
]

/** Long but ordinary labels (plan and metric names as some Lago users write them). */
export const LONG_LABELS: readonly string[] = [
  'Enterprise platform subscription (annual, billed monthly in arrears, EU data residency)',
  'Usage-based overage for premium API calls above the committed monthly volume',
  'Professional services and onboarding package — one-off, non-refundable',
  'Minimum commitment true-up for the Scale plan, calendar quarter',
  LONG_NAME,
]

/** A seeded linear congruential generator: same seed, same sequence. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

/** Customer options for pickers, from a simulator ledger. */
export function customerOptions(source = ledger, currency?: string) {
  return source.customers
    .filter((customer) => customer.deletedAt === null)
    .filter((customer) => currency === undefined || customer.currency === currency)
    .map((customer) => ({ value: customer.externalId, label: customer.name }))
}

export function planOptions(source = ledger) {
  return source.plans.map((plan) => ({ value: plan.code, label: plan.name }))
}

export function metricOptions(source = ledger) {
  return source.metrics.map((metric) => ({ value: metric.code, label: metric.name }))
}

export function billingEntityOptions(source = ledger) {
  return source.billingEntities.map((entity) => ({ value: entity.code, label: entity.name }))
}

export function subscriptionOptions(source = ledger, currency?: string) {
  const names = new Map(source.customers.map((customer) => [customer.externalId, customer]))
  return source.subscriptions
    .filter((subscription) => subscription.terminatedOn === null)
    .filter(
      (subscription) =>
        currency === undefined || names.get(subscription.externalCustomerId)?.currency === currency,
    )
    .map((subscription) => ({
      value: subscription.externalId,
      label: `${names.get(subscription.externalCustomerId)?.name ?? subscription.externalCustomerId} · ${subscription.planCode}`,
    }))
}

export function countryCodes(source = ledger): string[] {
  return [...new Set(source.customers.map((customer) => customer.country))].sort()
}

export function currencyCodes(source = ledger): string[] {
  return source.currencies.map((currency) => currency.code)
}

/** Metric names by code (usage rows carry codes only). */
export const metricNames = new Map(ledger.metrics.map((metric) => [metric.code, metric.name]))

const retry = () => undefined

/**
 * The fixed states every chart story file shows, passed as props (no request involved).
 * `Loading` stays loading on purpose: the e2e honours the `e2e-allow-loading` tag.
 */
export const CHART_STATES = {
  Loading: {
    args: { state: 'loading' },
    tags: ['e2e-allow-loading'],
  },
  Empty: { args: { state: 'empty' } },
  Error: { args: { state: 'error', error: new Error('Upstream 502'), onRetry: retry } },
  NotAvailableOnPlan: { args: { state: 'unavailable', unavailableReason: 'plan' } },
  NotAvailableWithoutDataApi: { args: { state: 'unavailable', unavailableReason: 'data-api' } },
} satisfies Record<string, { args: Partial<ChartProps>; parameters?: object }>
