/**
 * The static catalogue of the synthetic organisation: billing entities, countries, plans,
 * billable metrics and coupons. Amounts are in minor units, per currency (USD, EUR, JPY, KWD).
 */
import type { CurrencyCode } from './currencies'

export type PlanInterval = 'monthly' | 'quarterly' | 'yearly'
export type CustomerType = 'company' | 'individual'

export interface BillingEntityDefinition {
  readonly code: string
  readonly name: string
  /** Months after the organisation's creation when the entity starts billing (as a share of history). */
  readonly opensAtShare: number
}

export const BILLING_ENTITIES: readonly BillingEntityDefinition[] = [
  { code: 'acme_us', name: 'Acme Cloud Inc.', opensAtShare: 0 },
  { code: 'acme_eu', name: 'Acme Cloud Europe B.V.', opensAtShare: 0.2 },
]

export type NameLocale = 'en' | 'fr' | 'de' | 'es' | 'nl' | 'pt' | 'in' | 'ja' | 'ar'

export interface CountryDefinition {
  readonly code: string
  readonly weight: number
  readonly currency: CurrencyCode
  /** Index into BILLING_ENTITIES. */
  readonly entity: number
  readonly taxRate: number
  readonly locale: NameLocale
  readonly companySuffixes: readonly string[]
}

// prettier-ignore
export const COUNTRIES: readonly CountryDefinition[] = [
  { code: 'US', weight: 26, currency: 'USD', entity: 0, taxRate: 0, locale: 'en', companySuffixes: ['Inc.', 'LLC', 'Corp.'] },
  { code: 'CA', weight: 5, currency: 'USD', entity: 0, taxRate: 0.05, locale: 'en', companySuffixes: ['Inc.', 'Ltd.'] },
  { code: 'BR', weight: 3, currency: 'USD', entity: 0, taxRate: 0, locale: 'pt', companySuffixes: ['Ltda.', 'S.A.'] },
  { code: 'IN', weight: 2, currency: 'USD', entity: 0, taxRate: 0.18, locale: 'in', companySuffixes: ['Pvt Ltd'] },
  { code: 'AU', weight: 4, currency: 'USD', entity: 0, taxRate: 0.1, locale: 'en', companySuffixes: ['Pty Ltd'] },
  { code: 'JP', weight: 10, currency: 'JPY', entity: 0, taxRate: 0.1, locale: 'ja', companySuffixes: ['K.K.', 'G.K.'] },
  { code: 'GB', weight: 8, currency: 'EUR', entity: 1, taxRate: 0.2, locale: 'en', companySuffixes: ['Ltd', 'PLC'] },
  { code: 'IE', weight: 2, currency: 'EUR', entity: 1, taxRate: 0.23, locale: 'en', companySuffixes: ['Ltd', 'DAC'] },
  { code: 'FR', weight: 11, currency: 'EUR', entity: 1, taxRate: 0.2, locale: 'fr', companySuffixes: ['SAS', 'SARL', 'SA'] },
  { code: 'DE', weight: 11, currency: 'EUR', entity: 1, taxRate: 0.19, locale: 'de', companySuffixes: ['GmbH', 'AG'] },
  { code: 'ES', weight: 5, currency: 'EUR', entity: 1, taxRate: 0.21, locale: 'es', companySuffixes: ['S.L.', 'S.A.'] },
  { code: 'NL', weight: 5, currency: 'EUR', entity: 1, taxRate: 0.21, locale: 'nl', companySuffixes: ['B.V.', 'N.V.'] },
  { code: 'KW', weight: 6, currency: 'KWD', entity: 1, taxRate: 0, locale: 'ar', companySuffixes: ['W.L.L.', 'K.S.C.C.'] },
]

/** Per-currency amounts in minor units, in CURRENCIES order: USD, EUR, JPY, KWD. */
export type CurrencyAmounts = readonly [usd: number, eur: number, jpy: number, kwd: number]

export interface PlanDefinition {
  readonly code: string
  readonly name: string
  readonly interval: PlanInterval
  /** Subscription fee for one full billing period, minor units per currency. */
  readonly price: CurrencyAmounts
  /** Multiplier on the metric unit prices (bigger plans buy usage cheaper). */
  readonly usagePriceFactor: number
  /** Minimum monthly commitment (subscription + usage), minor units; true-up fee when not reached. */
  readonly minimumCommitment?: CurrencyAmounts
  /** Usage amount within a month after which a progressive-billing invoice is issued. */
  readonly progressiveThreshold?: CurrencyAmounts
  /** One-off onboarding add-on billed with the first invoice. */
  readonly onboardingFee?: CurrencyAmounts
  /** Share of history after which the plan is soft-deleted (subscriptions migrate to `migratesTo`). */
  readonly deletedAtShare?: number
  readonly migratesTo?: string
  /** Plan codes this plan moves to on an upgrade / a downgrade. */
  readonly upgrades: readonly string[]
  readonly downgrades: readonly string[]
  /** Monthly probability of termination (monthly plans) or at each renewal (longer plans). */
  readonly churn: number
}

export const PLANS: readonly PlanDefinition[] = [
  {
    code: 'basic_monthly',
    name: 'Basic (legacy)',
    interval: 'monthly',
    price: [2900, 2700, 4500, 9000],
    usagePriceFactor: 1.2,
    deletedAtShare: 0.4,
    migratesTo: 'starter_monthly',
    upgrades: ['starter_monthly'],
    downgrades: [],
    churn: 0.035,
  },
  {
    code: 'starter_monthly',
    name: 'Starter',
    interval: 'monthly',
    price: [4900, 4500, 7500, 15000],
    usagePriceFactor: 1,
    upgrades: ['growth_monthly'],
    downgrades: [],
    churn: 0.03,
  },
  {
    code: 'growth_monthly',
    name: 'Growth',
    interval: 'monthly',
    price: [19900, 18900, 29800, 61000],
    usagePriceFactor: 0.85,
    upgrades: ['scale_monthly', 'growth_yearly'],
    downgrades: ['starter_monthly'],
    churn: 0.02,
  },
  {
    code: 'team_quarterly',
    name: 'Team (quarterly)',
    interval: 'quarterly',
    price: [45000, 42000, 67500, 138000],
    usagePriceFactor: 0.85,
    upgrades: ['growth_monthly'],
    downgrades: ['starter_monthly'],
    churn: 0.07,
  },
  {
    code: 'scale_monthly',
    name: 'Scale',
    interval: 'monthly',
    price: [79900, 74900, 120000, 245000],
    usagePriceFactor: 0.7,
    minimumCommitment: [120000, 112000, 180000, 370000],
    progressiveThreshold: [50000, 46000, 75000, 155000],
    onboardingFee: [150000, 140000, 225000, 460000],
    upgrades: ['enterprise_yearly'],
    downgrades: ['growth_monthly'],
    churn: 0.012,
  },
  {
    code: 'growth_yearly',
    name: 'Growth (annual)',
    interval: 'yearly',
    price: [199000, 189000, 298000, 610000],
    usagePriceFactor: 0.8,
    upgrades: ['enterprise_yearly'],
    downgrades: ['growth_monthly'],
    churn: 0.12,
  },
  {
    code: 'enterprise_yearly',
    name: 'Enterprise (annual)',
    interval: 'yearly',
    price: [1200000, 1100000, 1800000, 3700000],
    usagePriceFactor: 0.55,
    progressiveThreshold: [50000, 46000, 75000, 155000],
    onboardingFee: [250000, 230000, 375000, 770000],
    upgrades: [],
    downgrades: ['scale_monthly'],
    churn: 0.08,
  },
]

export interface MetricDefinition {
  readonly code: string
  readonly name: string
  /** Recurring metrics (seats, storage) carry over between periods and are prorated per day. */
  readonly recurring: boolean
  /** List price of one unit in US cents (converted per currency). */
  readonly usdCentsPerUnit: number
  /** Median daily units (metered) or units held (recurring) for a size-1 customer. */
  readonly baseUnits: number
  /** Probability that a subscription uses the metric at all. */
  readonly adoption: number
  /** Share of history after which the metric is soft-deleted (no usage afterwards). */
  readonly deletedAtShare?: number
}

// prettier-ignore
export const METRICS: readonly MetricDefinition[] = [
  { code: 'api_calls', name: 'API calls', recurring: false, usdCentsPerUnit: 0.05, baseUnits: 3000, adoption: 0.9 },
  { code: 'compute_hours', name: 'Compute hours', recurring: false, usdCentsPerUnit: 12, baseUnits: 6, adoption: 0.5 },
  { code: 'emails_sent', name: 'Emails sent', recurring: false, usdCentsPerUnit: 0.1, baseUnits: 600, adoption: 0.6 },
  { code: 'storage_gb', name: 'Storage (GB)', recurring: true, usdCentsPerUnit: 25, baseUnits: 40, adoption: 0.8 },
  { code: 'seats', name: 'Seats', recurring: true, usdCentsPerUnit: 1200, baseUnits: 4, adoption: 0.85 },
  {
    code: 'sms_sent',
    name: 'SMS sent (retired)',
    recurring: false,
    usdCentsPerUnit: 0.75,
    baseUnits: 60,
    adoption: 0.35,
    deletedAtShare: 0.66,
  },
]

export type CouponKind = 'percentage' | 'fixed'

export interface CouponDefinition {
  readonly code: string
  readonly kind: CouponKind
  /** Percentage (0..1) for `percentage` coupons. */
  readonly rate: number
  /** Fixed amount for `fixed` coupons, minor units per currency. */
  readonly amount: CurrencyAmounts
  /** How many invoices it applies to; 0 = forever (fixed coupons apply until used up). */
  readonly invoices: number
}

export const COUPONS: readonly CouponDefinition[] = [
  { code: 'welcome_20', kind: 'percentage', rate: 0.2, amount: [0, 0, 0, 0], invoices: 3 },
  { code: 'partner_10', kind: 'percentage', rate: 0.1, amount: [0, 0, 0, 0], invoices: 0 },
  { code: 'loyalty_100', kind: 'fixed', rate: 0, amount: [10000, 9000, 15000, 30000], invoices: 0 },
]
